package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.RoiEngine;
import com.llmresale.pricing.engine.RoiReport;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code pricing roi}: the break-even and the claim in words, in one language ({@code roi.*} keys);
 * the JSON carries them in English.
 */
final class RoiLines {
    private final Words words;
    private final Fmt fmt;

    RoiLines(Words words) {
        this.words = words;
        this.fmt = words.fmt();
    }

    String usd(BigDecimal value) {
        return Amounts.usd(words, value);
    }

    String breakEvenLine(RoiReport r) {
        boolean free = r.trainingUsd().signum() == 0;
        if (!r.hasBreakEven()) {
            String tail =
                    free
                            ? words.get("roi.no_break_even.free_tail")
                            : words.format("roi.no_break_even.tail", usd(r.trainingUsd()));
            return r.monthlySavingUsd().signum() == 0
                    ? words.format("roi.no_break_even.same", tail, "")
                    : words.format(
                            "roi.no_break_even.more", tail, usd(r.monthlySavingUsd().negate()));
        }
        if (free) {
            String zero = usd(BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY));
            return r.monthlySavingUsd().signum() == 0
                    ? words.format("roi.free.same", zero, "")
                    : words.format("roi.free.saves", zero, usd(r.monthlySavingUsd()));
        }
        String when =
                r.underOneMonth()
                        ? words.get("roi.under_one_month")
                        : words.format("roi.paid_back", Amounts.count(words, r.paysBackInMonth()));
        return words.format(
                "roi.break_even",
                usd(r.trainingUsd()),
                usd(r.monthlySavingUsd()),
                months(r.breakEven().toString()),
                fmt.plain(r.breakEvenMonths()),
                fmt.plain(r.breakEvenDays()),
                Amounts.count(words, RoiEngine.DAYS_PER_MONTH),
                when);
    }

    String claimLine(RoiReport r) {
        RoiReport.Claim c = r.claim();
        String months = months(fmt.plain(c.months()));
        String claimed = "\"" + words.format("roi.claim.claimed", months) + "\"";
        if (c.holds()) {
            return words.format("roi.claim.holds", claimed);
        }
        String why;
        if (r.trainingUsd().signum() == 0) {
            why = words.get(r.hasBreakEven() ? "roi.claim.free.break_even" : "roi.claim.free.none");
            if (c.trainingUsdForClaim() != null) {
                why += words.format("roi.claim.free.need", months, usd(c.trainingUsdForClaim()));
            }
            return words.format("roi.claim.fails", claimed, why);
        }
        why =
                r.hasBreakEven()
                        ? words.format(
                                r.underOneMonth() ? "roi.claim.is.under" : "roi.claim.is",
                                fmt.plain(r.breakEvenMonths()),
                                fmt.plain(r.breakEvenDays()))
                        : words.get("roi.claim.none");
        why +=
                c.trainingUsdForClaim() == null
                        ? words.format("roi.claim.need", months, usd(c.savingUsdForClaim()), "")
                        : words.format(
                                "roi.claim.need.training",
                                months,
                                usd(c.savingUsdForClaim()),
                                usd(c.trainingUsdForClaim()));
        return words.format("roi.claim.fails", claimed, why);
    }

    /** "1 month", "3 months", "0.5 months", "5/27 months". */
    String months(String amount) {
        return words.format(amount.equals("1") ? "roi.month" : "roi.months", amount);
    }
}

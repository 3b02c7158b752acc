package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rounds each model's margin figures once for the report, worst earner first, and counts them in
 * the summary.
 */
final class MarginLines {
    private MarginLines() {}

    static MarginReport report(
            Baseline baseline,
            MarginReport.Mix mix,
            MarginReport.CreditValue value,
            List<ModelMargin> computed,
            List<Phrase> unlisted,
            BigDecimal baselinePerCredit,
            List<Phrase> notes) {
        computed.sort(ModelMargin.WORST_FIRST);
        List<MarginReport.Line> lines = new ArrayList<>();
        int below = 0;
        int at = 0;
        int above = 0;
        int under = 0;
        int over = 0;
        int belowCost = 0;
        for (ModelMargin c : computed) {
            PricedModel m = c.model();
            boolean free = m.credits() == 0 && c.cost().signum() == 0;
            if (!free) {
                below += c.vsBaseline() > 0 ? 1 : 0;
                at += c.vsBaseline() == 0 ? 1 : 0;
                above += c.vsBaseline() < 0 ? 1 : 0;
            }
            Boolean isBelowCost = c.margin() == null ? null : c.margin().signum() < 0;
            belowCost += Boolean.TRUE.equals(isBelowCost) ? 1 : 0;
            MarginReport.Line line =
                    new MarginReport.Line(
                            m.provider(),
                            m.model(),
                            m.inputUsdPerMtok(),
                            m.outputUsdPerMtok(),
                            c.requests(),
                            mix.fromUsage() ? round(c.tokensPerRequest(), 2) : c.tokensPerRequest(),
                            mix.fromUsage() ? round(c.inputShare(), 4) : c.inputShare(),
                            Margins.usd(c.mixAvg()),
                            m.credits(),
                            m.pinned(),
                            Margins.usd(c.cost()),
                            Margins.usd(c.breakeven()),
                            c.fairCredits(),
                            c.vsBaselinePct(),
                            Margins.usd(c.margin()),
                            c.marginPct(),
                            isBelowCost);
            under += line.underCharged() ? 1 : 0;
            over += line.overCharged() ? 1 : 0;
            lines.add(line);
        }
        MarginReport.Summary summary =
                new MarginReport.Summary(
                        lines.size(),
                        below,
                        at,
                        above,
                        under,
                        over,
                        value == null ? null : belowCost,
                        Margins.usd(baselinePerCredit));
        MarginReport.CreditValue shown =
                value == null
                        ? null
                        : new MarginReport.CreditValue(Margins.usd(value.usd()), value.source());
        return new MarginReport(mix, shown, baseline, lines, summary, unlisted, notes);
    }

    private static BigDecimal round(BigDecimal v, int scale) {
        return v == null ? null : Margins.strip(v.setScale(scale, RoundingMode.HALF_UP));
    }
}

package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.OptionCost;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code pricing decide}: the words and numbers its sentences share, in one language ({@code
 * decide.*} keys). Money to the cent (HALF_UP), a self-hosting $/1M to 4 decimals (HALF_UP),
 * volumes grouped.
 */
final class DecidePhrases {
    final Words words;
    private final Fmt fmt;

    DecidePhrases(Words words) {
        this.words = words;
        this.fmt = words.fmt();
    }

    String format(String key, Object... args) {
        return words.format("decide." + key, args);
    }

    /** "cloud API", "self-hosting". */
    String label(Option o) {
        return words.get("decide.option." + o.id());
    }

    /** "the batch API", "self-hosting". */
    String the(Option o) {
        return words.get("decide.the." + o.id());
    }

    static OptionCost find(List<OptionCost> options, Option option) {
        return options.stream().filter(o -> o.option() == option).findFirst().orElseThrow();
    }

    /** A $/1M: exact for the API options, 4 decimals HALF_UP for self-hosting's quotient. */
    String rate(OptionCost o) {
        return o.option() == Option.SELF_HOST ? perMtok(o.usdPerMtok()) : usd(o.usdPerMtok());
    }

    /** Self-hosting's $/1M, a quotient: 4 decimals HALF_UP. */
    String perMtok(BigDecimal usd) {
        return usd(usd.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    String usd(BigDecimal usd) {
        return Amounts.usd(words, usd);
    }

    String cents(BigDecimal usd) {
        return usd(usd.setScale(2, RoundingMode.HALF_UP));
    }

    /** A share as a percentage: 0.25 -> 25%. */
    String pct(BigDecimal share) {
        return fmt.shareExact(share);
    }

    /** A value already in percent: 50.0%. */
    String percent(BigDecimal percent) {
        return fmt.percent(percent);
    }

    String signedPct(BigDecimal percent) {
        return fmt.signedPercent(percent);
    }

    String tokens(BigInteger n) {
        return fmt.number(new BigDecimal(n));
    }

    String grouped(long n) {
        return fmt.count(n);
    }

    String grouped(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return fmt.number(s.scale() < 0 ? s.setScale(0) : s);
    }

    String plain(BigDecimal n) {
        return fmt.plain(n);
    }
}

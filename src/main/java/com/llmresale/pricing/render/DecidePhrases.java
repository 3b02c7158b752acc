package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.OptionCost;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code pricing decide}: the words and numbers its sentences share. Money to the cent (HALF_UP), a
 * self-hosting $/1M to 4 decimals (HALF_UP), volumes grouped.
 */
final class DecidePhrases {
    private DecidePhrases() {}

    /** "the batch API", "self-hosting". */
    static String the(Option o) {
        return o == Option.SELF_HOST ? o.label() : "the " + o.label();
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static OptionCost find(List<OptionCost> options, Option option) {
        return options.stream().filter(o -> o.option() == option).findFirst().orElseThrow();
    }

    /** A $/1M: exact for the API options, 4 decimals HALF_UP for self-hosting's quotient. */
    static String rate(OptionCost o) {
        return o.option() == Option.SELF_HOST ? perMtok(o.usdPerMtok()) : Text.usd(o.usdPerMtok());
    }

    /** Self-hosting's $/1M, a quotient: 4 decimals HALF_UP. */
    static String perMtok(BigDecimal usd) {
        return Text.usd(usd.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    static String cents(BigDecimal usd) {
        return Text.usd(usd.setScale(2, RoundingMode.HALF_UP));
    }

    /** A share as a percentage: 0.25 -> 25%. */
    static String pct(BigDecimal share) {
        return Fmt.ENGLISH.shareExact(share);
    }

    static String tokens(BigInteger n) {
        return Fmt.ENGLISH.number(new BigDecimal(n));
    }

    static String grouped(long n) {
        return Fmt.ENGLISH.count(n);
    }

    static String grouped(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return Fmt.ENGLISH.number(s.scale() < 0 ? s.setScale(0) : s);
    }
}

package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How traffic splits between input and output tokens, for pricing a model at one $ figure.
 *
 * @param inputShare the share of tokens that are input, from 0 to 1
 * @param source where the split comes from, a phrase the render layer words ({@code
 *     compare.mix.even}: "50/50", {@code compare.mix.scenario}: "scenario balanced")
 */
public record TokenMix(BigDecimal inputShare, Phrase source) {
    /** Half input, half output: the credit rule's own average. */
    public static final TokenMix EVEN =
            new TokenMix(new BigDecimal("0.5"), Phrase.of("compare.mix.even"));

    public TokenMix {
        Objects.requireNonNull(source);
        if (inputShare == null
                || inputShare.signum() < 0
                || inputShare.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(
                    "input_share",
                    "must be a share between 0 and 1, got "
                            + (inputShare == null ? "nothing" : inputShare.toPlainString()));
        }
    }

    public BigDecimal outputShare() {
        return BigDecimal.ONE.subtract(inputShare);
    }

    /** The $ price of 1M tokens at this mix, exact; null for a model without a $ price. */
    public BigDecimal usdPerMtok(PricedModel m) {
        if (!m.hasPrice()) {
            return null;
        }
        return inputShare
                .multiply(m.inputUsdPerMtok())
                .add(outputShare().multiply(m.outputUsdPerMtok()))
                .stripTrailingZeros();
    }
}

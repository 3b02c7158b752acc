package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.InvalidValueException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How traffic splits between input and output tokens, for pricing a model at one $ figure.
 *
 * @param inputShare the share of tokens that are input, from 0 to 1
 * @param source where the split comes from, as reports name it ("50/50", "scenario balanced")
 */
public record TokenMix(BigDecimal inputShare, String source) {
    /** Half input, half output: the credit rule's own average. */
    public static final TokenMix EVEN = new TokenMix(new BigDecimal("0.5"), "50/50");

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

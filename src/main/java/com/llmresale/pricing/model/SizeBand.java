package com.llmresale.pricing.model;

import java.math.BigDecimal;

/**
 * One band of a size-based price schedule (seed 002): models of this architecture with more than
 * {@code aboveParams} and at most {@code maxParams} billion parameters cost {@code input} / {@code
 * output} $ per 1M tokens. Bands are contiguous: a band starts where the previous one ends (seed
 * 002's "4.1-8B" is read as "above 4B, up to 8B").
 *
 * @param architecture {@link #DENSE} or {@link #MOE}
 * @param aboveParams the previous band's {@code maxParams}; 0 for the first band
 * @param maxParams the largest size in the band, in billions of parameters (total for MoE)
 * @param input $ per 1M input tokens
 * @param output $ per 1M output tokens
 */
public record SizeBand(
        String architecture,
        BigDecimal aboveParams,
        BigDecimal maxParams,
        BigDecimal input,
        BigDecimal output) {

    public static final String DENSE = "dense";
    public static final String MOE = "moe";

    public SizeBand {
        if (!DENSE.equals(architecture) && !MOE.equals(architecture)) {
            throw new InvalidValueException(
                    "architecture", "must be dense or moe, got " + architecture);
        }
        if (maxParams == null) {
            throw new InvalidValueException("max_params", "missing");
        }
        if (maxParams.signum() <= 0) {
            throw new InvalidValueException(
                    "max_params", "must be greater than 0, got " + maxParams.toPlainString());
        }
        aboveParams = aboveParams == null ? BigDecimal.ZERO : aboveParams;
        if (aboveParams.compareTo(maxParams) >= 0) {
            throw new InvalidValueException(
                    "max_params",
                    ""
                            + maxParams.toPlainString()
                            + " must be above the previous band's "
                            + aboveParams.toPlainString()
                            + " (bands ascend without overlap)");
        }
        if (input == null || output == null) {
            throw new InvalidValueException(
                    "price", "missing (give `price`, or `input` and `output`)");
        }
        if (input.signum() <= 0) {
            throw new InvalidValueException(
                    input.compareTo(output) == 0 ? "price" : "input",
                    "must be greater than 0, got " + input.toPlainString());
        }
        if (output.signum() <= 0) {
            throw new InvalidValueException(
                    "output", "must be greater than 0, got " + output.toPlainString());
        }
    }

    /** True when a model of {@code params} billion parameters falls in this band. */
    public boolean contains(BigDecimal params) {
        return params.compareTo(aboveParams) > 0 && params.compareTo(maxParams) <= 0;
    }

    /** For people: {@code dense up to 4B}, {@code moe above 56B up to 176B}. */
    public String label() {
        String max = maxParams.stripTrailingZeros().toPlainString() + "B";
        if (aboveParams.signum() == 0) {
            return architecture + " up to " + max;
        }
        return architecture
                + " above "
                + aboveParams.stripTrailingZeros().toPlainString()
                + "B up to "
                + max;
    }
}

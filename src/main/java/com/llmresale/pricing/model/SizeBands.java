package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A sheet's size-based price schedule (seed 002): dense and mixture-of-experts bands by parameter
 * count. A model with {@code params} (and {@code moe: true}) but no $ price and no pinned credits
 * takes its price from the band its size falls in.
 *
 * @param dense dense-model bands, ascending, contiguous from 0
 * @param moe mixture-of-experts bands by total parameters, ascending, contiguous from 0
 * @param source where the schedule comes from, or null
 */
public record SizeBands(List<SizeBand> dense, List<SizeBand> moe, String source) {

    public SizeBands {
        dense = dense == null ? List.of() : List.copyOf(dense);
        moe = moe == null ? List.of() : List.copyOf(moe);
        if (dense.isEmpty() && moe.isEmpty()) {
            throw new InvalidValueException(
                    "size_bands", "give `dense` or `moe` bands (or remove size_bands)");
        }
        check(SizeBand.DENSE, dense);
        check(SizeBand.MOE, moe);
    }

    private static void check(String architecture, List<SizeBand> bands) {
        BigDecimal previous = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            SizeBand band = bands.get(i);
            if (!band.architecture().equals(architecture)) {
                throw new InvalidValueException(
                        architecture, "band " + (i + 1) + " is a " + band.architecture() + " band");
            }
            if (band.aboveParams().compareTo(previous) != 0) {
                throw new InvalidValueException(
                        architecture,
                        "band "
                                + (i + 1)
                                + " starts above "
                                + band.aboveParams().toPlainString()
                                + "B, not where band "
                                + i
                                + " ends ("
                                + previous.toPlainString()
                                + "B): bands must ascend without gap or overlap");
            }
            previous = band.maxParams();
        }
    }

    /** The bands of one architecture. */
    public List<SizeBand> bands(boolean isMoe) {
        return isMoe ? moe : dense;
    }

    /** The band a model of {@code params} billion parameters falls in; empty above the top band. */
    public Optional<SizeBand> bandFor(BigDecimal params, boolean isMoe) {
        return bands(isMoe).stream().filter(b -> b.contains(params)).findFirst();
    }

    /** The largest size priced for one architecture, or null when it has no bands. */
    public BigDecimal topParams(boolean isMoe) {
        List<SizeBand> bands = bands(isMoe);
        return bands.isEmpty() ? null : bands.get(bands.size() - 1).maxParams();
    }
}

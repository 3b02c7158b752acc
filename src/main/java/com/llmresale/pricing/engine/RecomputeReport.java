package com.llmresale.pricing.engine;

import java.util.List;
import java.util.Map;

/**
 * Every model's credits against the published ones.
 *
 * @param baseline what 1.0x is
 * @param rows     one row per model, grouped by status in {@link Status} order
 * @param summary  how many moved and the largest moves
 */
public record RecomputeReport(Baseline baseline, List<PriceRow> rows, Summary summary) {
    public RecomputeReport {
        rows = List.copyOf(rows);
    }

    /**
     * @param counts       rows per status (every status present, zero included)
     * @param largestRise  the increased row with the largest change %, or null
     * @param largestFall  the decreased row with the largest fall %, or null
     */
    public record Summary(int models, Map<Status, Integer> counts, PriceRow largestRise, PriceRow largestFall) {
        public Summary {
            counts = Map.copyOf(counts);
        }

        public int count(Status status) {
            return counts.getOrDefault(status, 0);
        }

        public int moved() {
            return count(Status.INCREASED) + count(Status.DECREASED);
        }
    }
}

package com.llmresale.pricing.engine;

import java.util.List;
import java.util.Map;

/**
 * Every model's credits against the published ones.
 *
 * @param baseline what 1.0x is
 * @param rows one row per model, grouped by status in {@link Status} order
 * @param summary how many moved and the largest moves
 */
public record RecomputeReport(Baseline baseline, List<PriceRow> rows, Summary summary) {
    public RecomputeReport {
        rows = List.copyOf(rows);
    }

    /**
     * @param counts rows per status (every status present, zero included)
     * @param largestRise the increased row with the largest change %, or null
     * @param largestFall the decreased row with the largest fall %, or null
     * @param withdrawn published models that publishing now drops (removed from every sheet, or
     *     inactive): their credit values go away, which counts as a move
     */
    public record Summary(
            int models,
            Map<Status, Integer> counts,
            PriceRow largestRise,
            PriceRow largestFall,
            int withdrawn) {
        public Summary {
            counts = Map.copyOf(counts);
        }

        public int count(Status status) {
            return counts.getOrDefault(status, 0);
        }

        /** Credit values that change for users: up, down, or withdrawn. */
        public int moved() {
            return count(Status.INCREASED) + count(Status.DECREASED) + withdrawn;
        }
    }
}

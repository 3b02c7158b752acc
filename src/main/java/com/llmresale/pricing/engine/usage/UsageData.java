package com.llmresale.pricing.engine.usage;

import java.util.List;

/**
 * What a source read: the grouped cells, the busy minute and hour windows, and how the rows went.
 *
 * @param source how the report names where the rows came from (files, or the database without
 *     password)
 * @param cells grouped rows
 * @param windows minute and hour windows above the thresholds asked for (empty when none were
 *     asked)
 * @param rows rows counted (after duplicates and the period filter)
 * @param duplicates rows skipped because their request_id was seen before
 * @param skipped malformed rows skipped (--skip-bad-rows)
 * @param outside rows outside --from/--to
 */
public record UsageData(
        String source,
        List<UsageCell> cells,
        List<UsageWindow> windows,
        long rows,
        long duplicates,
        long skipped,
        long outside) {
    public UsageData {
        cells = List.copyOf(cells);
        windows = List.copyOf(windows);
    }
}

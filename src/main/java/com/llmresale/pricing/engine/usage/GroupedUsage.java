package com.llmresale.pricing.engine.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link RowAggregator} hands on: its cells as {@link UsageCell}s beside the busy windows
 * and the row counts.
 */
final class GroupedUsage {
    private GroupedUsage() {}

    /** The grouped rows; {@code skipped} is how many malformed rows the reader skipped. */
    static UsageData data(RowAggregator a, String source, long skipped) {
        List<UsageCell> out = new ArrayList<>(a.sums.size());
        for (int c = 0; c < a.sums.size(); c++) {
            CellSums s = a.sums.get(c);
            if (s.requests == 0) {
                continue; // rows taken back out (see subtract)
            }
            CellGroup k = a.groups.get((int) (a.cellKeys[c] >>> 32));
            out.add(
                    new UsageCell(
                            k.user(),
                            k.team(),
                            k.provider(),
                            k.model(),
                            k.group(),
                            LocalDate.ofEpochDay(CellKeys.day(a.cellKeys[c])),
                            k.cacheHit(),
                            s.requests,
                            s.failures,
                            s.prompt,
                            s.completion,
                            s.cached,
                            s.cacheWrite,
                            s.spend.value(),
                            s.durationMs,
                            s.timed));
        }
        List<UsageWindow> busy = BusyWindows.busy(a.query, a.windows);
        return new UsageData(source, out, busy, a.rows, a.duplicates, skipped, a.outside);
    }
}

package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.model.LimitPeriod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets up and merges the {@link RowAggregator}s of a file read in parts: each part is absorbed in
 * file order (the first one taken over, not copied), and the rows of a request id two parts both
 * counted are taken back out of the total, so the sums are those of one pass.
 */
final class PartMerger {
    private PartMerger() {}

    /** An aggregator for the rows after {@code of}'s: it skips the ids {@code of} has seen. */
    static RowAggregator part(RowAggregator of, long expectedIds) {
        List<IdSet> before = new ArrayList<>(of.seen);
        before.add(of.ids);
        return new RowAggregator(of.query, before, null, expectedIds, false, false);
    }

    /**
     * A part that checks its ids in batches ({@link RowAggregator#batchedPart}): only when {@code
     * of} has counted nothing (else a plain {@link #part}).
     */
    static RowAggregator batchedPart(RowAggregator of, long expectedIds) {
        if (of.ids.size() > 0 || of.seen.stream().anyMatch(s -> s.size() > 0)) {
            return part(of, expectedIds);
        }
        return new RowAggregator(of.query, new ArrayList<>(), null, expectedIds, true, false);
    }

    /** An aggregator of the second and later rows of each id in {@code ids}. */
    static RowAggregator laterRowsOf(RowAggregator of, IdSet ids) {
        return new RowAggregator(of.query, new ArrayList<>(), ids, 0, false, true);
    }

    /** An aggregator of just the (first) rows whose ids are in {@code only}. */
    static RowAggregator only(RowAggregator of, IdSet only) {
        return new RowAggregator(of.query, new ArrayList<>(), only, 0, false, false);
    }

    /** Adds a part's rows and ids (a request id that parts share: see {@link #subtract}). */
    static void absorb(RowAggregator into, RowAggregator part) {
        IdSet partIds = part.ids(); // (a batched part must have been settled)
        if (into.rows == 0
                && into.sums.isEmpty()
                && into.windows.values().stream().allMatch(Map::isEmpty)) {
            into.groupIndex =
                    part.groupIndex; // the first part: taken over, not copied (the part is not used
            // again)
            into.groups = part.groups;
            into.cellIndex = part.cellIndex;
            into.sums = part.sums;
            into.cellKeys = part.cellKeys;
            into.strings = part.strings;
            into.windows = part.windows;
            part.groupIndex = new HashMap<>();
            part.groups = new ArrayList<>();
            part.cellIndex = new LongIntMap();
            part.sums = new ArrayList<>();
            part.windows = new EnumMap<>(LimitPeriod.class);
            into.forget();
        } else {
            merge(into, part, 1);
        }
        into.seen.add(partIds);
        into.rows += part.rows;
        into.duplicates += part.duplicates;
        into.outside += part.outside;
    }

    /** Takes a part's rows back out: they were counted twice, so they become duplicates. */
    static void subtract(RowAggregator into, RowAggregator part) {
        merge(into, part, -1);
        into.rows -= part.rows;
        into.duplicates += part.rows;
    }

    private static void merge(RowAggregator into, RowAggregator part, int sign) {
        into.forget();
        int[] index = new int[part.groups.size()];
        for (int g = 0; g < index.length; g++) {
            CellGroup k = part.groups.get(g);
            index[g] =
                    into.group(
                            new CellGroup(
                                    into.intern(k.user()),
                                    into.intern(k.team()),
                                    into.intern(k.provider()),
                                    into.intern(k.model()),
                                    into.intern(k.group()),
                                    k.cacheHit()));
        }
        for (int c = 0; c < part.sums.size(); c++) {
            long key = part.cellKeys[c];
            into.cell(index[(int) (key >>> 32)], CellKeys.day(key)).add(part.sums.get(c), sign);
        }
        BusyWindows.merge(into.windows, part.windows, sign, into::intern);
    }
}

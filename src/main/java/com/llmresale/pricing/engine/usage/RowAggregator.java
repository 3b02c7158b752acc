package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.model.LimitPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups rows, one at a time, into {@link UsageCell}s and busy windows: what the database does with
 * GROUP BY, done in one pass for files. Memory grows with users x models x days (and the busy
 * minutes when limits are checked), plus 8 bytes per distinct request id, never with the rows.
 *
 * <p>Aggregators are mergeable: a file read in parts gives each part its own aggregator ({@link
 * #part}), then {@link #absorb}s them in file order (see {@link PartMerger}).
 */
public final class RowAggregator {
    static final long MINUTE = 60_000L;
    static final long HOUR = 3_600_000L;
    private static final long DAY = 86_400_000L;

    /** What became of a row. */
    public enum Outcome {
        COUNTED,
        DUPLICATE,
        OUTSIDE
    }

    final UsageQuery query;
    private final ZoneClock clock;
    final IdSet ids;
    final List<IdSet> seen;
    private final IdSet only;
    // a part with no ids before it adds its ids in batches (then they are checked when flushed)
    private PendingIds pending;
    // an aggregator of the later rows of ids a part counted more than once
    private final boolean laterOnly;
    // cells: (group index, day) -> index into sums; groups numbered as they first come
    Map<CellGroup, Integer> groupIndex = new HashMap<>();
    List<CellGroup> groups = new ArrayList<>();
    LongIntMap cellIndex = new LongIntMap();
    List<CellSums> sums = new ArrayList<>();
    long[] cellKeys = new long[16];
    Map<String, String> strings = new HashMap<>();
    Map<LimitPeriod, Map<String, WindowCounts>> windows;
    private final long fromDay;
    private final long toDay;
    long rows;
    long duplicates;
    long outside;
    // the last row's group, as handed in: rows of one user, model and day often come together
    private String lastUser;
    private String lastTeam;
    private String lastProvider;
    private String lastModel;
    private String lastGroup;
    private long lastDay = Long.MIN_VALUE;
    private boolean lastHit;
    private int lastGroupIndex = -1;
    private CellSums lastSums;
    private WindowCounts lastMinutes;
    private WindowCounts lastHours;

    public RowAggregator(UsageQuery query) {
        this(query, new ArrayList<>(), null, 0, false, false);
    }

    RowAggregator(
            UsageQuery query,
            List<IdSet> seen,
            IdSet only,
            long expectedIds,
            boolean batched,
            boolean laterOnly) {
        this.query = query;
        this.ids = new IdSet(expectedIds);
        this.seen = seen;
        this.only = only;
        this.pending = batched ? new PendingIds(ids, 1024) : null;
        this.laterOnly = laterOnly;
        this.clock = new ZoneClock(query.zone());
        this.fromDay = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
        this.toDay = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
        this.windows = BusyWindows.tables(query);
    }

    public Outcome add(SpendRow row) {
        BigDecimal spend = row.spend();
        boolean small = spend.scale() >= 0 && spend.unscaledValue().bitLength() < 63;
        Outcome o =
                add(
                        IdSet.hash(row.requestId()),
                        row.startEpochMillis(),
                        row.user(),
                        row.team(),
                        row.provider(),
                        row.model(),
                        row.modelGroup(),
                        row.failed(),
                        row.promptTokens(),
                        row.completionTokens(),
                        row.cachedTokens(),
                        row.cacheWriteTokens(),
                        small ? spend.unscaledValue().longValue() : 0,
                        small ? spend.scale() : 0,
                        row.durationMs(),
                        row.cacheHit());
        if (o == Outcome.COUNTED && !small) {
            lastSums.spend.add(spend);
        }
        return o;
    }

    /**
     * Adds a row given by its fields (see {@link SpendRow}; {@code idHash} from {@link IdSet#hash};
     * the spend as {@code spendUnscaled} x 10^-{@code spendScale}, scale not negative). Strings
     * handed in equal (==) to the last row's are taken as the same group without a lookup.
     */
    public Outcome add(
            long idHash,
            long startMillis,
            String user,
            String team,
            String provider,
            String model,
            String group,
            boolean failed,
            long prompt,
            long completion,
            long cachedTokens,
            long cacheWriteTokens,
            long spendUnscaled,
            int spendScale,
            long durationMs,
            boolean cacheHit) {
        long local = clock.local(startMillis);
        long day = Math.floorDiv(local, DAY);
        if (day < fromDay || day > toDay) {
            outside++;
            return Outcome.OUTSIDE;
        }
        if (only != null && !only.contains(idHash)) {
            return Outcome.OUTSIDE;
        }
        if (pending != null) {
            pending.add(idHash); // counted now; a repeat is taken back out later (see repeats)
        } else if (laterOnly) {
            if (ids.add(idHash)) {
                return Outcome.OUTSIDE; // the id's first row: the part keeps it
            }
        } else if (seen(idHash) || !ids.add(idHash)) {
            duplicates++;
            return Outcome.DUPLICATE;
        }
        rows++;
        long cached = Math.min(cachedTokens, prompt);
        long cacheWrite = Math.min(cacheWriteTokens, prompt - cached);
        CellSums s;
        if (day == lastDay
                && user == lastUser
                && team == lastTeam
                && provider == lastProvider
                && model == lastModel
                && group == lastGroup
                && cacheHit == lastHit) {
            s = lastSums;
        } else {
            if (user != lastUser
                    || team != lastTeam
                    || provider != lastProvider
                    || model != lastModel
                    || group != lastGroup
                    || cacheHit != lastHit) {
                String u = intern(user);
                lastGroupIndex =
                        group(
                                new CellGroup(
                                        u,
                                        intern(team),
                                        intern(provider),
                                        intern(model),
                                        intern(group),
                                        cacheHit));
                if (user != lastUser) {
                    lastMinutes = BusyWindows.of(windows, LimitPeriod.MINUTE, u);
                    lastHours = BusyWindows.of(windows, LimitPeriod.HOUR, u);
                }
                lastUser = user;
                lastTeam = team;
                lastProvider = provider;
                lastModel = model;
                lastGroup = group;
                lastHit = cacheHit;
            }
            s = cell(lastGroupIndex, day);
            lastDay = day;
            lastSums = s;
        }
        s.requests++;
        s.prompt += prompt;
        s.completion += completion;
        s.cached += cached;
        s.cacheWrite += cacheWrite;
        s.spend.add(spendUnscaled, spendScale);
        if (failed) {
            s.failures++;
        } else if (durationMs >= 0) {
            s.durationMs += durationMs;
            s.timed++;
        }
        if (lastMinutes != null) {
            lastMinutes.add(Math.floorDiv(local, MINUTE), 1, prompt + completion);
        }
        if (lastHours != null) {
            lastHours.add(Math.floorDiv(local, HOUR), 1, prompt + completion);
        }
        return Outcome.COUNTED;
    }

    int group(CellGroup g) {
        Integer known = groupIndex.get(g);
        if (known != null) {
            return known;
        }
        groups.add(g);
        groupIndex.put(g, groups.size() - 1);
        return groups.size() - 1;
    }

    /** The sums of a group's day, made when new. */
    CellSums cell(int groupIndex, long day) {
        long key = (long) groupIndex << 32 | (day & 0xFFFF_FFFFL);
        int i = cellIndex.get(key);
        if (i != LongIntMap.ABSENT) {
            return sums.get(i);
        }
        CellSums s = new CellSums();
        if (sums.size() == cellKeys.length) {
            cellKeys = java.util.Arrays.copyOf(cellKeys, cellKeys.length * 2);
        }
        cellKeys[sums.size()] = key;
        cellIndex.put(key, sums.size());
        sums.add(s);
        return s;
    }

    private boolean seen(long idHash) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).contains(idHash)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An aggregator for a part of the rows read after those counted here: it skips the ids this one
     * has counted (which must not change while the part is read), then {@link #absorb} it.
     */
    public RowAggregator part() {
        return part(0);
    }

    /** A {@link #part()} with room for about {@code expectedIds} request ids (an estimate). */
    public RowAggregator part(long expectedIds) {
        return PartMerger.part(this, expectedIds);
    }

    /**
     * A part whose ids are checked in batches, not row by row (faster on many rows): every row is
     * counted as it comes, so before it is absorbed the caller reads the part's rows again into
     * {@link #laterRowsOf}{@code (}{@link #repeats}{@code ())} and {@link #subtract}s them, when
     * there are any. Made only when nothing was counted before the part.
     */
    public RowAggregator batchedPart(long expectedIds) {
        return PartMerger.batchedPart(this, expectedIds);
    }

    /**
     * The ids a {@link #batchedPart} counted more than once (empty for any other aggregator); the
     * part's ids are complete after this.
     */
    public IdSet repeats() {
        if (pending == null) {
            return new IdSet();
        }
        pending.flush();
        IdSet r = pending.repeats();
        pending = null;
        return r;
    }

    /**
     * An aggregator of the second and later rows of each id in {@code ids} (read in the order this
     * part's were): what to {@link #subtract} from a {@link #batchedPart}.
     */
    public RowAggregator laterRowsOf(IdSet ids) {
        return PartMerger.laterRowsOf(this, ids);
    }

    /**
     * An aggregator of just the (first) rows whose ids are in {@code only}: what to {@link
     * #subtract}.
     */
    public RowAggregator only(IdSet only) {
        return PartMerger.only(this, only);
    }

    String intern(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The ids this aggregator counted itself (not those of absorbed parts). */
    public IdSet ids() {
        if (pending != null) {
            throw new IllegalStateException("a batched part's repeats were not asked for");
        }
        return ids;
    }

    /** Adds a part's rows and ids (a request id that parts share: see {@link #subtract}). */
    public void absorb(RowAggregator part) {
        PartMerger.absorb(this, part);
    }

    /** Takes a part's rows back out: they were counted twice, so they become duplicates. */
    public void subtract(RowAggregator part) {
        PartMerger.subtract(this, part);
    }

    /** The next row looks its group up afresh. */
    void forget() {
        lastUser = null;
        lastDay = Long.MIN_VALUE;
        lastGroupIndex = -1;
        lastSums = null;
    }

    /** The grouped rows; {@code skipped} is how many malformed rows the reader skipped. */
    public UsageData data(String source, long skipped) {
        return GroupedUsage.data(this, source, skipped);
    }
}

package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.model.LimitPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups rows, one at a time, into {@link UsageCell}s and busy windows: what the database does with
 * GROUP BY, done in one pass for files. Memory grows with users x models x days (and the busy
 * minutes when limits are checked), plus 8 bytes per distinct request id, never with the rows.
 *
 * <p>Aggregators are mergeable: a file read in parts gives each part its own aggregator (which
 * skips the ids {@code seen} in earlier files), then {@link #absorb}s them in file order; a request
 * id that two parts both counted is taken back out of the later one with {@link #subtract} (an
 * aggregator of just those rows, built with {@code only}), so the sums are those of one pass.
 */
public final class RowAggregator {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 86_400_000L;

    /** What became of a row. */
    public enum Outcome {
        COUNTED,
        DUPLICATE,
        OUTSIDE
    }

    /** What a cell is of, but its day. */
    private record Group(
            String user,
            String team,
            String provider,
            String model,
            String group,
            boolean cacheHit) {}

    private static final class Sums {
        long requests;
        long failures;
        long prompt;
        long completion;
        long cached;
        long cacheWrite;
        final SpendSum spend = new SpendSum();
        long durationMs;
        long timed;

        void add(Sums o, int sign) {
            requests += sign * o.requests;
            failures += sign * o.failures;
            prompt += sign * o.prompt;
            completion += sign * o.completion;
            cached += sign * o.cached;
            cacheWrite += sign * o.cacheWrite;
            spend.add(o.spend, sign);
            durationMs += sign * o.durationMs;
            timed += sign * o.timed;
        }
    }

    private final UsageQuery query;
    private final ZoneClock clock;
    private final IdSet ids;
    private final List<IdSet> seen;
    private final IdSet only;
    // cells: (group index, day) -> index into sums; groups numbered as they first come
    private Map<Group, Integer> groupIndex = new HashMap<>();
    private List<Group> groups = new ArrayList<>();
    private LongIntMap cellIndex = new LongIntMap();
    private List<Sums> sums = new ArrayList<>();
    private long[] cellKeys = new long[16];
    private Map<String, String> strings = new HashMap<>();
    private Map<LimitPeriod, Map<String, WindowCounts>> windows = new EnumMap<>(LimitPeriod.class);
    private final long fromDay;
    private final long toDay;
    private long rows;
    private long duplicates;
    private long outside;
    // the last row's group, as handed in: rows of one user, model and day often come together
    private String lastUser;
    private String lastTeam;
    private String lastProvider;
    private String lastModel;
    private String lastGroup;
    private long lastDay = Long.MIN_VALUE;
    private boolean lastHit;
    private int lastGroupIndex = -1;
    private Sums lastSums;
    private WindowCounts lastMinutes;
    private WindowCounts lastHours;

    public RowAggregator(UsageQuery query) {
        this(query, new ArrayList<>(), null, 0);
    }

    private RowAggregator(UsageQuery query, List<IdSet> seen, IdSet only, long expectedIds) {
        this.query = query;
        this.ids = new IdSet(expectedIds);
        this.seen = seen;
        this.only = only;
        this.clock = new ZoneClock(query.zone());
        this.fromDay = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
        this.toDay = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
        for (LimitPeriod p : List.of(LimitPeriod.MINUTE, LimitPeriod.HOUR)) {
            if (query.wants(p)) {
                windows.put(p, new HashMap<>());
            }
        }
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
        if (seen(idHash) || !ids.add(idHash)) {
            duplicates++;
            return Outcome.DUPLICATE;
        }
        rows++;
        long cached = Math.min(cachedTokens, prompt);
        long cacheWrite = Math.min(cacheWriteTokens, prompt - cached);
        Sums s;
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
                                new Group(
                                        u,
                                        intern(team),
                                        intern(provider),
                                        intern(model),
                                        intern(group),
                                        cacheHit));
                if (user != lastUser) {
                    lastMinutes = windows(LimitPeriod.MINUTE, u);
                    lastHours = windows(LimitPeriod.HOUR, u);
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

    private int group(Group g) {
        Integer known = groupIndex.get(g);
        if (known != null) {
            return known;
        }
        groups.add(g);
        groupIndex.put(g, groups.size() - 1);
        return groups.size() - 1;
    }

    /** The sums of a group's day, made when new. */
    private Sums cell(int groupIndex, long day) {
        long key = (long) groupIndex << 32 | (day & 0xFFFF_FFFFL);
        int i = cellIndex.get(key);
        if (i != LongIntMap.ABSENT) {
            return sums.get(i);
        }
        Sums s = new Sums();
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
        List<IdSet> before = new ArrayList<>(seen);
        before.add(ids);
        return new RowAggregator(query, before, null, expectedIds);
    }

    /**
     * An aggregator of just the (first) rows whose ids are in {@code only}: what to {@link
     * #subtract}.
     */
    public RowAggregator only(IdSet only) {
        return new RowAggregator(query, new ArrayList<>(), only, 0);
    }

    private WindowCounts windows(LimitPeriod period, String user) {
        Map<String, WindowCounts> byUser = windows.get(period);
        return byUser == null ? null : byUser.computeIfAbsent(user, u -> new WindowCounts());
    }

    private String intern(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The ids this aggregator counted itself (not those of absorbed parts). */
    public IdSet ids() {
        return ids;
    }

    /** Adds a part's rows and ids (a request id that parts share: see {@link #subtract}). */
    public void absorb(RowAggregator part) {
        if (rows == 0 && sums.isEmpty() && windows.values().stream().allMatch(Map::isEmpty)) {
            groupIndex =
                    part.groupIndex; // the first part: taken over, not copied (the part is not used
            // again)
            groups = part.groups;
            cellIndex = part.cellIndex;
            sums = part.sums;
            cellKeys = part.cellKeys;
            strings = part.strings;
            windows = part.windows;
            part.groupIndex = new HashMap<>();
            part.groups = new ArrayList<>();
            part.cellIndex = new LongIntMap();
            part.sums = new ArrayList<>();
            part.windows = new EnumMap<>(LimitPeriod.class);
            forget();
        } else {
            merge(part, 1);
        }
        seen.add(part.ids);
        rows += part.rows;
        duplicates += part.duplicates;
        outside += part.outside;
    }

    /** Takes a part's rows back out: they were counted twice, so they become duplicates. */
    public void subtract(RowAggregator part) {
        merge(part, -1);
        rows -= part.rows;
        duplicates += part.rows;
    }

    /** The next row looks its group up afresh. */
    private void forget() {
        lastUser = null;
        lastDay = Long.MIN_VALUE;
        lastGroupIndex = -1;
        lastSums = null;
    }

    private void merge(RowAggregator part, int sign) {
        forget();
        int[] index = new int[part.groups.size()];
        for (int g = 0; g < index.length; g++) {
            Group k = part.groups.get(g);
            index[g] =
                    group(
                            new Group(
                                    intern(k.user()),
                                    intern(k.team()),
                                    intern(k.provider()),
                                    intern(k.model()),
                                    intern(k.group()),
                                    k.cacheHit()));
        }
        for (int c = 0; c < part.sums.size(); c++) {
            long key = part.cellKeys[c];
            cell(index[(int) (key >>> 32)], (int) key).add(part.sums.get(c), sign);
        }
        part.windows.forEach(
                (period, byUser) ->
                        byUser.forEach(
                                (user, counts) -> {
                                    String u = intern(user);
                                    Map<String, WindowCounts> mineByUser = windows.get(period);
                                    if (sign > 0 && !mineByUser.containsKey(u)) {
                                        mineByUser.put(
                                                u, counts); // a user new here: the part's table is
                                        // taken over, not copied
                                        return;
                                    }
                                    WindowCounts mine = windows(period, u);
                                    counts.forEach(
                                            slot ->
                                                    mine.add(
                                                            counts.window(slot),
                                                            sign * counts.requests(slot),
                                                            sign * counts.tokens(slot)));
                                }));
    }

    /** The grouped rows; {@code skipped} is how many malformed rows the reader skipped. */
    public UsageData data(String source, long skipped) {
        List<UsageCell> out = new ArrayList<>(sums.size());
        for (int c = 0; c < sums.size(); c++) {
            Sums s = sums.get(c);
            if (s.requests == 0) {
                continue; // rows taken back out (see subtract)
            }
            Group k = groups.get((int) (cellKeys[c] >>> 32));
            out.add(
                    new UsageCell(
                            k.user(),
                            k.team(),
                            k.provider(),
                            k.model(),
                            k.group(),
                            LocalDate.ofEpochDay((int) cellKeys[c]),
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
        List<UsageWindow> busy = new ArrayList<>();
        windows.forEach(
                (period, byUser) ->
                        byUser.forEach(
                                (user, counts) ->
                                        counts.forEach(
                                                slot -> {
                                                    long requests = counts.requests(slot);
                                                    long tokens = counts.tokens(slot);
                                                    if (requests > 0
                                                            && query.keeps(
                                                                    period, requests, tokens)) {
                                                        long unit =
                                                                period == LimitPeriod.MINUTE
                                                                        ? MINUTE
                                                                        : HOUR;
                                                        LocalDateTime start =
                                                                LocalDateTime.ofEpochSecond(
                                                                        counts.window(slot)
                                                                                * unit
                                                                                / 1000,
                                                                        0,
                                                                        ZoneOffset.UTC);
                                                        busy.add(
                                                                new UsageWindow(
                                                                        user, period, start,
                                                                        requests, tokens));
                                                    }
                                                })));
        busy.sort(
                Comparator.comparing(UsageWindow::user)
                        .thenComparing(UsageWindow::period)
                        .thenComparing(UsageWindow::start));
        return new UsageData(source, out, busy, rows, duplicates, skipped, outside);
    }
}

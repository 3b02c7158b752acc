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
 * Groups rows, one at a time, into {@link UsageCell}s and busy windows: what the database does
 * with GROUP BY, done in one pass for files. Memory grows with users x models x days (and the
 * busy minutes when limits are checked), plus 8 bytes per distinct request id, never with the rows.
 */
public final class RowAggregator {
    private static final long MINUTE = 60_000L;
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 86_400_000L;

    /** What became of a row. */
    public enum Outcome { COUNTED, DUPLICATE, OUTSIDE }

    private record Key(String user, String team, String provider, String model, String group, long day,
            boolean cacheHit) {
    }

    private static final class Sums {
        long requests;
        long failures;
        long prompt;
        long completion;
        long cached;
        long cacheWrite;
        BigDecimal spend = BigDecimal.ZERO;
        long durationMs;
        long timed;
    }

    private final UsageQuery query;
    private final ZoneClock clock;
    private final IdSet ids = new IdSet();
    private final Map<Key, Sums> cells = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();
    private final Map<LimitPeriod, Map<String, WindowCounts>> windows = new EnumMap<>(LimitPeriod.class);
    private final long fromDay;
    private final long toDay;
    private long rows;
    private long duplicates;
    private long outside;

    public RowAggregator(UsageQuery query) {
        this.query = query;
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
        long local = clock.local(row.startEpochMillis());
        long day = Math.floorDiv(local, DAY);
        if (day < fromDay || day > toDay) {
            outside++;
            return Outcome.OUTSIDE;
        }
        if (!ids.add(row.requestId())) {
            duplicates++;
            return Outcome.DUPLICATE;
        }
        rows++;
        String user = intern(row.user());
        Key key = new Key(user, intern(row.team()), intern(row.provider()), intern(row.model()),
                intern(row.modelGroup()), day, row.cacheHit());
        Sums s = cells.computeIfAbsent(key, k -> new Sums());
        s.requests++;
        s.prompt += row.promptTokens();
        s.completion += row.completionTokens();
        s.cached += row.cachedTokens();
        s.cacheWrite += row.cacheWriteTokens();
        if (row.spend().signum() != 0) {
            s.spend = s.spend.add(row.spend());
        }
        if (row.failed()) {
            s.failures++;
        } else if (row.durationMs() >= 0) {
            s.durationMs += row.durationMs();
            s.timed++;
        }
        if (!windows.isEmpty()) {
            long tokens = row.promptTokens() + row.completionTokens();
            Map<String, WindowCounts> minutes = windows.get(LimitPeriod.MINUTE);
            if (minutes != null) {
                minutes.computeIfAbsent(user, u -> new WindowCounts()).add(Math.floorDiv(local, MINUTE), tokens);
            }
            Map<String, WindowCounts> hours = windows.get(LimitPeriod.HOUR);
            if (hours != null) {
                hours.computeIfAbsent(user, u -> new WindowCounts()).add(Math.floorDiv(local, HOUR), tokens);
            }
        }
        return Outcome.COUNTED;
    }

    private String intern(String s) {
        String known = strings.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The grouped rows; {@code skipped} is how many malformed rows the reader skipped. */
    public UsageData data(String source, long skipped) {
        List<UsageCell> out = new ArrayList<>(cells.size());
        cells.forEach((k, s) -> out.add(new UsageCell(k.user(), k.team(), k.provider(), k.model(), k.group(),
                LocalDate.ofEpochDay(k.day()), k.cacheHit(), s.requests, s.failures, s.prompt, s.completion,
                s.cached, s.cacheWrite, s.spend, s.durationMs, s.timed)));
        List<UsageWindow> busy = new ArrayList<>();
        windows.forEach((period, byUser) -> byUser.forEach((user, counts) -> counts.forEach(slot -> {
            long requests = counts.requests(slot);
            long tokens = counts.tokens(slot);
            if (query.keeps(period, requests, tokens)) {
                long unit = period == LimitPeriod.MINUTE ? MINUTE : HOUR;
                LocalDateTime start = LocalDateTime.ofEpochSecond(counts.window(slot) * unit / 1000, 0, ZoneOffset.UTC);
                busy.add(new UsageWindow(user, period, start, requests, tokens));
            }
        })));
        busy.sort(Comparator.comparing(UsageWindow::user).thenComparing(UsageWindow::period)
                .thenComparing(UsageWindow::start));
        return new UsageData(source, out, busy, rows, duplicates, skipped, outside);
    }
}

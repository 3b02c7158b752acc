package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.model.LimitPeriod;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The per-user request and token counts of each busy minute and hour a {@link RowAggregator} keeps:
 * the tables a query wants, merging a part's tables, and the windows the query keeps.
 */
final class BusyWindows {
    private BusyWindows() {}

    /** Empty tables (by user) for the periods whose limits the query checks. */
    static Map<LimitPeriod, Map<String, WindowCounts>> tables(UsageQuery query) {
        Map<LimitPeriod, Map<String, WindowCounts>> windows = new EnumMap<>(LimitPeriod.class);
        for (LimitPeriod p : List.of(LimitPeriod.MINUTE, LimitPeriod.HOUR)) {
            if (query.wants(p)) {
                windows.put(p, new HashMap<>());
            }
        }
        return windows;
    }

    /** A user's counts of a period, made when new; null when the period is not checked. */
    static WindowCounts of(
            Map<LimitPeriod, Map<String, WindowCounts>> windows, LimitPeriod period, String user) {
        Map<String, WindowCounts> byUser = windows.get(period);
        return byUser == null ? null : byUser.computeIfAbsent(user, u -> new WindowCounts());
    }

    /**
     * Adds ({@code sign} 1) or takes out (-1) a part's counts; a user new here takes the part's
     * table over, not copied.
     *
     * @param intern the aggregator's string interning
     */
    static void merge(
            Map<LimitPeriod, Map<String, WindowCounts>> into,
            Map<LimitPeriod, Map<String, WindowCounts>> part,
            int sign,
            UnaryOperator<String> intern) {
        part.forEach(
                (period, byUser) ->
                        byUser.forEach(
                                (user, counts) -> {
                                    String u = intern.apply(user);
                                    Map<String, WindowCounts> mineByUser = into.get(period);
                                    if (sign > 0 && !mineByUser.containsKey(u)) {
                                        mineByUser.put(u, counts);
                                        return;
                                    }
                                    WindowCounts mine =
                                            mineByUser.computeIfAbsent(u, k -> new WindowCounts());
                                    counts.forEach(
                                            slot ->
                                                    mine.add(
                                                            counts.window(slot),
                                                            sign * counts.requests(slot),
                                                            sign * counts.tokens(slot)));
                                }));
    }

    /** The windows with requests that the query keeps, by user, period and start. */
    static List<UsageWindow> busy(
            UsageQuery query, Map<LimitPeriod, Map<String, WindowCounts>> windows) {
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
                                                        busy.add(
                                                                window(
                                                                        user,
                                                                        period,
                                                                        counts.window(slot),
                                                                        requests,
                                                                        tokens));
                                                    }
                                                })));
        busy.sort(
                Comparator.comparing(UsageWindow::user)
                        .thenComparing(UsageWindow::period)
                        .thenComparing(UsageWindow::start));
        return busy;
    }

    private static UsageWindow window(
            String user, LimitPeriod period, long window, long requests, long tokens) {
        long unit = period == LimitPeriod.MINUTE ? RowAggregator.MINUTE : RowAggregator.HOUR;
        LocalDateTime start = LocalDateTime.ofEpochSecond(window * unit / 1000, 0, ZoneOffset.UTC);
        return new UsageWindow(user, period, start, requests, tokens);
    }
}

package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.model.LimitPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What a source is asked for: the time zone days, hours and minutes are counted in, the period, and
 * the minute/hour windows worth handing over.
 *
 * @param zone the time zone of calendar windows
 * @param from first day (inclusive) in {@code zone}, or null
 * @param to last day (inclusive) in {@code zone}, or null
 * @param requestFloors per period (minute, hour): a window with more requests than this is handed
 *     over
 * @param tokenFloors per period (minute, hour): a window with more tokens than this is handed over
 */
public record UsageQuery(
        ZoneId zone,
        LocalDate from,
        LocalDate to,
        Map<LimitPeriod, Long> requestFloors,
        Map<LimitPeriod, Long> tokenFloors) {
    public UsageQuery {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        requestFloors = Map.copyOf(requestFloors);
        tokenFloors = Map.copyOf(tokenFloors);
    }

    public static UsageQuery of(ZoneId zone) {
        return new UsageQuery(zone, null, null, Map.of(), Map.of());
    }

    /** True when minute or hour windows of this period are wanted. */
    public boolean wants(LimitPeriod period) {
        return requestFloors.containsKey(period) || tokenFloors.containsKey(period);
    }

    /** True when the window is above a floor of its period. */
    public boolean keeps(LimitPeriod period, long requests, long tokens) {
        Long r = requestFloors.get(period);
        Long t = tokenFloors.get(period);
        return (r != null && requests > r) || (t != null && tokens > t);
    }

    public boolean inPeriod(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}

package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.Phrase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code pricing usage} reports. USD sums are exact; ratios are rounded once, here (USD to 6
 * decimals, percentages to 2, seconds to 3, HALF_UP).
 *
 * @param source where the rows came from
 * @param period the days reported
 * @param summary the totals
 * @param users every user, by cost descending
 * @param models every priced model used, by cost descending
 * @param days every day of the period, in order
 * @param teams every team (empty when no row has a team_id), by cost descending
 * @param breaches every limit breach (with a scenario), by user, limit, window
 * @param unpriced rows no sheet prices, by requests descending
 * @param dailyAlarmUsd the daily cost alarm, or null
 * @param alarmSource where the alarm comes from ({@code usage.alarm.option}: {@code
 *     --daily-alarm-usd}, or {@code usage.alarm.budget}: the scenario's budget / 30), a phrase the
 *     render layer words; null without an alarm
 * @param plan the plan against the period (with a scenario), or null
 * @param reading how the rows went
 * @param notes remarks for readers, phrases the render layer words ({@code usage.note.*})
 */
public record UsageReport(
        String source,
        Period period,
        Summary summary,
        List<UserLine> users,
        List<ModelLine> models,
        List<DayLine> days,
        List<TeamLine> teams,
        List<Breach> breaches,
        List<Unpriced> unpriced,
        BigDecimal dailyAlarmUsd,
        Phrase alarmSource,
        Plan plan,
        Reading reading,
        List<Phrase> notes) {

    public UsageReport {
        users = List.copyOf(users);
        models = List.copyOf(models);
        days = List.copyOf(days);
        teams = List.copyOf(teams);
        breaches = List.copyOf(breaches);
        unpriced = List.copyOf(unpriced);
        notes = List.copyOf(notes);
    }

    /** From and to (inclusive; null when there are no rows), the zone and the number of days. */
    public record Period(LocalDate from, LocalDate to, String timeZone, long days) {}

    public record Summary(
            long users,
            long requests,
            long failedRequests,
            BigDecimal successRatePct,
            long promptTokens,
            long completionTokens,
            long totalTokens,
            BigDecimal costUsd,
            BigDecimal litellmSpendUsd,
            long credits,
            BigDecimal avgDurationS,
            BigDecimal costPerUserUsd,
            BigDecimal requestsPerUser,
            BigDecimal cacheHitRatePct,
            long cachedTokens,
            long cacheWriteTokens,
            long responseCacheHits,
            long unpricedRequests,
            BigDecimal unpricedSpendUsd) {}

    public record UserLine(
            String user,
            long requests,
            long failedRequests,
            long promptTokens,
            long completionTokens,
            BigDecimal costUsd,
            BigDecimal litellmSpendUsd,
            long credits,
            long unpricedRequests,
            boolean premium) {
        public long totalTokens() {
            return promptTokens + completionTokens;
        }
    }

    /** One priced model; {@code differenceUsd} = LiteLLM's spend - our cost. */
    public record ModelLine(
            String provider,
            String model,
            long requests,
            long promptTokens,
            long completionTokens,
            long cachedTokens,
            long cacheWriteTokens,
            BigDecimal costUsd,
            BigDecimal litellmSpendUsd,
            BigDecimal differenceUsd,
            long credits,
            Integer creditsPerRequest,
            String creditsSource,
            List<String> modelGroups) {}

    public record DayLine(
            LocalDate date,
            long requests,
            long totalTokens,
            BigDecimal costUsd,
            BigDecimal litellmSpendUsd,
            boolean overAlarm) {}

    public record TeamLine(
            String team,
            long users,
            long requests,
            long totalTokens,
            BigDecimal costUsd,
            BigDecimal litellmSpendUsd,
            long credits) {}

    /**
     * A user above a scenario limit in one calendar window.
     *
     * @param limit the scenario's limit name ({@code requests_per_day}, {@code max_budget_usd},
     *     ...)
     * @param window the window's start: {@code 2025-11-05T10:07}, {@code 2025-11-05T10}, {@code
     *     2025-11-05}, {@code 2025-11}
     */
    public record Breach(
            String user,
            String limit,
            String window,
            BigDecimal used,
            BigDecimal cap,
            boolean premium) {}

    /** Rows no sheet prices, by the names they were logged under; never costed at $0. */
    public record Unpriced(
            String model,
            String modelGroup,
            String customLlmProvider,
            long requests,
            BigDecimal litellmSpendUsd,
            Phrase reason) {}

    /**
     * The scenario's figures against the period's (per-user figures scaled to the period's days).
     */
    public record Plan(String scenario, List<PlanLine> lines, List<Check> checks) {
        public Plan {
            lines = List.copyOf(lines);
            checks = List.copyOf(checks);
        }
    }

    public record PlanLine(String metric, BigDecimal plan, BigDecimal actual) {}

    /** Rows counted, duplicates dropped, malformed rows skipped, rows outside the period. */
    public record Reading(long rows, long duplicates, long skipped, long outside) {}
}

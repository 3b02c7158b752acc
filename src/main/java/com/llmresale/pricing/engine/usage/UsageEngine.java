package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.engine.CreditEngine;
import com.llmresale.pricing.engine.Phrase;
import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.engine.usage.UsageReport.DayLine;
import com.llmresale.pricing.engine.usage.UsageReport.ModelLine;
import com.llmresale.pricing.engine.usage.UsageReport.TeamLine;
import com.llmresale.pricing.engine.usage.UsageReport.Unpriced;
import com.llmresale.pricing.engine.usage.UsageReport.UserLine;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.PublishedCredit;
import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns grouped spend-log rows into the usage report: our cost from the sheets beside LiteLLM's
 * spend, credits, users, models, days, teams, limit breaches and the plan against the period. Pure:
 * knows nothing of files, JSON or databases.
 */
public final class UsageEngine {
    static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    /**
     * @param zone time zone of days, hours, minutes and months
     * @param from first day asked for, or null
     * @param to last day asked for, or null
     * @param scenario the plan to check against, or null
     * @param premium users who get the scenario's premium limits
     * @param dailyAlarmUsd the daily cost alarm, or null (then the scenario's cost budget / 30, if
     *     any)
     */
    public record Options(
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            Scenario scenario,
            Set<String> premium,
            BigDecimal dailyAlarmUsd) {
        public Options {
            premium = Set.copyOf(premium);
        }
    }

    private final Catalog catalog;
    private final CreditEngine creditEngine;
    private final Map<ModelKey, Integer> published = new HashMap<>();

    public UsageEngine(Catalog catalog, List<PublishedCredit> publishedCredits) {
        this.catalog = catalog;
        this.creditEngine = new CreditEngine(catalog.settings());
        for (PublishedCredit p : publishedCredits) {
            published.put(p.key(), p.credits());
        }
    }

    public UsageReport report(UsageData data, Options o) {
        Scenario s = o.scenario();
        UsageTally t =
                new UsageTally(
                        new ModelResolver.Cached(new ModelResolver(catalog, s)),
                        creditEngine,
                        published);
        for (UsageCell c : data.cells()) {
            t.add(c);
        }
        UsageAcc total = t.total;

        UsageReport.Period period = period(o, t.days.keySet());
        BigDecimal budget = s == null ? null : costBudget(s);
        BigDecimal alarm =
                o.dailyAlarmUsd() != null
                        ? o.dailyAlarmUsd()
                        : budget == null ? null : budget.divide(THIRTY, MC);
        Phrase alarmSource =
                o.dailyAlarmUsd() != null
                        ? Phrase.of("usage.alarm.option")
                        : budget == null ? null : Phrase.of("usage.alarm.budget", s.name());

        long userCount = t.users.size();
        UsageReport.Summary summary =
                new UsageReport.Summary(
                        userCount,
                        total.requests,
                        total.failures,
                        pct(total.requests - total.failures, total.requests),
                        total.prompt,
                        total.completion,
                        total.tokens(),
                        total.cost,
                        total.spend,
                        total.credits,
                        t.timed == 0
                                ? null
                                : BigDecimal.valueOf(t.durationMs)
                                        .divide(
                                                BigDecimal.valueOf(t.timed * 1000L),
                                                3,
                                                RoundingMode.HALF_UP),
                        userCount == 0
                                ? null
                                : total.cost.divide(
                                        BigDecimal.valueOf(userCount), 6, RoundingMode.HALF_UP),
                        userCount == 0
                                ? null
                                : strip(
                                        BigDecimal.valueOf(total.requests)
                                                .divide(
                                                        BigDecimal.valueOf(userCount),
                                                        2,
                                                        RoundingMode.HALF_UP)),
                        pct(total.cached, total.prompt),
                        total.cached,
                        total.cacheWrite,
                        t.responseCacheHits,
                        total.unpriced,
                        t.unpriced.values().stream()
                                .map(a -> a.spend)
                                .reduce(BigDecimal.ZERO, BigDecimal::add));

        List<UserLine> userLines = UsageLines.users(t, o.premium());
        List<ModelLine> modelLines = UsageLines.models(t);
        List<DayLine> dayLines = UsageLines.days(t, period, alarm);
        List<TeamLine> teamLines = UsageLines.teams(t);
        List<Unpriced> unpricedLines = UsageLines.unpriced(t);

        List<Breach> breaches =
                s == null
                        ? List.of()
                        : UsageBreaches.breaches(
                                s, o.premium(), data.windows(), t.userDays, t.userMonths);

        List<Phrase> notes = new ArrayList<>();
        if (t.writeTokensAtInput > 0) {
            notes.add(Phrase.of("usage.note.cache_write_at_input", t.writeTokensAtInput));
        }
        if (t.responseCacheHits > 0) {
            notes.add(Phrase.of("usage.note.response_cache", t.responseCacheHits));
        }
        if (total.unpriced > 0) {
            notes.add(Phrase.of("usage.note.unpriced", total.unpriced));
        }
        UsageReport.Plan plan =
                s == null
                        ? null
                        : UsagePlan.plan(
                                s,
                                period,
                                summary,
                                userCount,
                                budget,
                                breaches,
                                t.models,
                                unpricedLines);
        return new UsageReport(
                data.source(),
                period,
                summary,
                userLines,
                modelLines,
                dayLines,
                teamLines,
                breaches,
                unpricedLines,
                alarm,
                alarmSource,
                plan,
                new UsageReport.Reading(
                        data.rows(), data.duplicates(), data.skipped(), data.outside()),
                notes);
    }

    private static UsageReport.Period period(Options o, Set<LocalDate> days) {
        LocalDate from =
                o.from() != null ? o.from() : days.stream().min(LocalDate::compareTo).orElse(null);
        LocalDate to =
                o.to() != null ? o.to() : days.stream().max(LocalDate::compareTo).orElse(null);
        if (from != null && to == null) {
            to = from;
        }
        if (to != null && from == null) {
            from = to;
        }
        long n = from == null ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
        return new UsageReport.Period(from, to, o.zone().getId(), n);
    }

    /**
     * The scenario's monthly cost budget: users x price x cost margin / fx, as {@code pricing
     * scenario} has it.
     */
    static BigDecimal costBudget(Scenario s) {
        return BigDecimal.valueOf(s.users())
                .multiply(s.pricePerUser())
                .multiply(s.costMargin())
                .divide(s.fxRate(), MC);
    }

    /** part / whole x 100 to 2 decimals HALF_UP, trailing zeros dropped; null when whole is 0. */
    static BigDecimal pct(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return strip(
                BigDecimal.valueOf(part)
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }

    static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}

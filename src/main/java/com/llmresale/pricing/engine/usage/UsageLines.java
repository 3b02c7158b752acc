package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.engine.usage.UsageReport.DayLine;
import com.llmresale.pricing.engine.usage.UsageReport.ModelLine;
import com.llmresale.pricing.engine.usage.UsageReport.TeamLine;
import com.llmresale.pricing.engine.usage.UsageReport.Unpriced;
import com.llmresale.pricing.engine.usage.UsageReport.UserLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The usage report's tables from the tallied sums, each in its order. */
final class UsageLines {
    private UsageLines() {}

    /** Dearest user first. */
    static List<UserLine> users(UsageTally t, Set<String> premium) {
        List<UserLine> userLines = new ArrayList<>();
        t.users.forEach(
                (u, a) ->
                        userLines.add(
                                new UserLine(
                                        u,
                                        a.requests,
                                        a.failures,
                                        a.prompt,
                                        a.completion,
                                        a.cost,
                                        a.spend,
                                        a.credits,
                                        a.unpriced,
                                        premium.contains(u))));
        userLines.sort(
                Comparator.comparing(UserLine::costUsd).reversed().thenComparing(UserLine::user));
        return userLines;
    }

    /** Dearest model first. */
    static List<ModelLine> models(UsageTally t) {
        List<ModelLine> modelLines = new ArrayList<>();
        t.models.forEach(
                (k, a) ->
                        modelLines.add(
                                new ModelLine(
                                        k.provider(),
                                        k.model(),
                                        a.requests,
                                        a.prompt,
                                        a.completion,
                                        a.cached,
                                        a.cacheWrite,
                                        a.cost,
                                        a.spend,
                                        a.spend.subtract(a.cost),
                                        a.credits,
                                        t.creditsPer.get(k),
                                        t.creditSource.get(k),
                                        List.copyOf(a.names))));
        modelLines.sort(
                Comparator.comparing(ModelLine::costUsd)
                        .reversed()
                        .thenComparing(ModelLine::provider)
                        .thenComparing(ModelLine::model));
        return modelLines;
    }

    /** Every day of the period, those over the alarm flagged. */
    static List<DayLine> days(UsageTally t, UsageReport.Period period, BigDecimal alarm) {
        List<DayLine> dayLines = new ArrayList<>();
        if (period.from() != null) {
            for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
                UsageAcc a = t.days.getOrDefault(d, new UsageAcc());
                dayLines.add(
                        new DayLine(
                                d,
                                a.requests,
                                a.tokens(),
                                a.cost,
                                a.spend,
                                alarm != null && a.cost.compareTo(alarm) > 0));
            }
        }
        return dayLines;
    }

    /** Dearest team first. */
    static List<TeamLine> teams(UsageTally t) {
        List<TeamLine> teamLines = new ArrayList<>();
        t.teams.forEach(
                (team, a) ->
                        teamLines.add(
                                new TeamLine(
                                        team,
                                        a.names.size(),
                                        a.requests,
                                        a.tokens(),
                                        a.cost,
                                        a.spend,
                                        a.credits)));
        teamLines.sort(
                Comparator.comparing(TeamLine::costUsd).reversed().thenComparing(TeamLine::team));
        return teamLines;
    }

    /** The most requests first. */
    static List<Unpriced> unpriced(UsageTally t) {
        List<Unpriced> unpricedLines = new ArrayList<>();
        t.unpriced.forEach(
                (k, a) ->
                        unpricedLines.add(
                                new Unpriced(
                                        k.get(0),
                                        k.get(1),
                                        k.get(2),
                                        a.requests,
                                        a.spend,
                                        t.unpricedWhy.get(k))));
        unpricedLines.sort(
                Comparator.comparingLong(Unpriced::requests)
                        .reversed()
                        .thenComparing(Unpriced::model)
                        .thenComparing(Unpriced::modelGroup)
                        .thenComparing(Unpriced::customLlmProvider));
        return unpricedLines;
    }
}

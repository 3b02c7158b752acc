package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.engine.CreditEngine;
import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.engine.usage.UsageReport.DayLine;
import com.llmresale.pricing.engine.usage.UsageReport.ModelLine;
import com.llmresale.pricing.engine.usage.UsageReport.TeamLine;
import com.llmresale.pricing.engine.usage.UsageReport.Unpriced;
import com.llmresale.pricing.engine.usage.UsageReport.UserLine;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.PublishedCredit;
import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
        ModelResolver.Cached resolver = new ModelResolver.Cached(new ModelResolver(catalog, s));
        UsageAcc total = new UsageAcc();
        Map<String, UsageAcc> users = new HashMap<>();
        Map<ModelKey, UsageAcc> models = new HashMap<>();
        Map<ModelKey, Integer> creditsPer = new HashMap<>();
        Map<ModelKey, String> creditSource = new HashMap<>();
        Map<LocalDate, UsageAcc> days = new TreeMap<>();
        Map<String, UsageAcc> teams = new HashMap<>();
        Map<String, Map<LocalDate, UsageAcc>> userDays = new HashMap<>();
        Map<String, Map<YearMonth, UsageAcc>> userMonths = new HashMap<>();
        Map<List<String>, UsageAcc> unpriced = new HashMap<>();
        Map<List<String>, String> unpricedWhy = new HashMap<>();
        long timed = 0;
        long durationMs = 0;
        long responseCacheHits = 0;
        long writeTokensAtInput = 0;

        for (UsageCell c : data.cells()) {
            ModelResolver.Resolution r = resolver.resolve(c.provider(), c.model(), c.modelGroup());
            BigDecimal cost = null;
            long credits = 0;
            if (r.found()) {
                ModelKey key = new ModelKey(r.sheet().provider(), r.model().id());
                Integer perRequest =
                        creditsPer.computeIfAbsent(key, k -> credit(k, r.model(), creditSource));
                credits =
                        perRequest == null
                                ? 0
                                : Math.multiplyExact(perRequest, c.requests() - c.failures());
                if (r.model().hasPrice()) {
                    cost = c.cacheHit() ? BigDecimal.ZERO : cost(c, r.model());
                    if (!c.cacheHit() && r.model().at(c.day()).cacheWrite() == null) {
                        writeTokensAtInput += c.cacheWriteTokens();
                    }
                    UsageAcc m = models.computeIfAbsent(key, k -> new UsageAcc());
                    m.add(c, cost, credits);
                    if (!c.modelGroup().isEmpty()) {
                        m.names.add(c.modelGroup());
                    }
                }
            }
            if (cost == null) {
                List<String> key = List.of(c.model(), c.modelGroup(), c.provider());
                unpriced.computeIfAbsent(key, k -> new UsageAcc()).add(c, null, credits);
                unpricedWhy.putIfAbsent(
                        key,
                        r.found()
                                ? "no $ price in the "
                                        + r.sheet().provider()
                                        + " sheet for "
                                        + r.model().id()
                                        + " ("
                                        + r.model().noPriceReason()
                                        + ")"
                                : r.reason());
            }
            if (c.cacheHit()) {
                responseCacheHits += c.requests();
            }
            total.add(c, cost, credits);
            users.computeIfAbsent(c.user(), k -> new UsageAcc()).add(c, cost, credits);
            days.computeIfAbsent(c.day(), k -> new UsageAcc()).add(c, cost, credits);
            if (!c.team().isEmpty()) {
                UsageAcc t = teams.computeIfAbsent(c.team(), k -> new UsageAcc());
                t.add(c, cost, credits);
                t.names.add(c.user());
            }
            userDays.computeIfAbsent(c.user(), k -> new HashMap<>())
                    .computeIfAbsent(c.day(), k -> new UsageAcc())
                    .add(c, cost, credits);
            userMonths
                    .computeIfAbsent(c.user(), k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.from(c.day()), k -> new UsageAcc())
                    .add(c, cost, credits);
            durationMs += c.durationMs();
            timed += c.timedRequests();
        }

        UsageReport.Period period = period(o, days.keySet());
        BigDecimal budget = s == null ? null : costBudget(s);
        BigDecimal alarm =
                o.dailyAlarmUsd() != null
                        ? o.dailyAlarmUsd()
                        : budget == null ? null : budget.divide(THIRTY, MC);
        String alarmSource =
                o.dailyAlarmUsd() != null
                        ? "--daily-alarm-usd"
                        : budget == null
                                ? null
                                : "the " + s.name() + " scenario's cost budget / 30";

        long userCount = users.size();
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
                        timed == 0
                                ? null
                                : BigDecimal.valueOf(durationMs)
                                        .divide(
                                                BigDecimal.valueOf(timed * 1000L),
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
                        responseCacheHits,
                        total.unpriced,
                        unpriced.values().stream()
                                .map(a -> a.spend)
                                .reduce(BigDecimal.ZERO, BigDecimal::add));

        List<UserLine> userLines = new ArrayList<>();
        users.forEach(
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
                                        o.premium().contains(u))));
        userLines.sort(
                Comparator.comparing(UserLine::costUsd).reversed().thenComparing(UserLine::user));

        List<ModelLine> modelLines = new ArrayList<>();
        models.forEach(
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
                                        creditsPer.get(k),
                                        creditSource.get(k),
                                        List.copyOf(a.names))));
        modelLines.sort(
                Comparator.comparing(ModelLine::costUsd)
                        .reversed()
                        .thenComparing(ModelLine::provider)
                        .thenComparing(ModelLine::model));

        List<DayLine> dayLines = new ArrayList<>();
        if (period.from() != null) {
            for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
                UsageAcc a = days.getOrDefault(d, new UsageAcc());
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

        List<TeamLine> teamLines = new ArrayList<>();
        teams.forEach(
                (t, a) ->
                        teamLines.add(
                                new TeamLine(
                                        t,
                                        a.names.size(),
                                        a.requests,
                                        a.tokens(),
                                        a.cost,
                                        a.spend,
                                        a.credits)));
        teamLines.sort(
                Comparator.comparing(TeamLine::costUsd).reversed().thenComparing(TeamLine::team));

        List<Unpriced> unpricedLines = new ArrayList<>();
        unpriced.forEach(
                (k, a) ->
                        unpricedLines.add(
                                new Unpriced(
                                        k.get(0),
                                        k.get(1),
                                        k.get(2),
                                        a.requests,
                                        a.spend,
                                        unpricedWhy.get(k))));
        unpricedLines.sort(
                Comparator.comparingLong(Unpriced::requests)
                        .reversed()
                        .thenComparing(Unpriced::model)
                        .thenComparing(Unpriced::modelGroup)
                        .thenComparing(Unpriced::customLlmProvider));

        List<Breach> breaches =
                s == null
                        ? List.of()
                        : UsageBreaches.breaches(
                                s, o.premium(), data.windows(), userDays, userMonths);

        List<String> notes = new ArrayList<>();
        if (writeTokensAtInput > 0) {
            notes.add(
                    writeTokensAtInput
                            + " prompt tokens written to a prompt cache are priced at the input price "
                            + "(their sheets give no cache_write price)");
        }
        if (responseCacheHits > 0) {
            notes.add(
                    responseCacheHits
                            + " requests answered from LiteLLM's response cache cost nothing "
                            + "(no provider call), their credits are charged");
        }
        if (total.unpriced > 0) {
            notes.add(
                    total.unpriced
                            + " requests of models no sheet prices are not in cost_usd (see unpriced; "
                            + "LiteLLM's spend for them is in litellm_spend_usd)");
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
                                models,
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

    /**
     * The cost of a cell at the sheet prices in force on its day (the model's price history),
     * exact: cached reads at {@code cached_input}, cache writes at {@code cache_write}, each at the
     * input price where the sheet has none. Long-context tiers are per request and a cell sums
     * requests, so cells are priced at the base prices.
     */
    static BigDecimal cost(UsageCell c, ModelEntry sheetModel) {
        ModelEntry m = sheetModel.at(c.day());
        long plain = c.promptTokens() - c.cachedTokens() - c.cacheWriteTokens();
        BigDecimal cachedPrice = m.cachedInput() != null ? m.cachedInput() : m.input();
        BigDecimal writePrice = m.cacheWrite() != null ? m.cacheWrite() : m.input();
        BigDecimal micro =
                m.input()
                        .multiply(BigDecimal.valueOf(plain))
                        .add(writePrice.multiply(BigDecimal.valueOf(c.cacheWriteTokens())))
                        .add(cachedPrice.multiply(BigDecimal.valueOf(c.cachedTokens())))
                        .add(m.output().multiply(BigDecimal.valueOf(c.completionTokens())));
        return micro.movePointLeft(6);
    }

    private Integer credit(ModelKey key, ModelEntry model, Map<ModelKey, String> source) {
        Integer p = published.get(key);
        if (p != null) {
            source.put(key, "published");
            return p;
        }
        if (!CreditEngine.isPriceable(model)) {
            return null;
        }
        source.put(key, "current");
        return creditEngine.price(model).credits();
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

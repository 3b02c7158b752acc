package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.CheckCode;
import com.llmresale.pricing.engine.CreditEngine;
import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.engine.usage.UsageReport.DayLine;
import com.llmresale.pricing.engine.usage.UsageReport.ModelLine;
import com.llmresale.pricing.engine.usage.UsageReport.TeamLine;
import com.llmresale.pricing.engine.usage.UsageReport.Unpriced;
import com.llmresale.pricing.engine.usage.UsageReport.UserLine;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.PublishedCredit;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.UserLimits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns grouped spend-log rows into the usage report: our cost from the sheets beside LiteLLM's
 * spend, credits, users, models, days, teams, limit breaches and the plan against the period.
 * Pure: knows nothing of files, JSON or databases.
 */
public final class UsageEngine {
    static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");
    /** The limit names, in the order breaches are listed. */
    static final List<String> LIMIT_ORDER = List.of("requests_per_minute", "requests_per_hour", "requests_per_day",
            "requests_per_month", "tokens_per_minute", "tokens_per_hour", "tokens_per_day", "tokens_per_month",
            "max_budget_usd");

    /**
     * @param zone          time zone of days, hours, minutes and months
     * @param from          first day asked for, or null
     * @param to            last day asked for, or null
     * @param scenario      the plan to check against, or null
     * @param premium       users who get the scenario's premium limits
     * @param dailyAlarmUsd the daily cost alarm, or null (then the scenario's cost budget / 30, if any)
     */
    public record Options(ZoneId zone, LocalDate from, LocalDate to, Scenario scenario, Set<String> premium,
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

    private static final class Acc {
        long requests;
        long failures;
        long prompt;
        long completion;
        long cached;
        long cacheWrite;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal spend = BigDecimal.ZERO;
        long credits;
        long unpriced;
        final Set<String> names = new TreeSet<>();

        void add(UsageCell c, BigDecimal cellCost, long cellCredits) {
            requests += c.requests();
            failures += c.failures();
            prompt += c.promptTokens();
            completion += c.completionTokens();
            cached += c.cachedTokens();
            cacheWrite += c.cacheWriteTokens();
            spend = spend.add(c.spend());
            credits += cellCredits;
            if (cellCost != null) {
                cost = cost.add(cellCost);
            } else {
                unpriced += c.requests();
            }
        }

        long tokens() {
            return prompt + completion;
        }
    }

    public UsageReport report(UsageData data, Options o) {
        Scenario s = o.scenario();
        ModelResolver.Cached resolver = new ModelResolver.Cached(new ModelResolver(catalog, s));
        Acc total = new Acc();
        Map<String, Acc> users = new HashMap<>();
        Map<ModelKey, Acc> models = new HashMap<>();
        Map<ModelKey, Integer> creditsPer = new HashMap<>();
        Map<ModelKey, String> creditSource = new HashMap<>();
        Map<LocalDate, Acc> days = new TreeMap<>();
        Map<String, Acc> teams = new HashMap<>();
        Map<String, Map<LocalDate, Acc>> userDays = new HashMap<>();
        Map<String, Map<YearMonth, Acc>> userMonths = new HashMap<>();
        Map<List<String>, Acc> unpriced = new HashMap<>();
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
                Integer perRequest = creditsPer.computeIfAbsent(key, k -> credit(k, r.model(), creditSource));
                credits = perRequest == null ? 0 : Math.multiplyExact(perRequest, c.requests() - c.failures());
                if (r.model().hasPrice()) {
                    cost = c.cacheHit() ? BigDecimal.ZERO : cost(c, r.model());
                    if (!c.cacheHit() && r.model().at(c.day()).cacheWrite() == null) {
                        writeTokensAtInput += c.cacheWriteTokens();
                    }
                    Acc m = models.computeIfAbsent(key, k -> new Acc());
                    m.add(c, cost, credits);
                    if (!c.modelGroup().isEmpty()) {
                        m.names.add(c.modelGroup());
                    }
                }
            }
            if (cost == null) {
                List<String> key = List.of(c.model(), c.modelGroup(), c.provider());
                unpriced.computeIfAbsent(key, k -> new Acc()).add(c, null, credits);
                unpricedWhy.putIfAbsent(key, r.found() ? "no $ price in the " + r.sheet().provider()
                        + " sheet for " + r.model().id() + " (" + r.model().noPriceReason() + ")" : r.reason());
            }
            if (c.cacheHit()) {
                responseCacheHits += c.requests();
            }
            total.add(c, cost, credits);
            users.computeIfAbsent(c.user(), k -> new Acc()).add(c, cost, credits);
            days.computeIfAbsent(c.day(), k -> new Acc()).add(c, cost, credits);
            if (!c.team().isEmpty()) {
                Acc t = teams.computeIfAbsent(c.team(), k -> new Acc());
                t.add(c, cost, credits);
                t.names.add(c.user());
            }
            userDays.computeIfAbsent(c.user(), k -> new HashMap<>()).computeIfAbsent(c.day(), k -> new Acc())
                    .add(c, cost, credits);
            userMonths.computeIfAbsent(c.user(), k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.from(c.day()), k -> new Acc()).add(c, cost, credits);
            durationMs += c.durationMs();
            timed += c.timedRequests();
        }

        UsageReport.Period period = period(o, days.keySet());
        BigDecimal budget = s == null ? null : costBudget(s);
        BigDecimal alarm = o.dailyAlarmUsd() != null ? o.dailyAlarmUsd()
                : budget == null ? null : budget.divide(THIRTY, MC);
        String alarmSource = o.dailyAlarmUsd() != null ? "--daily-alarm-usd"
                : budget == null ? null : "the " + s.name() + " scenario's cost budget / 30";

        long userCount = users.size();
        UsageReport.Summary summary = new UsageReport.Summary(userCount, total.requests, total.failures,
                pct(total.requests - total.failures, total.requests), total.prompt, total.completion, total.tokens(),
                total.cost, total.spend, total.credits,
                timed == 0 ? null : BigDecimal.valueOf(durationMs).divide(BigDecimal.valueOf(timed * 1000L), 3,
                        RoundingMode.HALF_UP),
                userCount == 0 ? null : total.cost.divide(BigDecimal.valueOf(userCount), 6, RoundingMode.HALF_UP),
                userCount == 0 ? null : strip(BigDecimal.valueOf(total.requests)
                        .divide(BigDecimal.valueOf(userCount), 2, RoundingMode.HALF_UP)),
                pct(total.cached, total.prompt), total.cached, total.cacheWrite, responseCacheHits, total.unpriced,
                unpriced.values().stream().map(a -> a.spend).reduce(BigDecimal.ZERO, BigDecimal::add));

        List<UserLine> userLines = new ArrayList<>();
        users.forEach((u, a) -> userLines.add(new UserLine(u, a.requests, a.failures, a.prompt, a.completion, a.cost,
                a.spend, a.credits, a.unpriced, o.premium().contains(u))));
        userLines.sort(Comparator.comparing(UserLine::costUsd).reversed().thenComparing(UserLine::user));

        List<ModelLine> modelLines = new ArrayList<>();
        models.forEach((k, a) -> modelLines.add(new ModelLine(k.provider(), k.model(), a.requests, a.prompt,
                a.completion, a.cached, a.cacheWrite, a.cost, a.spend, a.spend.subtract(a.cost), a.credits,
                creditsPer.get(k), creditSource.get(k), List.copyOf(a.names))));
        modelLines.sort(Comparator.comparing(ModelLine::costUsd).reversed().thenComparing(ModelLine::provider)
                .thenComparing(ModelLine::model));

        List<DayLine> dayLines = new ArrayList<>();
        if (period.from() != null) {
            for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
                Acc a = days.getOrDefault(d, new Acc());
                dayLines.add(new DayLine(d, a.requests, a.tokens(), a.cost, a.spend,
                        alarm != null && a.cost.compareTo(alarm) > 0));
            }
        }

        List<TeamLine> teamLines = new ArrayList<>();
        teams.forEach((t, a) -> teamLines.add(new TeamLine(t, a.names.size(), a.requests, a.tokens(), a.cost, a.spend,
                a.credits)));
        teamLines.sort(Comparator.comparing(TeamLine::costUsd).reversed().thenComparing(TeamLine::team));

        List<Unpriced> unpricedLines = new ArrayList<>();
        unpriced.forEach((k, a) -> unpricedLines.add(new Unpriced(k.get(0), k.get(1), k.get(2), a.requests, a.spend,
                unpricedWhy.get(k))));
        unpricedLines.sort(Comparator.comparingLong(Unpriced::requests).reversed().thenComparing(Unpriced::model)
                .thenComparing(Unpriced::modelGroup).thenComparing(Unpriced::customLlmProvider));

        List<Breach> breaches = s == null ? List.of() : breaches(s, o.premium(), data.windows(), userDays, userMonths);

        List<String> notes = new ArrayList<>();
        if (writeTokensAtInput > 0) {
            notes.add(writeTokensAtInput + " prompt tokens written to a prompt cache are priced at the input price "
                    + "(their sheets give no cache_write price)");
        }
        if (responseCacheHits > 0) {
            notes.add(responseCacheHits + " requests answered from LiteLLM's response cache cost nothing "
                    + "(no provider call), their credits are charged");
        }
        if (total.unpriced > 0) {
            notes.add(total.unpriced + " requests of models no sheet prices are not in cost_usd (see unpriced; "
                    + "LiteLLM's spend for them is in litellm_spend_usd)");
        }
        UsageReport.Plan plan = s == null ? null
                : plan(s, period, summary, userCount, budget, breaches, models, unpricedLines);
        return new UsageReport(data.source(), period, summary, userLines, modelLines, dayLines, teamLines, breaches,
                unpricedLines, alarm, alarmSource, plan,
                new UsageReport.Reading(data.rows(), data.duplicates(), data.skipped(), data.outside()), notes);
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
        BigDecimal micro = m.input().multiply(BigDecimal.valueOf(plain))
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
        LocalDate from = o.from() != null ? o.from() : days.stream().min(LocalDate::compareTo).orElse(null);
        LocalDate to = o.to() != null ? o.to() : days.stream().max(LocalDate::compareTo).orElse(null);
        if (from != null && to == null) {
            to = from;
        }
        if (to != null && from == null) {
            from = to;
        }
        long n = from == null ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
        return new UsageReport.Period(from, to, o.zone().getId(), n);
    }

    /** The scenario's monthly cost budget: users x price x cost margin / fx, as {@code pricing scenario} has it. */
    static BigDecimal costBudget(Scenario s) {
        return BigDecimal.valueOf(s.users()).multiply(s.pricePerUser()).multiply(s.costMargin())
                .divide(s.fxRate(), MC);
    }

    private static List<Breach> breaches(Scenario s, Set<String> premium, List<UsageWindow> windows,
            Map<String, Map<LocalDate, Acc>> userDays, Map<String, Map<YearMonth, Acc>> userMonths) {
        List<Breach> out = new ArrayList<>();
        for (UsageWindow w : windows) {
            boolean p = premium.contains(w.user());
            UserLimits l = p ? s.premiumLimits() : s.limits();
            String start = w.start().format(w.period() == LimitPeriod.MINUTE ? MINUTE : HOUR);
            check(out, w.user(), "requests_per_" + w.period().id(), start, w.requests(), l.requests().get(w.period()), p);
            check(out, w.user(), "tokens_per_" + w.period().id(), start, w.tokens(), l.tokens().get(w.period()), p);
        }
        userDays.forEach((user, byDay) -> byDay.forEach((day, a) -> {
            boolean p = premium.contains(user);
            UserLimits l = p ? s.premiumLimits() : s.limits();
            check(out, user, "requests_per_day", day.toString(), a.requests, l.requests().get(LimitPeriod.DAY), p);
            check(out, user, "tokens_per_day", day.toString(), a.tokens(), l.tokens().get(LimitPeriod.DAY), p);
        }));
        BigDecimal allowance = s.pricePerUser().multiply(s.costMargin()).divide(s.fxRate(), MC);
        userMonths.forEach((user, byMonth) -> byMonth.forEach((month, a) -> {
            boolean p = premium.contains(user);
            UserLimits l = p ? s.premiumLimits() : s.limits();
            check(out, user, "requests_per_month", month.toString(), a.requests, l.requests().get(LimitPeriod.MONTH), p);
            check(out, user, "tokens_per_month", month.toString(), a.tokens(), l.tokens().get(LimitPeriod.MONTH), p);
            BigDecimal cap = l.maxBudgetUsd() != null ? l.maxBudgetUsd()
                    : p ? allowance.multiply(s.premiumFactor()) : allowance;
            if (a.cost.compareTo(cap) > 0) {
                out.add(new Breach(user, "max_budget_usd", month.toString(), a.cost, cap, p));
            }
        }));
        out.sort(Comparator.comparing(Breach::user).thenComparing(b -> LIMIT_ORDER.indexOf(b.limit()))
                .thenComparing(Breach::window));
        return out;
    }

    private static void check(List<Breach> out, String user, String limit, String window, long used, Long cap,
            boolean premium) {
        if (cap != null && used > cap) {
            out.add(new Breach(user, limit, window, BigDecimal.valueOf(used), BigDecimal.valueOf(cap), premium));
        }
    }

    private static UsageReport.Plan plan(Scenario s, UsageReport.Period period, UsageReport.Summary sum, long users,
            BigDecimal budget, List<Breach> breaches, Map<ModelKey, Acc> models, List<Unpriced> unpriced) {
        BigDecimal share = BigDecimal.valueOf(period.days()).divide(THIRTY, MC);
        List<UsageReport.PlanLine> lines = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        BigDecimal n = BigDecimal.valueOf(Math.max(users, 1));
        BigDecimal planRequests = BigDecimal.valueOf(s.limits().requestsPerMonth()).multiply(share);
        BigDecimal planTokens = BigDecimal.valueOf(s.limits().tokensPerMonth()).multiply(share);
        BigDecimal actualRequests = BigDecimal.valueOf(sum.requests()).divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal actualTokens = BigDecimal.valueOf(sum.totalTokens()).divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal tpr = sum.requests() == 0 ? null
                : BigDecimal.valueOf(sum.totalTokens()).divide(BigDecimal.valueOf(sum.requests()), 2, RoundingMode.HALF_UP);
        BigDecimal inputShare = sum.totalTokens() == 0 ? null
                : BigDecimal.valueOf(sum.promptTokens()).divide(BigDecimal.valueOf(sum.totalTokens()), 4, RoundingMode.HALF_UP);
        BigDecimal periodBudget = budget.multiply(share).setScale(6, RoundingMode.HALF_UP);
        lines.add(new UsageReport.PlanLine("users", BigDecimal.valueOf(s.users()), BigDecimal.valueOf(users)));
        lines.add(new UsageReport.PlanLine("requests_per_user", strip(planRequests.setScale(2, RoundingMode.HALF_UP)),
                strip(actualRequests)));
        lines.add(new UsageReport.PlanLine("tokens_per_user", strip(planTokens.setScale(2, RoundingMode.HALF_UP)),
                strip(actualTokens)));
        lines.add(new UsageReport.PlanLine("tokens_per_request", BigDecimal.valueOf(s.tokensPerRequest()),
                tpr == null ? null : strip(tpr)));
        lines.add(new UsageReport.PlanLine("input_share", s.inputShare(), inputShare == null ? null : strip(inputShare)));
        lines.add(new UsageReport.PlanLine("cost_usd", periodBudget, sum.costUsd()));
        BigDecimal totalWeight = s.totalWeight();
        for (var entry : s.mix()) {
            Acc a = models.get(entry.key());
            long req = a == null ? 0 : a.requests;
            lines.add(new UsageReport.PlanLine("mix_share_pct:" + entry.alias(),
                    strip(entry.weight().multiply(HUNDRED).divide(totalWeight, 2, RoundingMode.HALF_UP)),
                    pct(req, sum.requests())));
        }

        if (users > s.users()) {
            checks.add(Check.warning(CheckCode.MORE_USERS_THAN_PLANNED, users, (long) s.users()));
        }
        if (tpr != null && differs(tpr, BigDecimal.valueOf(s.tokensPerRequest()), new BigDecimal("0.10"))) {
            checks.add(Check.warning(CheckCode.TOKENS_PER_REQUEST, strip(tpr), (long) s.tokensPerRequest()));
        }
        if (inputShare != null && inputShare.subtract(s.inputShare()).abs().compareTo(new BigDecimal("0.05")) > 0) {
            checks.add(Check.warning(CheckCode.TOKEN_SPLIT, inputShare, s.inputShare()));
        }
        if (sum.costUsd().compareTo(periodBudget) > 0) {
            checks.add(Check.warning(CheckCode.COST_OVER_BUDGET, sum.costUsd(), periodBudget, (long) period.days(),
                    sum.costUsd().subtract(periodBudget)));
        }
        if (actualRequests.compareTo(planRequests) > 0) {
            checks.add(Check.warning(CheckCode.REQUESTS_PER_USER, strip(actualRequests),
                    strip(planRequests.setScale(2, RoundingMode.HALF_UP))));
        }
        if (actualTokens.compareTo(planTokens) > 0) {
            checks.add(Check.warning(CheckCode.TOKENS_PER_USER, strip(actualTokens),
                    strip(planTokens.setScale(2, RoundingMode.HALF_UP))));
        }
        Set<String> over = new TreeSet<>();
        breaches.forEach(b -> over.add(b.user()));
        if (!over.isEmpty()) {
            checks.add(Check.warning(CheckCode.USERS_OVER_LIMITS, (long) over.size(), users));
        }
        for (var entry : s.mix()) {
            Acc a = models.get(entry.key());
            BigDecimal actual = pct(a == null ? 0 : a.requests, sum.requests());
            BigDecimal planned = entry.weight().multiply(HUNDRED).divide(totalWeight, 2, RoundingMode.HALF_UP);
            if (actual != null && actual.subtract(planned).abs().compareTo(BigDecimal.TEN) > 0) {
                checks.add(Check.info(CheckCode.MIX_SHARE, entry.alias(), entry.key().toString(), actual, strip(planned)));
            }
        }
        if (!unpriced.isEmpty()) {
            checks.add(Check.warning(CheckCode.UNPRICED_MODELS, (long) unpriced.size()));
        }
        return new UsageReport.Plan(s.name(), lines, checks);
    }

    private static boolean differs(BigDecimal actual, BigDecimal plan, BigDecimal tolerance) {
        return plan.signum() != 0 && actual.subtract(plan).abs().divide(plan, MC).compareTo(tolerance) > 0;
    }

    /** part / whole x 100 to 2 decimals HALF_UP, trailing zeros dropped; null when whole is 0. */
    static BigDecimal pct(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return strip(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP));
    }

    static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The thresholds a source needs for minute and hour windows: the lowest cap of each, standard or premium. */
    public static Map<LimitPeriod, Long> floors(Map<LimitPeriod, Long> standard, Map<LimitPeriod, Long> premium) {
        Map<LimitPeriod, Long> out = new HashMap<>();
        for (LimitPeriod p : List.of(LimitPeriod.MINUTE, LimitPeriod.HOUR)) {
            Long a = standard.get(p);
            Long b = premium.get(p);
            if (a != null || b != null) {
                out.put(p, Math.min(a == null ? Long.MAX_VALUE : a, b == null ? Long.MAX_VALUE : b));
            }
        }
        return out;
    }
}

package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.UserLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scenario's per-user limits against the period: every minute, hour, day and month over a cap.
 */
public final class UsageBreaches {
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    /** The limit names, in the order breaches are listed. */
    static final List<String> LIMIT_ORDER =
            List.of(
                    "requests_per_minute",
                    "requests_per_hour",
                    "requests_per_day",
                    "requests_per_month",
                    "tokens_per_minute",
                    "tokens_per_hour",
                    "tokens_per_day",
                    "tokens_per_month",
                    "max_budget_usd");

    private UsageBreaches() {}

    static List<Breach> breaches(
            Scenario s,
            Set<String> premium,
            List<UsageWindow> windows,
            Map<String, Map<LocalDate, UsageAcc>> userDays,
            Map<String, Map<YearMonth, UsageAcc>> userMonths) {
        List<Breach> out = new ArrayList<>();
        for (UsageWindow w : windows) {
            boolean p = premium.contains(w.user());
            UserLimits l = p ? s.premiumLimits() : s.limits();
            String start = w.start().format(w.period() == LimitPeriod.MINUTE ? MINUTE : HOUR);
            check(
                    out,
                    w.user(),
                    "requests_per_" + w.period().id(),
                    start,
                    w.requests(),
                    l.requests().get(w.period()),
                    p);
            check(
                    out,
                    w.user(),
                    "tokens_per_" + w.period().id(),
                    start,
                    w.tokens(),
                    l.tokens().get(w.period()),
                    p);
        }
        userDays.forEach(
                (user, byDay) ->
                        byDay.forEach(
                                (day, a) -> {
                                    boolean p = premium.contains(user);
                                    UserLimits l = p ? s.premiumLimits() : s.limits();
                                    check(
                                            out,
                                            user,
                                            "requests_per_day",
                                            day.toString(),
                                            a.requests,
                                            l.requests().get(LimitPeriod.DAY),
                                            p);
                                    check(
                                            out,
                                            user,
                                            "tokens_per_day",
                                            day.toString(),
                                            a.tokens(),
                                            l.tokens().get(LimitPeriod.DAY),
                                            p);
                                }));
        BigDecimal allowance =
                s.pricePerUser().multiply(s.costMargin()).divide(s.fxRate(), UsageEngine.MC);
        userMonths.forEach(
                (user, byMonth) ->
                        byMonth.forEach(
                                (month, a) -> {
                                    boolean p = premium.contains(user);
                                    UserLimits l = p ? s.premiumLimits() : s.limits();
                                    check(
                                            out,
                                            user,
                                            "requests_per_month",
                                            month.toString(),
                                            a.requests,
                                            l.requests().get(LimitPeriod.MONTH),
                                            p);
                                    check(
                                            out,
                                            user,
                                            "tokens_per_month",
                                            month.toString(),
                                            a.tokens(),
                                            l.tokens().get(LimitPeriod.MONTH),
                                            p);
                                    BigDecimal cap =
                                            l.maxBudgetUsd() != null
                                                    ? l.maxBudgetUsd()
                                                    : p
                                                            ? allowance.multiply(s.premiumFactor())
                                                            : allowance;
                                    if (a.cost.compareTo(cap) > 0) {
                                        out.add(
                                                new Breach(
                                                        user,
                                                        "max_budget_usd",
                                                        month.toString(),
                                                        a.cost,
                                                        cap,
                                                        p));
                                    }
                                }));
        out.sort(
                Comparator.comparing(Breach::user)
                        .thenComparing(b -> LIMIT_ORDER.indexOf(b.limit()))
                        .thenComparing(Breach::window));
        return out;
    }

    private static void check(
            List<Breach> out,
            String user,
            String limit,
            String window,
            long used,
            Long cap,
            boolean premium) {
        if (cap != null && used > cap) {
            out.add(
                    new Breach(
                            user,
                            limit,
                            window,
                            BigDecimal.valueOf(used),
                            BigDecimal.valueOf(cap),
                            premium));
        }
    }

    /**
     * The thresholds a source needs for minute and hour windows: the lowest cap of each, standard
     * or premium.
     */
    public static Map<LimitPeriod, Long> floors(
            Map<LimitPeriod, Long> standard, Map<LimitPeriod, Long> premium) {
        Map<LimitPeriod, Long> out = new HashMap<>();
        for (LimitPeriod p : List.of(LimitPeriod.MINUTE, LimitPeriod.HOUR)) {
            Long a = standard.get(p);
            Long b = premium.get(p);
            if (a != null || b != null) {
                out.put(
                        p,
                        Math.min(a == null ? Long.MAX_VALUE : a, b == null ? Long.MAX_VALUE : b));
            }
        }
        return out;
    }
}

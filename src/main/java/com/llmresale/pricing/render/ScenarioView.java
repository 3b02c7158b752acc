package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.LeverWaterfall;
import com.llmresale.pricing.engine.ScenarioEngine;
import com.llmresale.pricing.engine.ScenarioReport;
import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Overrides;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.UserLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code pricing scenario NAME}: revenue, budget, mix, capacity, worst case, break-even, levers and
 * checks. Money is shown in USD to 2 decimals, HALF_UP, rounded here and only here.
 */
public final class ScenarioView implements View<ScenarioReport> {

    /** USD to cents, HALF_UP: the contract's rounding for money in reports. */
    static BigDecimal money(BigDecimal usd) {
        return usd == null ? null : usd.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal pct(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static BigDecimal whole(BigDecimal value) {
        return value == null ? null : value.setScale(0, RoundingMode.HALF_UP);
    }

    /** A token count; null for "unlimited" (a free model). */
    static Long tokens(long value) {
        return value == Long.MAX_VALUE ? null : value;
    }

    /** Dollars to the cent for the charts. */
    static String usd(BigDecimal value) {
        return Fmt.ENGLISH.usdCents(value);
    }

    @Override
    public Doc document(ScenarioReport r) {
        return document(r, Words.ENGLISH);
    }

    @Override
    public Doc document(ScenarioReport r, Words words) {
        return new Page(r, words, false).build();
    }

    /** The document with a title and charts ({@link ScenarioCharts}) beside the tables. */
    @Override
    public Doc html(ScenarioReport r) {
        return html(r, Words.ENGLISH);
    }

    @Override
    public Doc html(ScenarioReport r, Words words) {
        return new Page(r, words, true).build();
    }

    /** One report laid out in one language. */
    private static final class Page {
        private final ScenarioReport r;
        private final Scenario s;
        private final Words w;
        private final Fmt f;
        private final boolean html;

        Page(ScenarioReport r, Words w, boolean html) {
            this.r = r;
            this.s = r.scenario();
            this.w = w;
            this.f = w.fmt();
            this.html = html;
        }

        private String t(String key) {
            return w.get("scenario." + key);
        }

        private String t(String key, Object... args) {
            return w.format("scenario." + key, args);
        }

        private String usd(BigDecimal value) {
            return f.usdCents(value);
        }

        private String local(BigDecimal amount) {
            return f.money(amount, s.currency());
        }

        private String count(long value) {
            return value == Long.MAX_VALUE ? w.get("word.unlimited") : f.count(value);
        }

        private Grid.Column text(String key) {
            return Grid.Column.text(t("col." + key));
        }

        private Grid.Column number(String key) {
            return Grid.Column.number(t("col." + key));
        }

        Doc build() {
            Doc.Builder doc = Doc.builder();
            if (html) {
                doc.title(t("title", s.name()));
            }
            doc.paragraph(
                    t("title", s.name()) + (s.description() == null ? "" : ": " + s.description()),
                    t("from", s.file() == null ? t("built_in") : s.file()));
            if (!r.overrides().isEmpty()) {
                doc.paragraph(
                        t(
                                "overrides",
                                String.join(
                                        ", ",
                                        r.overrides().stream().map(this::override).toList())));
            }

            doc.heading(t("revenue_and_budget"));
            Grid.Builder money = Grid.builder(text("item"), number("value"), text("how"));
            money.row(t("users"), f.count(s.users()), "");
            money.row(t("price_per_user"), local(s.pricePerUser()), t("per_month"));
            money.row(t("revenue"), local(r.revenueLocal()), t("revenue.how"));
            money.row(
                    t("fx_rate"),
                    f.number(s.fxRate()) + " " + Fmt.currencyName(s.currency()) + "/USD",
                    "");
            money.row(t("revenue_usd"), usd(r.revenueUsd()), t("revenue_usd.how"));
            money.row(t("cost_margin"), f.share(s.costMargin(), 1), t("cost_margin.how"));
            money.row(t("cost_budget"), usd(r.costBudgetUsd()), t("cost_budget.how"));
            money.row(t("gross_margin"), usd(r.grossMarginUsd()), t("gross_margin.how"));
            money.row(t("revenue_per_user"), usd(r.perUser().revenueUsd()), "");
            money.row(
                    t("allowance_per_user"),
                    usd(r.perUser().costBudgetUsd()),
                    t("allowance_per_user.how"));
            if (html) {
                doc.chart(ScenarioCharts.budgetSplit(r, w));
            }
            doc.grid(money.build());

            doc.heading(t("usage_at_limits"));
            Grid.Builder usage =
                    Grid.builder(
                            text("item"),
                            number("per_user"),
                            number("all_users"),
                            text("binding_cap"));
            usage.row(
                    w.get("word.requests"),
                    f.count(r.perUser().requestsPerMonth()),
                    f.count(r.totalRequests()),
                    binding(s.limits().requests(), r.perUser().requestsPerMonth()));
            usage.row(
                    w.get("word.tokens"),
                    f.count(r.perUser().tokensPerMonth()),
                    f.count(r.totalTokens()),
                    binding(s.limits().tokens(), r.perUser().tokensPerMonth()));
            doc.grid(usage.build());
            doc.paragraph(
                    t(
                            "token_split",
                            f.share(s.inputShare(), 1),
                            f.share(s.outputShare(), 1),
                            f.count(s.tokensPerRequest())));

            doc.heading(t("model_mix"));
            Grid.Builder mix =
                    Grid.builder(
                            text("alias"),
                            text("model"),
                            number("weight"),
                            number("budget_share"),
                            number("usd_per_mtok"),
                            number("tokens_budget_buys"),
                            number("worst_case_traffic"),
                            number("peak_rpm"),
                            number("peak_tpm"));
            for (ScenarioReport.MixLine m : r.mix()) {
                MixEntry e = m.entry();
                mix.row(
                        e.alias(),
                        e.provider() + ":" + e.model(),
                        f.number(plain(e.weight())),
                        usd(m.budgetUsd()),
                        f.price(m.usdPerMtok()),
                        count(m.tokensBudgetBuys()),
                        usd(m.worstCaseUsd()),
                        peak(m.peakRpm(), e.rpm()),
                        peak(m.peakTpm(), e.tpm()));
            }
            doc.grid(mix.build());
            doc.paragraph(t("weight_note"));

            ScenarioReport.WorstCase wc = r.worstCase();
            ScenarioReport.BreakEven b = r.breakEven();
            doc.heading(t("capacity"));
            Grid.Builder cap = Grid.builder(text("item"), number("value"), text("how"));
            cap.row(
                    t("blended_price"),
                    t("per_mtok", f.usd(r.blendedUsdPerMtok())),
                    t("blended_price.how"));
            cap.row(t("budget_buys"), count(r.tokensBudgetBuys()), t("budget_buys.how"));
            cap.row(t("limits_allow"), f.count(r.totalTokens()), t("limits_allow.how"));
            cap.row(t("worst_case_cost"), usd(wc.costUsd()), t("worst_case_cost.how"));
            cap.row(
                    wc.overBudget() ? t("over_budget_by") : t("under_budget_by"),
                    usd(wc.overBudgetUsd().abs()),
                    "");
            cap.row(
                    t("worst_case_margin"),
                    usd(wc.grossMarginUsd()) + " (" + f.share(wc.marginShare(), 1) + ")",
                    t("worst_case_margin.how"));
            cap.row(
                    t("target_price"),
                    local(b.pricePerUserLocal()),
                    t("target_price.how", f.share(s.costMargin(), 1)));
            cap.row(
                    t("break_even_price"),
                    local(b.zeroMarginPriceLocal()),
                    t("break_even_price.how"));
            cap.row(t("users_covered"), count(b.usersWithinBudget()), t("users_covered.how"));
            cap.row(
                    t("allowance_cap"),
                    count(b.tokensPerUserWithinAllowance()),
                    t("allowance_cap.how"));
            if (html) {
                doc.chart(ScenarioCharts.worstCase(r, w));
            }
            doc.grid(cap.build());

            if (r.levers() != null) {
                levers(doc, r.levers());
            }

            doc.heading(t("checks", f.count(r.checks().size())));
            Grid.Builder checks = Grid.builder(text("severity"), text("code"), text("message"));
            for (Check c : r.checks()) {
                if (c.severity() == Check.Severity.WARNING) {
                    checks.warning(w.severity(c.severity()), c.code().name(), w.check(c));
                } else {
                    checks.row(w.severity(c.severity()), c.code().name(), w.check(c));
                }
            }
            doc.grid(checks.build());
            return doc.build();
        }

        private void levers(Doc.Builder doc, LeverWaterfall l) {
            doc.heading(t("levers"));
            if (html) {
                doc.chart(ScenarioCharts.waterfall(r, w));
            }
            Grid.Builder g =
                    Grid.builder(
                            text("step"),
                            number("setting"),
                            number("cost"),
                            number("saving"),
                            number("users_covered"),
                            text("what_it_does"));
            g.row(t("before"), "", usd(l.beforeUsd()), "", count(l.usersBefore()), t("no_lever"));
            BigDecimal previous = l.beforeUsd();
            for (LeverWaterfall.Step step : l.steps()) {
                BigDecimal saving = saving(previous, step.costUsd());
                g.row(
                        step.lever(),
                        f.plain(plain(step.setting())),
                        usd(step.costUsd()),
                        (saving.signum() > 0 ? "-" : "") + f.usd(saving),
                        count(step.usersWithinBudget()),
                        step.note());
                previous = step.costUsd();
            }
            doc.grid(g.build());
            doc.paragraph(
                    t("levers_after", usd(r.costBudgetUsd()), count(l.usersAfter()), more(l)));
        }

        private String more(LeverWaterfall l) {
            if (l.usersAfter() == Long.MAX_VALUE || l.usersBefore() == Long.MAX_VALUE) {
                return w.get("word.unlimited");
            }
            return f.count(l.usersAfter() - l.usersBefore());
        }

        private String override(Overrides.Change c) {
            return c.field()
                    + " "
                    + (c.file() == null ? t("not_set") : f.plain(plain(c.file())))
                    + " -> "
                    + f.plain(plain(c.used()));
        }

        private String peak(BigDecimal peak, Long limit) {
            if (peak == null) {
                return "";
            }
            return f.count(whole(peak).longValueExact())
                    + "/"
                    + (limit == null ? "-" : f.count(limit));
        }

        private String binding(Map<LimitPeriod, Long> caps, long monthly) {
            List<String> binding = new ArrayList<>();
            caps.forEach(
                    (p, v) -> {
                        if (v * p.perMonth() == monthly) {
                            binding.add(t("per_period", f.count(v), w.get("per." + p.id())));
                        }
                    });
            return String.join(", ", binding);
        }
    }

    /**
     * A lever's saving as shown: the difference of the rounded costs before and after it, so that
     * the rows add up to the cent (cost before - saving = cost after; the savings sum to the
     * total).
     */
    static BigDecimal saving(BigDecimal before, BigDecimal after) {
        return money(before).subtract(money(after));
    }

    @Override
    public Grid csv(ScenarioReport r) {
        return Flat.grid(json(r));
    }

    @Override
    public Object json(ScenarioReport r) {
        Scenario s = r.scenario();
        List<Object> mix = new ArrayList<>();
        for (ScenarioReport.MixLine m : r.mix()) {
            MixEntry e = m.entry();
            mix.add(
                    Json.obj(
                            "alias", e.alias(),
                            "provider", e.provider(),
                            "model", e.model(),
                            "weight", plain(e.weight()),
                            "budget_usd", money(m.budgetUsd()),
                            "share", plain(m.share()),
                            "usd_per_mtok", m.usdPerMtok(),
                            "tokens_budget_buys", tokens(m.tokensBudgetBuys()),
                            "worst_case_tokens", whole(m.worstCaseTokens()),
                            "worst_case_usd", money(m.worstCaseUsd()),
                            "rpm_limit", e.rpm(),
                            "tpm_limit", e.tpm(),
                            "peak_rpm", m.peakRpm() == null ? null : plain(m.peakRpm()),
                            "peak_tpm", m.peakTpm() == null ? null : plain(m.peakTpm())));
        }
        List<Object> checks = new ArrayList<>();
        for (Check c : r.checks()) {
            checks.add(
                    Json.obj(
                            "severity",
                            c.severity().name(),
                            "code",
                            c.code().name(),
                            "message",
                            Words.ENGLISH.check(c)));
        }
        ScenarioReport.WorstCase w = r.worstCase();
        ScenarioReport.BreakEven b = r.breakEven();
        Map<String, Object> out =
                Json.obj(
                        "scenario", s.name(),
                        "description", s.description(),
                        "users", s.users(),
                        "currency", s.currency(),
                        "price_per_user", s.pricePerUser(),
                        "revenue_local", r.revenueLocal(),
                        "fx_rate", s.fxRate(),
                        "revenue_usd", money(r.revenueUsd()),
                        "cost_margin", s.costMargin(),
                        "cost_budget_usd", money(r.costBudgetUsd()),
                        "gross_margin_usd", money(r.grossMarginUsd()),
                        "per_user",
                                Json.obj(
                                        "revenue_usd", money(r.perUser().revenueUsd()),
                                        "cost_budget_usd", money(r.perUser().costBudgetUsd()),
                                        "requests_per_month", r.perUser().requestsPerMonth(),
                                        "tokens_per_month", r.perUser().tokensPerMonth()),
                        "model_mix", mix,
                        "totals",
                                Json.obj(
                                        "requests_per_month", r.totalRequests(),
                                        "tokens_per_month", r.totalTokens()),
                        "tokens_per_request", s.tokensPerRequest(),
                        "token_split", Json.obj("input", s.inputShare(), "output", s.outputShare()),
                        "limits", limits(s.limits()),
                        "premium_limits", limits(s.premiumLimits()),
                        "blended_usd_per_mtok", r.blendedUsdPerMtok(),
                        "budget_buys_tokens_per_month", tokens(r.tokensBudgetBuys()),
                        "worst_case",
                                Json.obj(
                                        "tokens_per_month", w.tokensPerMonth(),
                                        "cost_usd", money(w.costUsd()),
                                        "cost_per_user_usd", money(w.costPerUserUsd()),
                                        "over_budget_usd", money(w.overBudgetUsd()),
                                        "within_budget", !w.overBudget(),
                                        "gross_margin_usd", money(w.grossMarginUsd()),
                                        "margin_pct", pct(w.marginShare())),
                        "break_even",
                                Json.obj(
                                        "price_per_user_local", b.pricePerUserLocal(),
                                        "target_margin_price_per_user_local", b.pricePerUserLocal(),
                                        "zero_margin_price_per_user_local",
                                                b.zeroMarginPriceLocal(),
                                        "users_within_budget", tokens(b.usersWithinBudget()),
                                        "tokens_per_user_within_allowance",
                                                tokens(b.tokensPerUserWithinAllowance())),
                        "proxy_mix_alias", ScenarioEngine.mixAlias(s));
        if (r.levers() != null) {
            out.put("levers", levers(r.levers()));
        }
        Map<String, Object> overrides = Json.obj();
        for (Overrides.Change c : r.overrides()) {
            overrides.put(
                    c.field(),
                    Json.obj(
                            "file",
                            c.file() == null ? null : plain(c.file()),
                            "used",
                            plain(c.used())));
        }
        out.put("overrides", overrides);
        out.put("checks", checks);
        return out;
    }

    private static Map<String, Object> levers(LeverWaterfall l) {
        List<Object> steps = new ArrayList<>();
        BigDecimal previous = l.beforeUsd();
        for (LeverWaterfall.Step step : l.steps()) {
            BigDecimal saving = saving(previous, step.costUsd());
            previous = step.costUsd();
            steps.add(
                    Json.obj(
                            "lever", step.lever(),
                            "setting", plain(step.setting()),
                            "cost_usd", money(step.costUsd()),
                            "saving_usd", saving,
                            "users_within_budget", tokens(step.usersWithinBudget()),
                            "note", step.note()));
        }
        boolean unlimited = l.usersAfter() == Long.MAX_VALUE || l.usersBefore() == Long.MAX_VALUE;
        return Json.obj(
                "before_usd", money(l.beforeUsd()),
                "after_usd", money(l.afterUsd()),
                "saving_usd", saving(l.beforeUsd(), l.afterUsd()),
                "users_within_budget_before", tokens(l.usersBefore()),
                "users_within_budget_after", tokens(l.usersAfter()),
                "more_users", unlimited ? null : l.usersAfter() - l.usersBefore(),
                "steps", steps);
    }

    static Map<String, Object> limits(UserLimits l) {
        Map<String, Object> out = Json.obj();
        l.requests().forEach((p, v) -> out.put("requests_per_" + p.id(), v));
        l.tokens().forEach((p, v) -> out.put("tokens_per_" + p.id(), v));
        out.put("max_budget_usd", l.maxBudgetUsd() == null ? null : plain(l.maxBudgetUsd()));
        out.put("budget_duration", l.budgetDuration());
        return out;
    }

    /**
     * Flattens a JSON tree into {@code key,value} rows: {@code per_user.revenue_usd}, {@code
     * model_mix[autox].weight}.
     */
    static final class Flat {
        private Flat() {}

        static Grid grid(Object tree) {
            // values are numbers or text: as a number column, a plain decimal is written as it is,
            // text neutralised
            Grid.Builder g = Grid.builder(Grid.Column.text("key"), Grid.Column.number("value"));
            walk("", tree, g);
            return g.build();
        }

        private static void walk(String prefix, Object value, Grid.Builder g) {
            if (value instanceof Map<?, ?> map) {
                map.forEach(
                        (k, v) -> walk(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, g));
            } else if (value instanceof Collection<?> list) {
                int i = 0;
                for (Object item : list) {
                    String label = String.valueOf(i++);
                    if (item instanceof Map<?, ?> m && m.get("alias") instanceof String alias) {
                        label = alias;
                    } else if (item instanceof Map<?, ?> m
                            && m.get("lever") instanceof String lever) {
                        label = lever;
                    }
                    walk(prefix + "[" + label + "]", item, g);
                }
            } else {
                g.row(
                        prefix,
                        value == null
                                ? ""
                                : value instanceof BigDecimal d
                                        ? d.toPlainString()
                                        : value.toString());
            }
        }
    }
}

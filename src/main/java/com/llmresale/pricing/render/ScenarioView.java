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
 * {@code pricing scenario NAME}: revenue, budget, mix, capacity, worst case, break-even, levers
 * and checks. Money is shown in USD to 2 decimals, HALF_UP, rounded here and only here.
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

    static String usd(BigDecimal value) {
        return Fmt.ENGLISH.usdCents(value);
    }

    @Override
    public Doc document(ScenarioReport r) {
        return document(r, false);
    }

    /** The document with a title and charts ({@link ScenarioCharts}) beside the tables. */
    @Override
    public Doc html(ScenarioReport r) {
        return document(r, true);
    }

    private Doc document(ScenarioReport r, boolean html) {
        Scenario s = r.scenario();
        Doc.Builder doc = Doc.builder();
        if (html) {
            doc.title("Scenario " + s.name());
        }
        doc.paragraph("Scenario " + s.name() + (s.description() == null ? "" : ": " + s.description()),
                "From: " + (s.file() == null ? "(built in)" : s.file()));
        if (!r.overrides().isEmpty()) {
            doc.paragraph("Overrides: " + String.join(", ", r.overrides().stream().map(ScenarioView::override).toList())
                    + ". Every figure and check below uses them (the description above is the file's).");
        }

        doc.heading("Revenue and budget");
        Grid.Builder money = Grid.builder(Grid.Column.text("item"), Grid.Column.number("value"), Grid.Column.text("how"));
        money.row("users", String.valueOf(s.users()), "");
        money.row("price per user", s.pricePerUser().toPlainString() + " " + s.currency(), "per month");
        money.row("revenue", r.revenueLocal().toPlainString() + " " + s.currency(), "users x price");
        money.row("fx rate", s.fxRate().toPlainString() + " " + s.currency() + "/USD", "");
        money.row("revenue (USD)", usd(r.revenueUsd()), "revenue / fx rate");
        money.row("cost margin", Text.plain(pct(s.costMargin())) + "%", "share of revenue for the API");
        money.row("cost budget", usd(r.costBudgetUsd()), "revenue x cost margin");
        money.row("gross margin", usd(r.grossMarginUsd()), "revenue - cost budget");
        money.row("revenue per user", usd(r.perUser().revenueUsd()), "");
        money.row("cost allowance per user", usd(r.perUser().costBudgetUsd()), "cost budget / users");
        if (html) {
            doc.chart(ScenarioCharts.budgetSplit(r));
        }
        doc.grid(money.build());

        doc.heading("Usage at the limits (per month)");
        Grid.Builder usage = Grid.builder(Grid.Column.text("item"), Grid.Column.number("per user"),
                Grid.Column.number("all users"), Grid.Column.text("binding cap"));
        usage.row("requests", String.valueOf(r.perUser().requestsPerMonth()), String.valueOf(r.totalRequests()),
                binding(s.limits().requests(), r.perUser().requestsPerMonth()));
        usage.row("tokens", String.valueOf(r.perUser().tokensPerMonth()), String.valueOf(r.totalTokens()),
                binding(s.limits().tokens(), r.perUser().tokensPerMonth()));
        doc.grid(usage.build());
        doc.paragraph("Token split: " + Text.plain(pct(s.inputShare())) + "% input / "
                + Text.plain(pct(s.outputShare())) + "% output; " + s.tokensPerRequest() + " tokens per request.");

        doc.heading("Model mix");
        Grid.Builder mix = Grid.builder(Grid.Column.text("alias"), Grid.Column.text("model"),
                Grid.Column.number("weight"), Grid.Column.number("budget share"), Grid.Column.number("$/1M tok"),
                Grid.Column.number("tokens its budget buys"), Grid.Column.number("worst case at its traffic"),
                Grid.Column.number("peak rpm/limit"), Grid.Column.number("peak tpm/limit"));
        for (ScenarioReport.MixLine m : r.mix()) {
            MixEntry e = m.entry();
            mix.row(e.alias(), e.provider() + ":" + e.model(), plain(e.weight()).toPlainString(), usd(m.budgetUsd()),
                    Text.price(m.usdPerMtok()), count(m.tokensBudgetBuys()), usd(m.worstCaseUsd()),
                    peak(m.peakRpm(), e.rpm()), peak(m.peakTpm(), e.tpm()));
        }
        doc.grid(mix.build());
        doc.paragraph("A weight is the model's share of the traffic (the proxy's routing weight): the blended price, "
                + "the worst case and the peaks split tokens and requests by it. The budget share is the cost budget "
                + "split by the same weights, to compare each model's worst case with it.");

        ScenarioReport.WorstCase w = r.worstCase();
        ScenarioReport.BreakEven b = r.breakEven();
        doc.heading("Capacity, worst case and break-even");
        Grid.Builder cap = Grid.builder(Grid.Column.text("item"), Grid.Column.number("value"), Grid.Column.text("how"));
        cap.row("blended price", Text.usd(r.blendedUsdPerMtok()) + "/1M", "mix weights x sheet prices at the token split");
        cap.row("tokens the budget buys", count(r.tokensBudgetBuys()), "cost budget / blended price");
        cap.row("tokens the limits allow", String.valueOf(r.totalTokens()), "users x monthly token cap");
        cap.row("worst-case cost", usd(w.costUsd()), "every user at the full token cap");
        cap.row(w.overBudget() ? "over budget by" : "under budget by", usd(w.overBudgetUsd().abs()), "");
        cap.row("worst-case gross margin", usd(w.grossMarginUsd()) + " (" + Text.plain(pct(w.marginShare())) + "%)",
                "revenue - worst-case cost");
        cap.row("price for the target margin", b.pricePerUserLocal().toPlainString() + " " + s.currency(),
                "per user: the worst case costs " + Text.plain(pct(s.costMargin())) + "% of revenue");
        cap.row("break-even price", b.zeroMarginPriceLocal().toPlainString() + " " + s.currency(),
                "per user: the worst case costs all of revenue (zero gross margin)");
        cap.row("users the budget covers", count(b.usersWithinBudget()),
                "at the worst case per user, were this budget fixed (it grows with users)");
        cap.row("token cap the allowance pays", count(b.tokensPerUserWithinAllowance()), "per user per month");
        if (html) {
            doc.chart(ScenarioCharts.worstCase(r));
        }
        doc.grid(cap.build());

        if (r.levers() != null) {
            LeverWaterfall l = r.levers();
            doc.heading("Cost levers (worst-case month, applied in order)");
            if (html) {
                doc.chart(ScenarioCharts.waterfall(r));
            }
            Grid.Builder g = Grid.builder(Grid.Column.text("step"), Grid.Column.number("setting"),
                    Grid.Column.number("cost"), Grid.Column.number("saving"), Grid.Column.number("users covered"),
                    Grid.Column.text("what it does"));
            g.row("before", "", usd(l.beforeUsd()), "", count(l.usersBefore()), "no lever");
            BigDecimal previous = l.beforeUsd();
            for (LeverWaterfall.Step step : l.steps()) {
                BigDecimal saving = saving(previous, step.costUsd());
                g.row(step.lever(), plain(step.setting()).toPlainString(), usd(step.costUsd()),
                        (saving.signum() > 0 ? "-" : "") + Text.usd(saving), count(step.usersWithinBudget()), step.note());
                previous = step.costUsd();
            }
            doc.grid(g.build());
            doc.paragraph("After the levers the same " + usd(r.costBudgetUsd()) + " budget covers "
                    + count(l.usersAfter()) + " users at the worst case, " + more(l) + " more than before.");
        }

        doc.heading("Warnings (" + r.checks().size() + ")");
        Grid.Builder checks = Grid.builder(Grid.Column.text("severity"), Grid.Column.text("code"), Grid.Column.text("message"));
        for (Check c : r.checks()) {
            checks.row(c.severity().name(), c.code().name(), Words.ENGLISH.check(c));
        }
        doc.grid(checks.build());
        return doc.build();
    }

    private static String override(Overrides.Change c) {
        return c.field() + " " + (c.file() == null ? "(not set)" : plain(c.file()).toPlainString()) + " -> "
                + plain(c.used()).toPlainString();
    }

    /**
     * A lever's saving as shown: the difference of the rounded costs before and after it, so that
     * the rows add up to the cent (cost before - saving = cost after; the savings sum to the total).
     */
    static BigDecimal saving(BigDecimal before, BigDecimal after) {
        return money(before).subtract(money(after));
    }

    private static String more(LeverWaterfall l) {
        if (l.usersAfter() == Long.MAX_VALUE || l.usersBefore() == Long.MAX_VALUE) {
            return "unlimited";
        }
        return String.valueOf(l.usersAfter() - l.usersBefore());
    }

    private static String count(long value) {
        return value == Long.MAX_VALUE ? "unlimited" : Fmt.ENGLISH.count(value);
    }

    private static String peak(BigDecimal peak, Long limit) {
        if (peak == null) {
            return "";
        }
        return whole(peak).toPlainString() + "/" + (limit == null ? "-" : limit.toString());
    }

    private static String binding(Map<LimitPeriod, Long> caps, long monthly) {
        List<String> binding = new ArrayList<>();
        caps.forEach((p, v) -> {
            if (v * p.perMonth() == monthly) {
                binding.add(v + " per " + p.id());
            }
        });
        return String.join(", ", binding);
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
            mix.add(Json.obj(
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
            checks.add(Json.obj("severity", c.severity().name(), "code", c.code().name(), "message", Words.ENGLISH.check(c)));
        }
        ScenarioReport.WorstCase w = r.worstCase();
        ScenarioReport.BreakEven b = r.breakEven();
        Map<String, Object> out = Json.obj(
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
                "per_user", Json.obj(
                        "revenue_usd", money(r.perUser().revenueUsd()),
                        "cost_budget_usd", money(r.perUser().costBudgetUsd()),
                        "requests_per_month", r.perUser().requestsPerMonth(),
                        "tokens_per_month", r.perUser().tokensPerMonth()),
                "model_mix", mix,
                "totals", Json.obj(
                        "requests_per_month", r.totalRequests(),
                        "tokens_per_month", r.totalTokens()),
                "tokens_per_request", s.tokensPerRequest(),
                "token_split", Json.obj("input", s.inputShare(), "output", s.outputShare()),
                "limits", limits(s.limits()),
                "premium_limits", limits(s.premiumLimits()),
                "blended_usd_per_mtok", r.blendedUsdPerMtok(),
                "budget_buys_tokens_per_month", tokens(r.tokensBudgetBuys()),
                "worst_case", Json.obj(
                        "tokens_per_month", w.tokensPerMonth(),
                        "cost_usd", money(w.costUsd()),
                        "cost_per_user_usd", money(w.costPerUserUsd()),
                        "over_budget_usd", money(w.overBudgetUsd()),
                        "within_budget", !w.overBudget(),
                        "gross_margin_usd", money(w.grossMarginUsd()),
                        "margin_pct", pct(w.marginShare())),
                "break_even", Json.obj(
                        "price_per_user_local", b.pricePerUserLocal(),
                        "target_margin_price_per_user_local", b.pricePerUserLocal(),
                        "zero_margin_price_per_user_local", b.zeroMarginPriceLocal(),
                        "users_within_budget", tokens(b.usersWithinBudget()),
                        "tokens_per_user_within_allowance", tokens(b.tokensPerUserWithinAllowance())),
                "proxy_mix_alias", ScenarioEngine.mixAlias(s));
        if (r.levers() != null) {
            out.put("levers", levers(r.levers()));
        }
        Map<String, Object> overrides = Json.obj();
        for (Overrides.Change c : r.overrides()) {
            overrides.put(c.field(), Json.obj("file", c.file() == null ? null : plain(c.file()), "used", plain(c.used())));
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
            steps.add(Json.obj(
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

    /** Flattens a JSON tree into {@code key,value} rows: {@code per_user.revenue_usd}, {@code model_mix[autox].weight}. */
    static final class Flat {
        private Flat() {
        }

        static Grid grid(Object tree) {
            // values are numbers or text: as a number column, a plain decimal is written as it is, text neutralised
            Grid.Builder g = Grid.builder(Grid.Column.text("key"), Grid.Column.number("value"));
            walk("", tree, g);
            return g.build();
        }

        private static void walk(String prefix, Object value, Grid.Builder g) {
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> walk(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, g));
            } else if (value instanceof Collection<?> list) {
                int i = 0;
                for (Object item : list) {
                    String label = String.valueOf(i++);
                    if (item instanceof Map<?, ?> m && m.get("alias") instanceof String alias) {
                        label = alias;
                    } else if (item instanceof Map<?, ?> m && m.get("lever") instanceof String lever) {
                        label = lever;
                    }
                    walk(prefix + "[" + label + "]", item, g);
                }
            } else {
                g.row(prefix, value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString());
            }
        }
    }
}

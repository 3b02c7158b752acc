package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.ScenarioView.money;
import static com.llmresale.pricing.render.ScenarioView.pct;
import static com.llmresale.pricing.render.ScenarioView.plain;
import static com.llmresale.pricing.render.ScenarioView.saving;
import static com.llmresale.pricing.render.ScenarioView.tokens;
import static com.llmresale.pricing.render.ScenarioView.whole;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.LeverWaterfall;
import com.llmresale.pricing.engine.ScenarioEngine;
import com.llmresale.pricing.engine.ScenarioReport;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Overrides;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.UserLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scenario report as a JSON tree (the contract's keys), money rounded to the cent; the CSV is
 * this tree flattened ({@link FlatGrid}). Messages are in English whatever the language.
 */
final class ScenarioJson {
    private ScenarioJson() {}

    static Map<String, Object> tree(ScenarioReport r) {
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
                            "note", Words.ENGLISH.phrase(step.note())));
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

    private static Map<String, Object> limits(UserLimits l) {
        Map<String, Object> out = Json.obj();
        l.requests().forEach((p, v) -> out.put("requests_per_" + p.id(), v));
        l.tokens().forEach((p, v) -> out.put("tokens_per_" + p.id(), v));
        out.put("max_budget_usd", l.maxBudgetUsd() == null ? null : plain(l.maxBudgetUsd()));
        out.put("budget_duration", l.budgetDuration());
        return out;
    }
}

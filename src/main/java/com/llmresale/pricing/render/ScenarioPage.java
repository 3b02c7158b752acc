package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.ScenarioReport;
import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.Overrides;
import com.llmresale.pricing.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One scenario report laid out in one language: the title, revenue and budget, usage at the limits
 * and the checks here; the model mix ({@link ScenarioMixSection}), capacity ({@link
 * ScenarioCapacitySection}) and levers ({@link ScenarioLeverSection}) in sections of their own.
 */
final class ScenarioPage {
    private final ScenarioReport r;
    private final Scenario s;
    private final ScenarioWords x;
    private final boolean html;

    ScenarioPage(ScenarioReport r, Words w, boolean html) {
        this.r = r;
        this.s = r.scenario();
        this.x = new ScenarioWords(s, w);
        this.html = html;
    }

    Doc build() {
        Doc.Builder doc = Doc.builder();
        header(doc);
        revenueAndBudget(doc);
        usage(doc);
        ScenarioMixSection.add(doc, r, x);
        ScenarioCapacitySection.add(doc, r, x, html);
        if (r.levers() != null) {
            ScenarioLeverSection.add(doc, r, x, html);
        }
        checks(doc);
        return doc.build();
    }

    private void header(Doc.Builder doc) {
        if (html) {
            doc.title(x.t("title", s.name()));
        }
        doc.paragraph(
                x.t("title", s.name()) + (s.description() == null ? "" : ": " + s.description()),
                x.t("from", s.file() == null ? x.t("built_in") : s.file()));
        if (!r.overrides().isEmpty()) {
            doc.paragraph(
                    x.t(
                            "overrides",
                            String.join(
                                    ", ", r.overrides().stream().map(this::override).toList())));
        }
    }

    private void revenueAndBudget(Doc.Builder doc) {
        Fmt f = x.f;
        doc.heading(x.t("revenue_and_budget"));
        Grid.Builder money = Grid.builder(x.text("item"), x.number("value"), x.text("how"));
        money.row(x.t("users"), f.count(s.users()), "");
        money.row(x.t("price_per_user"), x.local(s.pricePerUser()), x.t("per_month"));
        money.row(x.t("revenue"), x.local(r.revenueLocal()), x.t("revenue.how"));
        money.row(
                x.t("fx_rate"),
                f.number(s.fxRate()) + " " + Fmt.currencyName(s.currency()) + "/USD",
                "");
        money.row(x.t("revenue_usd"), x.usd(r.revenueUsd()), x.t("revenue_usd.how"));
        money.row(x.t("cost_margin"), f.share(s.costMargin(), 1), x.t("cost_margin.how"));
        money.row(x.t("cost_budget"), x.usd(r.costBudgetUsd()), x.t("cost_budget.how"));
        money.row(x.t("gross_margin"), x.usd(r.grossMarginUsd()), x.t("gross_margin.how"));
        money.row(x.t("revenue_per_user"), x.usd(r.perUser().revenueUsd()), "");
        money.row(
                x.t("allowance_per_user"),
                x.usd(r.perUser().costBudgetUsd()),
                x.t("allowance_per_user.how"));
        if (html) {
            doc.chart(ScenarioCharts.budgetSplit(r, x.w));
        }
        doc.grid(money.build());
    }

    private void usage(Doc.Builder doc) {
        Fmt f = x.f;
        doc.heading(x.t("usage_at_limits"));
        Grid.Builder usage =
                Grid.builder(
                        x.text("item"),
                        x.number("per_user"),
                        x.number("all_users"),
                        x.text("binding_cap"));
        usage.row(
                x.w.get("word.requests"),
                f.count(r.perUser().requestsPerMonth()),
                f.count(r.totalRequests()),
                binding(s.limits().requests(), r.perUser().requestsPerMonth()));
        usage.row(
                x.w.get("word.tokens"),
                f.count(r.perUser().tokensPerMonth()),
                f.count(r.totalTokens()),
                binding(s.limits().tokens(), r.perUser().tokensPerMonth()));
        doc.grid(usage.build());
        doc.paragraph(
                x.t(
                        "token_split",
                        f.share(s.inputShare(), 1),
                        f.share(s.outputShare(), 1),
                        f.count(s.tokensPerRequest())));
    }

    private void checks(Doc.Builder doc) {
        Words w = x.w;
        doc.heading(x.t("checks", x.f.count(r.checks().size())));
        Grid.Builder checks = Grid.builder(x.text("severity"), x.text("code"), x.text("message"));
        for (Check c : r.checks()) {
            if (c.severity() == Check.Severity.WARNING) {
                checks.warning(w.severity(c.severity()), c.code().name(), w.check(c));
            } else {
                checks.row(w.severity(c.severity()), c.code().name(), w.check(c));
            }
        }
        doc.grid(checks.build());
    }

    private String override(Overrides.Change c) {
        return c.field()
                + " "
                + (c.file() == null ? x.t("not_set") : x.plain(c.file()))
                + " -> "
                + x.plain(c.used());
    }

    /** The caps that bind: those whose monthly equivalent is the monthly figure used. */
    private String binding(Map<LimitPeriod, Long> caps, long monthly) {
        List<String> binding = new ArrayList<>();
        caps.forEach(
                (p, v) -> {
                    if (v * p.perMonth() == monthly) {
                        binding.add(x.t("per_period", x.f.count(v), x.w.get("per." + p.id())));
                    }
                });
        return String.join(", ", binding);
    }
}

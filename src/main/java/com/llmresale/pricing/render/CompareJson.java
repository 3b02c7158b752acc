package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.CompareReport;
import com.llmresale.pricing.engine.PricedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code pricing compare} as JSON: providers, families, rankings and recommendations. */
final class CompareJson {
    private CompareJson() {}

    static Object json(CompareReport report) {
        List<Object> providers = new ArrayList<>();
        for (CompareReport.ProviderSummary p : report.providers()) {
            providers.add(
                    Json.obj(
                            "provider", p.provider(),
                            "active_models", p.activeModels(),
                            "min_credits", p.minCredits(),
                            "max_credits", p.maxCredits(),
                            "cheapest", p.cheapest().model(),
                            "most_expensive", p.mostExpensive().model(),
                            "name", p.name(),
                            "notes", p.notes()));
        }
        List<Object> families = new ArrayList<>();
        for (CompareReport.FamilyComparison f : report.families()) {
            List<Object> offers = new ArrayList<>();
            for (CompareReport.Offer o : f.offers()) {
                PricedModel m = o.model();
                Map<String, Object> offer =
                        Json.obj(
                                "provider", m.provider(),
                                "model", m.model(),
                                "credits", m.credits(),
                                "input_usd_per_mtok", m.inputUsdPerMtok(),
                                "output_usd_per_mtok", m.outputUsdPerMtok(),
                                "pinned", m.pinned(),
                                "free", m.free(),
                                "compared", o.compared(),
                                "usd_per_mtok_at_mix", report.mix().usdPerMtok(m));
                offers.add(offer);
            }
            families.add(
                    Json.obj(
                            "family", f.family(),
                            "offers", offers,
                            "cheapest_provider", f.cheapestProvider(),
                            "cheapest_credits", f.cheapestCredits(),
                            "runner_up", f.runnerUp(),
                            "runner_up_credits", f.runnerUpCredits(),
                            "tied_providers", f.tiedProviders(),
                            "cheaper_by_credits", f.cheaperByCredits(),
                            "cheapest_usd_per_mtok", f.cheapestUsd(),
                            "runner_up_usd_per_mtok", f.runnerUpUsd(),
                            "cheaper_by_usd_per_mtok", f.cheaperByUsd(),
                            "cheaper_by_pct", f.cheaperByPct(),
                            "credits_hide_price", f.creditsHidePrice(),
                            "verdict", CompareFamilySection.verdict(f, CompareWords.ENGLISH)));
        }
        List<Object> recommendations = new ArrayList<>();
        for (CompareReport.Recommendation r : report.recommendations()) {
            recommendations.add(
                    Json.obj(
                            "title", r.title(),
                            "tag", r.tag(),
                            "description", r.description(),
                            "models", brief(r.models(), r.standIns())));
        }
        List<Object> scenarios = new ArrayList<>();
        for (CompareReport.ScenarioPick s : report.scenarios()) {
            scenarios.add(
                    Json.obj(
                            "scenario", s.scenario(),
                            "tag", s.tag(),
                            "provider", s.model().provider(),
                            "model", s.model().model(),
                            "credits", s.model().credits(),
                            "why", s.why(),
                            "instead_of",
                                    s.taggedInstead() == null
                                            ? null
                                            : s.taggedInstead().key().toString()));
        }
        return Json.obj(
                "providers", providers,
                "families", families,
                "cheapest", brief(report.cheapest()),
                "most_expensive", brief(report.mostExpensive()),
                "baseline", PriceRowColumns.baselineJson(report.baseline()),
                "filter", report.filter(),
                "provider_filter", report.providerFilter(),
                "top", report.top(),
                "active_models", report.activeModels(),
                "recommendations", recommendations,
                "scenarios", scenarios,
                "token_mix",
                        Json.obj(
                                "input_share",
                                report.mix().inputShare(),
                                "source",
                                Words.ENGLISH.phrase(report.mix().source())));
    }

    private static List<Object> brief(List<PricedModel> models) {
        List<Object> out = new ArrayList<>();
        models.forEach(m -> out.add(briefRow(m)));
        return out;
    }

    /**
     * {@link #brief(List)} with, for a stand-in, the tagged model it replaces ({@code instead_of}).
     */
    private static List<Object> brief(List<PricedModel> models, List<PricedModel> standIns) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Map<String, Object> row = briefRow(models.get(i));
            if (standIns.get(i) != null) {
                row.put("instead_of", standIns.get(i).key().toString());
            }
            out.add(row);
        }
        return out;
    }

    private static Map<String, Object> briefRow(PricedModel m) {
        return Json.obj(
                "provider",
                m.provider(),
                "model",
                m.model(),
                "credits",
                m.credits(),
                "tier",
                m.tier().name());
    }
}

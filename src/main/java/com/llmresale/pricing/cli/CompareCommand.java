package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Comparison;
import com.llmresale.pricing.engine.CreditEngine;
import com.llmresale.pricing.engine.Phrase;
import com.llmresale.pricing.engine.PricedModel;
import com.llmresale.pricing.engine.TokenMix;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.RecommendationsLoader;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.render.CompareView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pricing compare}: providers side by side. */
@Command(
        name = "compare",
        description = {
            "Put providers side by side.",
            "Per provider: active models, credit range, cheapest and most expensive model. Every model family "
                    + "offered by more than one provider, with credits, $ prices and which provider is cheaper "
                    + "by how much in dollars at the token mix (50/50, or --scenario's split; equal credits can "
                    + "hide a price difference, and the report says so). Free tiers and pinned models without a "
                    + "$ price are shown, not compared. "
                    + "The --top cheapest and most expensive models, the sheets' provider notes, and "
                    + "recommendations from the sheets' model tags (labels in recommendations.yaml).",
            "A family is a model's `family` in its sheet; without one, its id with any vendor/ prefix "
                    + "stripped, lower-cased. With FAMILY_OR_MODEL arguments the table shows only those "
                    + "families (add --notes, --recommend for more); JSON and CSV always hold every section.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing compare",
            "  pricing compare gpt-oss-20b gpt-oss-120b",
            "  pricing compare llama-3.3-70b-versatile      the family of this model",
            "  pricing compare --provider gemini,groq,openai,together",
            "                                seed 001's four providers",
            "  pricing compare llama-3.1-8b --scenario balanced",
            "                                ranked at balanced's 75/25 token split",
            "  pricing compare gpt-oss-20b --notes --recommend",
            "                                with provider notes and recommendations",
            "  pricing compare --top 5 --format json%n"
        })
final class CompareCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "FAMILY_OR_MODEL",
            arity = "0..*",
            description = "Only these families (a family id, a model id or provider:model).")
    List<String> names = new ArrayList<>();

    @Option(
            names = "--provider",
            paramLabel = "P",
            split = ",",
            description =
                    "Only these providers (repeat the option or separate ids with commas): every figure is "
                            + "computed as if the other sheets were not there.")
    List<String> providers = new ArrayList<>();

    @Option(
            names = "--scenario",
            paramLabel = "NAME",
            description =
                    "Rank offers at this scenario's token split (default: 50/50, the credit rule's average).")
    String scenario;

    @Option(
            names = "--notes",
            description = "Show the sheets' provider notes (always in the full report).")
    boolean notes;

    @Option(
            names = "--recommend",
            description = "Show the recommendations (always in the full report).")
    boolean recommend;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "3",
            description =
                    "How many cheapest and most expensive models to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        Folder sheets = sheetsFolder();
        Catalog all = CatalogLoader.load(sheets).at(today());
        List<String> only =
                providers.stream().map(p -> ProviderOption.check(p, all, spec)).distinct().toList();
        Catalog catalog = all.onlyProviders(only);
        List<String> families = List.of();
        if (!names.isEmpty()) {
            List<PricedModel> active =
                    PricedModel.active(catalog, new CreditEngine(catalog.settings()), null);
            Comparison.Selection selection = Comparison.select(active, names);
            if (!selection.unknown().isEmpty() && !only.isEmpty()) {
                // known, but not at the providers asked for: say that rather than "no such model"
                List<PricedModel> everywhere =
                        PricedModel.active(all, new CreditEngine(all.settings()), null);
                List<String> elsewhere =
                        Comparison.select(everywhere, List.copyOf(selection.unknown().keySet()))
                                .families();
                if (!elsewhere.isEmpty()) {
                    throw usage(
                            "--provider "
                                    + String.join(",", only)
                                    + ": no active model of famil"
                                    + (elsewhere.size() == 1 ? "y " : "ies ")
                                    + String.join(", ", elsewhere)
                                    + " at these providers (`pricing compare "
                                    + elsewhere.get(0)
                                    + "` shows where it is offered)");
                }
            }
            if (!selection.unknown().isEmpty()) {
                throw usage(unknownMessage(selection.unknown()));
            }
            families = selection.families();
        }
        emit(
                new CompareView(notes, recommend),
                Comparison.report(
                        catalog, RecommendationsLoader.load(sheets), families, only, top, mix()));
        return ExitCodes.OK;
    }

    /** The token mix offers are ranked at: --scenario's split, else 50/50. */
    private TokenMix mix() {
        if (scenario == null) {
            return TokenMix.EVEN;
        }
        Scenario found = namedScenario("--scenario", scenario);
        return new TokenMix(found.inputShare(), Phrase.of("compare.mix.scenario", found.name()));
    }

    private static String unknownMessage(Map<String, List<String>> unknown) {
        List<String> parts = new ArrayList<>();
        unknown.forEach(
                (name, close) ->
                        parts.add(
                                "'"
                                        + name
                                        + "'"
                                        + (close.isEmpty()
                                                ? ""
                                                : " (did you mean: "
                                                        + String.join(", ", close)
                                                        + "?)")));
        return "no active model or family " + String.join(", ", parts);
    }
}

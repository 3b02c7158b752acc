package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.CreditEngine;
import com.llmresale.pricing.engine.MarginReport;
import com.llmresale.pricing.engine.Margins;
import com.llmresale.pricing.engine.Phrase;
import com.llmresale.pricing.engine.PricedModel;
import com.llmresale.pricing.engine.usage.ModelTraffic;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.render.MarginView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code pricing margin}: what one request of each model costs at a token mix against its credits.
 */
@Command(
        name = "margin",
        description = {
            "Are we making money? Per active priced model: the cost of one request at a token mix, the "
                    + "credits it is charged, the break-even $ per credit, fair_credits (what the credit rule "
                    + "would charge at this mix instead of at (input + output) / 2) and how a credit of it "
                    + "compares with a credit of the baseline.",
            "The mix: --scenario's tokens_per_request and token_split, or with --usage each model's own "
                    + "average prompt and completion tokens per request in LiteLLM spend logs (only the models "
                    + "in the logs are listed). With a credit value (--credit-value-usd, else the scenario's "
                    + "credits_per_user: revenue per user in USD / credits per user) also the margin per "
                    + "request and its %%; models below cost come first.",
            "Credits are the sheets' (pins win), as `pricing models` shows them.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing margin --scenario balanced",
            "  pricing margin --scenario balanced --credit-value-usd 0.0004",
            "  pricing margin --scenario balanced --provider together -f csv -o margin.csv",
            "  pricing margin --usage november.csv.gz --credit-value-usd 0.0004",
            "  pricing margin --usage logs.jsonl --scenario balanced",
            "                                mix from the logs, value from the",
            "                                scenario's credits_per_user",
            "",
            "Exit codes: 0 success, 1 bad data (a sheet, scenario or log file), 2 usage error.%n"
        })
final class MarginCommand extends BaseCommand implements Callable<Integer> {
    @Option(
            names = "--scenario",
            paramLabel = "NAME",
            description =
                    "The token mix (tokens_per_request, token_split) and, with credits_per_user, the credit value.")
    String scenarioName;

    @Option(
            names = "--usage",
            paramLabel = "SOURCE",
            arity = "1..*",
            description =
                    "Spend-log files (CSV, JSON, JSON lines, .gz; - for stdin): each model at its own "
                            + "average prompt and completion tokens per request.")
    List<String> usage = new ArrayList<>();

    @Option(
            names = "--credit-value-usd",
            paramLabel = "X",
            description =
                    "What one credit is worth in USD (default: the scenario's revenue per user / credits_per_user).")
    BigDecimal creditValue;

    @Mixin ProviderOption provider;

    @Override
    public Integer call() {
        requirePositive("--credit-value-usd", creditValue);
        if (scenarioName == null && usage.isEmpty()) {
            throw usage(
                    "give --scenario NAME (its token mix) or --usage SOURCE... (each model's mix from spend logs)");
        }
        Scenario scenario = scenarioName == null ? null : scenario();
        Catalog catalog = CatalogLoader.load(sheetsFolder());
        CreditEngine engine = new CreditEngine(catalog.settings());
        List<PricedModel> models =
                PricedModel.active(
                        catalog.onlyProviders(provider.resolve(catalog, spec)), engine, null);
        MarginReport.CreditValue value = creditValue(scenario);
        Margins margins = new Margins(engine);
        MarginReport report;
        if (!usage.isEmpty()) {
            ModelTraffic traffic = UsageLogs.read(usage, cwd(), catalog, scenario);
            report =
                    margins.atUsage(
                            models,
                            traffic,
                            Phrase.of("margin.source.usage", UsageLogs.display(usage)),
                            value);
        } else {
            report =
                    margins.atMix(
                            models,
                            scenario.tokensPerRequest(),
                            scenario.inputShare(),
                            Phrase.of("margin.source.scenario", scenario.name()),
                            value);
        }
        emit(new MarginView(), report);
        return ExitCodes.OK;
    }

    private MarginReport.CreditValue creditValue(Scenario scenario) {
        if (creditValue != null) {
            return new MarginReport.CreditValue(creditValue, Phrase.of("margin.value.option"));
        }
        if (scenario == null || scenario.creditsPerUser() == null) {
            return null;
        }
        // a price in dollars needs no exchange rate ("1 per USD") in its explanation
        Phrase source =
                "USD".equalsIgnoreCase(scenario.currency())
                        ? Phrase.of(
                                "margin.value.scenario_usd",
                                scenario.name(),
                                scenario.pricePerUser(),
                                scenario.creditsPerUser())
                        : Phrase.of(
                                "margin.value.scenario",
                                scenario.name(),
                                scenario.pricePerUser(),
                                scenario.currency(),
                                scenario.fxRate(),
                                scenario.creditsPerUser());
        return new MarginReport.CreditValue(scenario.creditValueUsd(), source);
    }

    private Scenario scenario() {
        return namedScenario("--scenario", scenarioName);
    }
}

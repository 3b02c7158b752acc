package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Estimate;
import com.llmresale.pricing.engine.Estimator;
import com.llmresale.pricing.engine.Workload;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.render.EstimateView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pricing estimate}: the exact $ cost of a workload on one model, with its credits. */
@Command(name = "estimate",
        description = {
                "The exact $ cost of a workload on one model, per request and for --requests requests, "
                        + "with the model's credits.",
                "--input-tokens counts every prompt token; --cached-input-tokens of them were read from a prompt "
                        + "cache and are billed at the sheet's cached_input price (the full input price where the "
                        + "sheet gives none). --batch takes the provider's batch_discount off input and output; "
                        + "a provider that declares none is an error (exit 1). Costs are exact, never rounded.",
                ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
                "  pricing estimate anthropic:claude-sonnet-4-6 \\",
                "      --input-tokens 2000 --output-tokens 500",
                "  pricing estimate anthropic:claude-sonnet-4-6 --input-tokens 2000 \\",
                "      --cached-input-tokens 1500 --output-tokens 500 --requests 100000 --batch",
                "  pricing --sheets ../shared/external/genai-prices estimate \\",
                "      anthropic:claude-3-5-haiku-latest \\",
                "      --input-tokens 1000000 --output-tokens 1000000 --format json",
                "",
                "Credits: the model's credits as `pricing models` shows them (x requests,",
                "if charged per request), and this workload's own multiplier: its $ cost",
                "against the same tokens at the baseline's average price (1.0x), rounded",
                "like every multiplier.%n"
        })
final class EstimateCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PROVIDER:MODEL",
            description = "The model, as provider id and the provider's model id (see `pricing models`).")
    String id;

    @Option(names = "--input-tokens", paramLabel = "N", required = true,
            description = "Prompt tokens per request, cached ones included.")
    long inputTokens;

    @Option(names = "--output-tokens", paramLabel = "N", required = true,
            description = "Completion tokens per request.")
    long outputTokens;

    @Option(names = "--cached-input-tokens", paramLabel = "N", defaultValue = "0",
            description = "How many of the input tokens were read from a prompt cache (default: ${DEFAULT-VALUE}).")
    long cachedInputTokens;

    @Option(names = "--batch", description = "Through the provider's batch API: its batch_discount comes off.")
    boolean batch;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "1",
            description = "How many such requests (default: ${DEFAULT-VALUE}).")
    long requests;

    @Override
    public Integer call() {
        Workload workload = workload();
        Catalog catalog = loadCatalog();
        ModelKey key = resolve(catalog);
        Estimate estimate = new Estimator(catalog).estimate(key, workload, requests);
        emit(new EstimateView(), estimate);
        return ExitCodes.OK;
    }

    /** The workload the options describe; the model's own checks reject a bad one, naming the option. */
    private Workload workload() {
        return new Workload(inputTokens, outputTokens, cachedInputTokens, batch);
    }

    /** The model named by PROVIDER:MODEL; an unknown one is a usage error naming the closest ids. */
    private ModelKey resolve(Catalog catalog) {
        return ModelArgument.resolve(this, catalog, id, "PROVIDER:MODEL");
    }
}

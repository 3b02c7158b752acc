package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Estimate;
import com.llmresale.pricing.engine.Estimator;
import com.llmresale.pricing.engine.Workload;
import com.llmresale.pricing.io.WorkloadsFile;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.Snippet;
import com.llmresale.pricing.render.EstimateView;
import com.llmresale.pricing.render.EstimatesView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pricing estimate}: the exact $ cost of a workload on one model, with its credits. */
@Command(
        name = "estimate",
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
            "  pricing estimate anthropic:claude-sonnet-4-6 openai:gpt-5 \\",
            "      --input-tokens 2000 --output-tokens 500        cheapest first",
            "  pricing estimate --workloads plan.jsonl --at 2026-01-01 --format json",
            "      plan.jsonl: {\"provider\":\"anthropic\",\"model\":\"claude-sonnet-4-5\",",
            "        \"input_tokens\":250000,\"cached_input_tokens\":100000,",
            "        \"cache_write_tokens\":50000,\"output_tokens\":4000,\"requests\":10}",
            "",
            "Credits: the model's credits as `pricing models` shows them (x requests,",
            "if charged per request), and this workload's own multiplier: its $ cost",
            "against the same tokens at the baseline's average price (1.0x), rounded",
            "like every multiplier.%n"
        })
final class EstimateCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "PROVIDER:MODEL",
            description =
                    "The model(s), as provider id and the provider's model id (see `pricing models`); "
                            + "several are listed cheapest first.")
    List<String> ids = new ArrayList<>();

    @Option(
            names = "--input-tokens",
            paramLabel = "N",
            description =
                    "Prompt tokens per request, cached reads and cache writes included (required with PROVIDER:MODEL).")
    Long inputTokens;

    @Option(
            names = "--output-tokens",
            paramLabel = "N",
            description = "Completion tokens per request (required with PROVIDER:MODEL).")
    Long outputTokens;

    @Option(
            names = "--cached-input-tokens",
            paramLabel = "N",
            defaultValue = "0",
            description =
                    "How many of the input tokens were read from a prompt cache (default: ${DEFAULT-VALUE}).")
    long cachedInputTokens;

    @Option(
            names = "--cache-write-tokens",
            paramLabel = "N",
            defaultValue = "0",
            description =
                    "How many of the input tokens were written to a prompt cache, billed at the sheet's "
                            + "cache_write price (default: ${DEFAULT-VALUE}).")
    long cacheWriteTokens;

    @Option(
            names = "--batch",
            description = "Through the provider's batch API: its batch_discount comes off.")
    boolean batch;

    @Option(
            names = "--requests",
            paramLabel = "N",
            defaultValue = "1",
            description = "How many such requests (default: ${DEFAULT-VALUE}).")
    long requests;

    @Option(
            names = "--workloads",
            paramLabel = "FILE",
            description =
                    "Price every workload of this file instead: JSON lines {provider, model, input_tokens, "
                            + "output_tokens, cached_input_tokens, cache_write_tokens, requests, batch}, the last four optional.")
    Path workloads;

    @Mixin AtOption at;

    @Override
    public Integer call() {
        if (workloads != null) {
            return workloads();
        }
        if (ids.isEmpty()) {
            throw usage(
                    "give PROVIDER:MODEL (one or more) with --input-tokens and --output-tokens, or --workloads FILE");
        }
        if (inputTokens == null) {
            throw usage("Missing required option: '--input-tokens=N'");
        }
        if (outputTokens == null) {
            throw usage("Missing required option: '--output-tokens=N'");
        }
        Workload workload = workload();
        // estimate P:M reads the settings and P's sheet only (an id without ':' reads them all)
        Catalog catalog =
                loadCatalog(
                                ids.stream().allMatch(id -> id.indexOf(':') > 0)
                                        ? ids.stream()
                                                .map(
                                                        id ->
                                                                id.substring(0, id.indexOf(':'))
                                                                        .strip()
                                                                        .toLowerCase(
                                                                                java.util.Locale
                                                                                        .ROOT))
                                                .toList()
                                        : List.of())
                        .at(at.orElse(today()));
        List<ModelKey> keys = new ArrayList<>();
        for (String id : ids) {
            keys.add(resolve(catalog, id));
        }
        Estimator estimator = new Estimator(catalog);
        if (keys.size() == 1) {
            emit(new EstimateView(), estimator.estimate(keys.get(0), workload, requests));
            return ExitCodes.OK;
        }
        List<Estimate> estimates = new ArrayList<>();
        for (ModelKey key : keys) {
            estimates.add(estimator.estimate(key, workload, requests));
        }
        estimates.sort(
                Comparator.comparing((Estimate e) -> e.perRequest().totalUsd())
                        .thenComparing(e -> e.key().toString()));
        emit(new EstimatesView(), estimates);
        return ExitCodes.OK;
    }

    /**
     * {@code --workloads FILE}: every line priced, in the file's order; an error names the line.
     */
    private int workloads() {
        if (!ids.isEmpty()
                || inputTokens != null
                || outputTokens != null
                || cachedInputTokens != 0
                || cacheWriteTokens != 0
                || batch
                || requests != 1) {
            throw usage(
                    "--workloads: give the models and tokens in the file, not as PROVIDER:MODEL or token options");
        }
        String display = workloads.toString();
        List<WorkloadsFile.Line> lines = WorkloadsFile.read(cwd().resolve(workloads), display);
        Catalog catalog =
                loadCatalog(
                                lines.stream()
                                        .map(
                                                l ->
                                                        l.provider()
                                                                .strip()
                                                                .toLowerCase(java.util.Locale.ROOT))
                                        .toList())
                        .at(at.orElse(today()));
        Estimator estimator = new Estimator(catalog);
        List<Estimate> estimates = new ArrayList<>();
        for (WorkloadsFile.Line line : lines) {
            String provider = line.provider().strip().toLowerCase(java.util.Locale.ROOT);
            if (catalog.model(provider, line.model()).isEmpty()) {
                throw new DataException(
                        display,
                        line.line(),
                        "model",
                        "unknown model '"
                                + Snippet.of(provider + ":" + line.model())
                                + "'"
                                + ModelArgument.didYouMean(catalog, provider + ":" + line.model()));
            }
            try {
                Workload workload =
                        new Workload(
                                line.inputTokens(),
                                line.outputTokens(),
                                line.cachedInputTokens(),
                                line.batch(),
                                line.cacheWriteTokens());
                estimates.add(
                        estimator.estimate(
                                new ModelKey(provider, line.model()), workload, line.requests()));
            } catch (InvalidValueException e) {
                throw new DataException(display, line.line(), e.field(), e.problem(), e);
            } catch (DataException e) {
                throw new DataException(display, line.line(), e.field(), e.problem(), e);
            }
        }
        emit(new EstimatesView(), estimates);
        return ExitCodes.OK;
    }

    /**
     * The workload the options describe; the model's own checks reject a bad one, naming the
     * option.
     */
    private Workload workload() {
        return new Workload(inputTokens, outputTokens, cachedInputTokens, batch, cacheWriteTokens);
    }

    /**
     * The model named by PROVIDER:MODEL; an unknown one is a usage error naming the closest ids.
     */
    private ModelKey resolve(Catalog catalog, String id) {
        return ModelArgument.resolve(this, catalog, id, "PROVIDER:MODEL");
    }
}

package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Decision;
import com.llmresale.pricing.io.DecisionExamples;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DecisionCase;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.render.DecideView;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pricing decide}: seed 003's decision flow by volume, in dollars. */
@Command(
        name = "decide",
        description = {
            "API, batch API, API with prompt caching or self-hosting: what a daily token volume costs a month "
                    + "each way, which wins and by how much, and the volumes at which the cheapest option changes.",
            "The API options are the model's sheet prices at the token split (batch: the provider's "
                    + "batch_discount off; caching: --cache-hit-rate of the input at the sheet's cached_input "
                    + "price); an option the sheet does not price is shown as not offered. Self-hosting: "
                    + "GPUs = ceil(tokens a month / (tokens/s x 3600 x hours)); cost = GPUs x hours x $/hour x "
                    + "(1 + --overhead) + --overhead-usd-per-month. The API grows with the volume, self-hosting "
                    + "is flat until another GPU is needed, so the cheaper of the two can change more than once; "
                    + "every change is listed, in whole tokens/day. Seed 003's volume rules are checked "
                    + "against these numbers.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing decide --example seed-003      seed 003's self-hosted Llama 3.3 70B",
            "  pricing decide --example seed-003 --tokens-per-day 150000000",
            "  pricing decide anthropic:claude-haiku-4-5 --tokens-per-day 5000000 \\",
            "      --input-share 0.8 --cache-hit-rate 0.5 --gpu-usd-per-hour 2.50 \\",
            "      --gpu-tokens-per-second 1500 --overhead 0.3",
            "",
            "seed-003 (scenarios/decide/seed-003.yaml): seed 003's \"~$0.50 per 1M tokens",
            "for a self-hosted Llama 3.3 70B\" as inputs: a GPU at $1.80/hour, 1,250",
            "tokens/s, 25%% overhead = 4.5M tokens an hour for $2.25 = $0.50 per 1M at",
            "full use; against together:meta-llama/Llama-3.3-70B-Instruct-Turbo at",
            "1M tokens/day (the seed's \"under 1M tokens/day: cloud API\").",
            "Options given beside --example override its figures.%n"
        })
final class DecideCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PROVIDER:MODEL",
            description = "The API model (see `pricing models`); required without --example.")
    String model;

    @Option(
            names = "--tokens-per-day",
            paramLabel = "N",
            description = "Input + output tokens a day.")
    Long tokensPerDay;

    @Option(
            names = "--input-share",
            paramLabel = "SHARE",
            description = "Share of the tokens that are input (default: 0.5).")
    BigDecimal inputShare;

    @Option(
            names = "--days-per-month",
            paramLabel = "N",
            description = "Days in a month (default: 30).")
    Integer daysPerMonth;

    @Option(
            names = "--cache-hit-rate",
            paramLabel = "SHARE",
            description =
                    "Share of input tokens read from a prompt cache (default: 0.3, seed 003's target).")
    BigDecimal cacheHitRate;

    @Option(
            names = "--gpu-usd-per-hour",
            paramLabel = "USD",
            description = "Rent of one GPU per hour.")
    BigDecimal gpuUsdPerHour;

    @Option(
            names = "--gpu-hours-per-month",
            paramLabel = "H",
            description = "Hours each GPU is rented a month (default: the whole month, 24 x days).")
    BigDecimal gpuHoursPerMonth;

    @Option(
            names = "--gpu-tokens-per-second",
            paramLabel = "N",
            description = "Sustained throughput of one GPU, input + output tokens per second.")
    BigDecimal gpuTokensPerSecond;

    @Option(
            names = "--overhead",
            paramLabel = "SHARE",
            description =
                    "Operating overhead as a share of the GPU rent, 0.25 = 25%% (default: 0).")
    BigDecimal overhead;

    @Option(
            names = "--overhead-usd-per-month",
            paramLabel = "USD",
            description = "Operating overhead as a fixed $ a month (default: 0).")
    BigDecimal overheadUsdPerMonth;

    @Option(
            names = "--example",
            paramLabel = "NAME",
            description =
                    "Start from a named example in the scenarios folder's decide/ subfolder (e.g. seed-003).")
    String example;

    @Override
    public Integer call() {
        DecisionCase base = example == null ? null : loadExample();
        String id = model != null ? model : base == null ? null : base.model();
        DecisionCase inputs =
                new DecisionCase(
                        base == null ? null : base.name(),
                        base == null ? null : base.description(),
                        base == null ? null : base.source(),
                        id,
                        pick(
                                tokensPerDay,
                                base == null ? null : base.tokensPerDay(),
                                "--tokens-per-day"),
                        or(
                                inputShare,
                                base == null
                                        ? DecisionCase.DEFAULT_INPUT_SHARE
                                        : base.inputShare()),
                        or(
                                daysPerMonth,
                                base == null
                                        ? DecisionCase.DEFAULT_DAYS_PER_MONTH
                                        : base.daysPerMonth()),
                        or(
                                cacheHitRate,
                                base == null
                                        ? DecisionCase.DEFAULT_CACHE_HIT_RATE
                                        : base.cacheHitRate()),
                        pick(
                                gpuUsdPerHour,
                                base == null ? null : base.gpuUsdPerHour(),
                                "--gpu-usd-per-hour"),
                        or(gpuHoursPerMonth, base == null ? null : base.gpuHoursPerMonth()),
                        pick(
                                gpuTokensPerSecond,
                                base == null ? null : base.gpuTokensPerSecond(),
                                "--gpu-tokens-per-second"),
                        or(overhead, base == null ? BigDecimal.ZERO : base.overhead()),
                        or(
                                overheadUsdPerMonth,
                                base == null ? BigDecimal.ZERO : base.overheadUsdPerMonth()));
        if (id == null) {
            throw usage("missing PROVIDER:MODEL (or --example NAME)");
        }
        Catalog catalog = loadCatalog();
        ModelKey key =
                ModelArgument.resolve(
                        this,
                        catalog,
                        id,
                        model != null ? "PROVIDER:MODEL" : "--example " + example);
        emit(
                new DecideView(),
                Decision.decide(
                        inputs,
                        key,
                        catalog.sheet(key.provider()).orElseThrow(),
                        catalog.model(key.provider(), key.model()).orElseThrow()));
        return ExitCodes.OK;
    }

    private DecisionCase loadExample() {
        Folder scenarios = scenariosFolder();
        DecisionCase found = DecisionExamples.load(scenarios, example);
        if (found == null) {
            List<String> known = DecisionExamples.names(scenarios);
            throw usage(
                    "--example: no decision example '"
                            + example
                            + "' in "
                            + scenarios.display()
                            + "/"
                            + DecisionExamples.SUBFOLDER
                            + " (known: "
                            + (known.isEmpty() ? "none" : String.join(", ", known))
                            + ")");
        }
        return found;
    }

    private <T> T pick(T option, T fromExample, String name) {
        if (option != null) {
            return option;
        }
        if (fromExample == null) {
            throw usage("missing " + name + " (or --example NAME)");
        }
        return fromExample;
    }

    private static <T> T or(T option, T fallback) {
        return option != null ? option : fallback;
    }
}

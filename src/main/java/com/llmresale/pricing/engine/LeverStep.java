package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Levers;
import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One cost lever of seed 003 as the waterfall applies it: what it does to each mix model's monthly
 * traffic, and a note saying so. A lever that cannot do what the scenario expects of it (no cached
 * price, no batch discount, a cap above the average) adds a check.
 */
sealed interface LeverStep {
    /** The lever's field name in the scenario file. */
    String lever();

    /** Its value as given. */
    BigDecimal setting();

    /** The traffic after this lever (one entry per mix model, in mix order) and what it did. */
    Applied apply(Scenario s, List<MixPrice> priced, List<Traffic> traffic, List<Check> checks);

    record Applied(List<Traffic> traffic, Phrase note) {
        public Applied {
            traffic = List.copyOf(traffic);
        }
    }

    /**
     * Monthly traffic to one model: uncached input, cached input and output tokens, and the batch
     * share.
     */
    record Traffic(BigDecimal input, BigDecimal cached, BigDecimal output, BigDecimal batchShare) {
        BigDecimal cost(MixPrice p) {
            BigDecimal normal = p.normal().cost(input, cached, output);
            if (batchShare.signum() == 0 || !p.batchAvailable()) {
                return normal;
            }
            BigDecimal batch = p.batch().cost(input, cached, output);
            return normal.multiply(BigDecimal.ONE.subtract(batchShare))
                    .add(batch.multiply(batchShare));
        }
    }

    /** The levers {@code l} sets, in the order the waterfall applies them. */
    static List<LeverStep> of(Levers l) {
        List<LeverStep> steps = new ArrayList<>();
        if (l.semanticCacheHitRate() != null) {
            steps.add(new SemanticCache(l.semanticCacheHitRate()));
        }
        if (l.outputCapTokens() != null) {
            steps.add(new OutputCap(l.outputCapTokens()));
        }
        if (l.promptCacheHitRate() != null) {
            steps.add(new PromptCache(l.promptCacheHitRate()));
        }
        if (l.batchShare() != null) {
            steps.add(new Batch(l.batchShare()));
        }
        return steps;
    }

    private static List<Traffic> each(List<Traffic> traffic, UnaryOperator<Traffic> change) {
        return traffic.stream().map(change).toList();
    }

    /**
     * @param setting the share of requests answered from a semantic cache: no model call at all
     */
    record SemanticCache(BigDecimal setting) implements LeverStep {
        @Override
        public String lever() {
            return "semantic_cache_hit_rate";
        }

        @Override
        public Applied apply(
                Scenario s, List<MixPrice> priced, List<Traffic> traffic, List<Check> checks) {
            BigDecimal keep = BigDecimal.ONE.subtract(setting);
            return new Applied(
                    each(
                            traffic,
                            t ->
                                    new Traffic(
                                            t.input().multiply(keep),
                                            t.cached().multiply(keep),
                                            t.output().multiply(keep),
                                            t.batchShare())),
                    Phrase.of("lever.note.semantic_cache_hit_rate", setting));
        }
    }

    /**
     * @param tokens the cap on output tokens per request: it saves only when below the average
     *     output
     */
    record OutputCap(int tokens) implements LeverStep {
        @Override
        public String lever() {
            return "output_cap_tokens";
        }

        @Override
        public BigDecimal setting() {
            return BigDecimal.valueOf(tokens);
        }

        @Override
        public Applied apply(
                Scenario s, List<MixPrice> priced, List<Traffic> traffic, List<Check> checks) {
            BigDecimal average = BigDecimal.valueOf(s.tokensPerRequest()).multiply(s.outputShare());
            BigDecimal averageShown = CostEngine.strip(average);
            if (setting().compareTo(average) < 0) {
                BigDecimal keep = setting().divide(average, Capacity.MC);
                return new Applied(
                        each(
                                traffic,
                                t ->
                                        new Traffic(
                                                t.input(),
                                                t.cached(),
                                                t.output().multiply(keep),
                                                t.batchShare())),
                        Phrase.of("lever.note.output_cap_tokens", tokens, averageShown));
            }
            checks.add(
                    Check.info(
                            CheckCode.OUTPUT_CAP_ABOVE_AVERAGE,
                            (long) tokens,
                            averageShown,
                            (long) s.tokensPerRequest(),
                            s.outputShare()));
            return new Applied(
                    traffic, Phrase.of("lever.note.output_cap_tokens.no_saving", averageShown));
        }
    }

    /**
     * @param setting the share of input tokens read from a prompt cache, billed at the sheet's
     *     cached_input price
     */
    record PromptCache(BigDecimal setting) implements LeverStep {
        @Override
        public String lever() {
            return "prompt_cache_hit_rate";
        }

        @Override
        public Applied apply(
                Scenario s, List<MixPrice> priced, List<Traffic> traffic, List<Check> checks) {
            List<Traffic> after =
                    each(
                            traffic,
                            t -> {
                                BigDecimal all = t.input().add(t.cached());
                                BigDecimal cached = all.multiply(setting);
                                return new Traffic(
                                        all.subtract(cached), cached, t.output(), t.batchShare());
                            });
            List<String> without =
                    priced.stream()
                            .filter(p -> p.model().cachedInput() == null)
                            .map(
                                    p ->
                                            p.entry().alias()
                                                    + " ("
                                                    + p.sheet().provider()
                                                    + ":"
                                                    + p.model().id()
                                                    + ")")
                            .toList();
            Phrase note = Phrase.of("lever.note.prompt_cache_hit_rate", setting);
            if (!without.isEmpty() && setting.signum() > 0) {
                checks.add(
                        new Check(
                                Check.Severity.WARNING,
                                CheckCode.CACHE_PRICE_UNAVAILABLE,
                                Phrase.of(
                                        without.size() == 1
                                                ? "check.CACHE_PRICE_UNAVAILABLE"
                                                : "check.CACHE_PRICE_UNAVAILABLE.many",
                                        setting,
                                        without)));
                note =
                        without.size() == priced.size()
                                ? Phrase.of("lever.note.prompt_cache_hit_rate.no_price", setting)
                                : Phrase.of(
                                        "lever.note.prompt_cache_hit_rate.some_without",
                                        setting,
                                        without.stream()
                                                .map(w -> w.substring(0, w.indexOf(' ')))
                                                .toList());
            }
            return new Applied(after, note);
        }
    }

    /**
     * @param setting the share of traffic sent through the provider's batch API at the sheet's
     *     batch_discount
     */
    record Batch(BigDecimal setting) implements LeverStep {
        @Override
        public String lever() {
            return "batch_share";
        }

        @Override
        public Applied apply(
                Scenario s, List<MixPrice> priced, List<Traffic> traffic, List<Check> checks) {
            List<String> without =
                    priced.stream()
                            .filter(p -> !p.batchAvailable())
                            .map(p -> p.entry().alias() + " (" + p.sheet().provider() + ")")
                            .distinct()
                            .toList();
            if (!without.isEmpty() && setting.signum() > 0) {
                checks.add(
                        new Check(
                                Check.Severity.WARNING,
                                CheckCode.BATCH_UNAVAILABLE,
                                Phrase.of(
                                        without.size() == 1
                                                ? "check.BATCH_UNAVAILABLE"
                                                : "check.BATCH_UNAVAILABLE.many",
                                        setting,
                                        without)));
            }
            return new Applied(
                    each(traffic, t -> new Traffic(t.input(), t.cached(), t.output(), setting)),
                    Phrase.of("lever.note.batch_share", setting));
        }
    }
}

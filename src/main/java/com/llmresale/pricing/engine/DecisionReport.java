package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.DecisionCase;
import com.llmresale.pricing.model.ModelKey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code pricing decide}'s report: what a daily token volume costs a month through each option,
 * which wins, and the volumes at which the cheapest option changes.
 *
 * @param inputs the figures, with the GPU hours filled in
 * @param model the API model
 * @param inputUsdPerMtok its sheet's input price
 * @param outputUsdPerMtok its sheet's output price
 * @param cachedInputUsdPerMtok its sheet's cached-input price, or null when the sheet gives none
 * @param batchDiscount the provider's batch discount, or null when it declares none
 * @param tokensPerMonth tokens per day x days per month
 * @param options every option at the volume, in {@link Option} order; options not offered included
 * @param selfHost the self-hosting figures at the volume
 * @param verdict the cheapest option at the volume and its lead over the next
 * @param races self-hosting against each API option offered, over every volume
 * @param bestApi the API option with the lowest price per token (cheapest at every volume of the
 *     three)
 * @param seedThreshold the options at seed 003's 1M tokens/day threshold
 * @param seedChecks seed 003's volume rules judged on these figures
 */
public record DecisionReport(
        DecisionCase inputs,
        ModelKey model,
        BigDecimal inputUsdPerMtok,
        BigDecimal outputUsdPerMtok,
        BigDecimal cachedInputUsdPerMtok,
        BigDecimal batchDiscount,
        BigInteger tokensPerMonth,
        List<OptionCost> options,
        SelfHost selfHost,
        Verdict verdict,
        List<Race> races,
        Option bestApi,
        Threshold seedThreshold,
        List<SeedCheck> seedChecks) {

    public DecisionReport {
        options = List.copyOf(options);
        races = List.copyOf(races);
        seedChecks = List.copyOf(seedChecks);
    }

    /** One of seed 003's volume rules. */
    public enum Rule {
        /**
         * "Low volume (&lt; 1M tokens/day) -&gt; cloud API": holds when the cloud API is cheaper
         * than self-hosting at every volume up to 1M tokens/day.
         */
        UNDER_1M_API("under_1m_api", "under 1M tokens/day: cloud API"),
        /**
         * "High volume + cost-sensitive -&gt; self-host": holds when self-hosting beats the cloud
         * API at every volume from some volume on.
         */
        HIGH_VOLUME_SELF_HOST("high_volume_self_host", "high volume: self-host"),
        /**
         * "Latency-tolerant + bulk -&gt; batch API": holds when the batch API is offered and beats
         * self-hosting at every volume; null when it is not offered.
         */
        BULK_BATCH("bulk_batch", "latency-tolerant bulk: batch API"),
        /**
         * "Mid volume + privacy -&gt; cloud API + prompt caching": holds when caching is offered
         * and saves something at the hit rate; null when it is not offered. Privacy is not a cost:
         * it is not judged.
         */
        MID_VOLUME_CACHING("mid_volume_caching", "mid volume + privacy: API + prompt caching");

        private final String id;
        private final String text;

        Rule(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public String id() {
            return id;
        }

        /** The rule as the seed states it, in English. */
        public String text() {
            return text;
        }
    }

    /**
     * @param rule the rule
     * @param holds whether the figures bear it out; null when the option it names is not offered
     */
    public record SeedCheck(Rule rule, Boolean holds) {}

    /** The race of self-hosting against {@code option}; null when that option is not offered. */
    public Race race(Option option) {
        return races.stream().filter(r -> r.api() == option).findFirst().orElse(null);
    }

    public OptionCost option(Option option) {
        return options.stream().filter(o -> o.option() == option).findFirst().orElseThrow();
    }

    /** The ways to serve the volume. */
    public enum Option {
        API("api", "cloud API"),
        BATCH("batch", "batch API"),
        CACHED("cached", "API + prompt caching"),
        SELF_HOST("self_host", "self-hosting");

        private final String id;
        private final String label;

        Option(String id, String label) {
            this.id = id;
            this.label = label;
        }

        /** The id in CSV and JSON. */
        public String id() {
            return id;
        }

        /** The name in sentences and tables. */
        public String label() {
            return label;
        }
    }

    /**
     * One option at one volume.
     *
     * @param option which
     * @param offered false when the sheet gives no batch discount or no cached-input price
     * @param whyNot why it is not offered (worded by the render layer), or null
     * @param usdPerMtok $ per 1M tokens at the token split: exact for the API options; for
     *     self-hosting the monthly cost over the monthly tokens, {@link Decision#RATE_SCALE}
     *     decimals HALF_UP
     * @param monthlyUsd the month's cost, exact; null when not offered
     * @param overCheapestUsd the month's cost above the cheapest option's, exact; null when not
     *     offered
     * @param belowApiPct how much less than the cloud API this option costs, % of the API's cost, 1
     *     decimal HALF_UP (negative: more); null when not offered or the API costs nothing
     */
    public record OptionCost(
            Option option,
            boolean offered,
            Phrase whyNot,
            BigDecimal usdPerMtok,
            BigDecimal monthlyUsd,
            BigDecimal overCheapestUsd,
            BigDecimal belowApiPct) {}

    /**
     * Self-hosting at the volume.
     *
     * @param gpus GPUs needed: ceil(tokens per month / tokens per GPU per month)
     * @param gpuTokensPerMonth one GPU's capacity: tokens/s x 3600 x hours, exact
     * @param gpuTokensPerDay the same per day, 2 decimals DOWN
     * @param gpuUsdPerMonth one GPU's month: hours x $/hour x (1 + overhead), exact
     * @param fullUseUsdPerMtok {@code gpuUsdPerMonth} over {@code gpuTokensPerMonth} per 1M tokens:
     *     the price of a fully used GPU, fixed overhead aside; {@link Decision#RATE_SCALE} decimals
     *     HALF_UP
     * @param utilisationPct tokens per month over the GPUs' capacity x 100, 1 decimal HALF_UP
     */
    public record SelfHost(
            BigInteger gpus,
            BigDecimal gpuTokensPerMonth,
            BigDecimal gpuTokensPerDay,
            BigDecimal gpuUsdPerMonth,
            BigDecimal fullUseUsdPerMtok,
            BigDecimal utilisationPct) {}

    /**
     * The cheapest option and its lead.
     *
     * @param winner the cheapest offered option (on a tie, the first in {@link Option} order)
     * @param runnerUp the next cheapest
     * @param savingUsd runner-up's monthly cost - winner's, exact
     * @param savingPct the saving over the runner-up's cost x 100, 1 decimal HALF_UP; null when
     *     that cost is 0
     */
    public record Verdict(
            Option winner, Option runnerUp, BigDecimal savingUsd, BigDecimal savingPct) {}

    /**
     * Self-hosting against one API option at every daily volume. The API's cost grows in step with
     * the volume; self-hosting's is flat until another GPU is needed. So the cheaper of the two can
     * change at a tie (self-hosting overtakes the API) and back when a GPU is added.
     *
     * @param api the API option
     * @param changes the volumes at which the cheaper of the two changes, ascending (the first
     *     {@link Decision#MAX_CHANGES} when there are more)
     * @param truncated true when there are more changes than listed
     * @param firstSelfWin the smallest whole tokens/day at which self-hosting is cheaper; null:
     *     never
     * @param selfAlwaysFrom from this whole tokens/day on, self-hosting is cheaper at every volume;
     *     null: never
     */
    public record Race(
            Option api,
            List<Change> changes,
            boolean truncated,
            BigInteger firstSelfWin,
            BigInteger selfAlwaysFrom) {
        public Race {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A volume at which the cheaper option changes.
     *
     * @param tokensPerDay the first whole tokens/day at which {@code cheaper} is strictly cheaper
     * @param cheaper the option cheaper from here
     * @param before the option cheaper (or as cheap) just below
     * @param gpus the GPUs self-hosting needs at {@code tokensPerDay}
     * @param tieTokensPerDay where the two cost the same, 2 decimals HALF_UP; null when the change
     *     is a GPU added (self-hosting's cost jumps past the API's)
     */
    public record Change(
            BigInteger tokensPerDay,
            Option cheaper,
            Option before,
            BigInteger gpus,
            BigDecimal tieTokensPerDay) {}

    /**
     * The options at seed 003's threshold volume.
     *
     * @param tokensPerDay the seed's volume (1M tokens/day)
     * @param options every option at that volume
     * @param verdict the cheapest there
     */
    public record Threshold(long tokensPerDay, List<OptionCost> options, Verdict verdict) {
        public Threshold {
            options = List.copyOf(options);
        }
    }
}

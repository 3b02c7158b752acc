package com.llmresale.pricing.engine;

import com.llmresale.pricing.engine.DecisionReport.Option;
import com.llmresale.pricing.engine.DecisionReport.OptionCost;
import com.llmresale.pricing.engine.DecisionReport.Race;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.DecisionCase;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderSheet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Seed 003's decision flow by volume, as numbers: a daily token volume V through a model's API, its
 * batch API, its API with prompt caching, or on rented GPUs. With D days a month and s the input
 * share of the tokens:
 *
 * <pre>
 *   API $/1M      p       = s x input + (1 - s) x output                        (sheet prices)
 *   batch         p_b     = p x (1 - batch_discount)
 *   caching       p_c     = s x ((1 - h) x input + h x cached_input) + (1 - s) x output   (h: hit rate)
 *   API month             = V x D x p / 10^6                                   linear in V
 *   GPU capacity  C       = tokens/s x 3600 x hours                            tokens a month per GPU
 *   GPU month     c       = hours x $/hour x (1 + overhead share)
 *   GPUs          n(V)    = ceil(V x D / C)
 *   self-hosted month     = n(V) x c + fixed overhead                          a step function of V
 * </pre>
 *
 * All exact; only ratios (a $/1M over a volume, a utilisation) are rounded, to named scales.
 */
public final class Decision {
    /** Decimals of a $/1M rate that is a quotient (self-hosting's), HALF_UP. */
    public static final int RATE_SCALE = 6;

    /** Seed 003: "low volume (&lt; 1M tokens/day) -&gt; cloud API". */
    public static final long SEED_API_LIMIT = 1_000_000L;

    /** The most volume changes listed per race. */
    public static final int MAX_CHANGES = 20;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final DecisionCase inputs;
    private final ModelKey key;
    private final ProviderSheet sheet;
    private final ModelEntry model;
    private final BigDecimal days;
    private final BigDecimal gpuTokensPerMonth;
    private final BigDecimal gpuUsdPerMonth;
    private final SelfHostRace race;

    /**
     * @throws DataException on {@code model} when the model has no $ price
     */
    public Decision(DecisionCase inputs, ModelKey key, ProviderSheet sheet, ModelEntry model) {
        if (!model.hasPrice()) {
            throw new DataException(
                    null,
                    0,
                    "model",
                    key
                            + " has no $ price in its sheet ("
                            + model.noPriceReason()
                            + "), so its API cost is unknown");
        }
        this.inputs = inputs;
        this.key = key;
        this.sheet = sheet;
        this.model = model;
        this.days = BigDecimal.valueOf(inputs.daysPerMonth());
        this.gpuTokensPerMonth =
                inputs.gpuTokensPerSecond().multiply(SECONDS_PER_HOUR).multiply(inputs.gpuHours());
        this.gpuUsdPerMonth =
                inputs.gpuHours()
                        .multiply(inputs.gpuUsdPerHour())
                        .multiply(BigDecimal.ONE.add(inputs.overhead()));
        this.race =
                new SelfHostRace(
                        days, gpuTokensPerMonth, gpuUsdPerMonth, inputs.overheadUsdPerMonth());
    }

    /** The report for {@code inputs}. */
    public static DecisionReport decide(
            DecisionCase inputs, ModelKey key, ProviderSheet sheet, ModelEntry model) {
        return new Decision(inputs, key, sheet, model).report();
    }

    DecisionReport report() {
        BigInteger volume = BigInteger.valueOf(inputs.tokensPerDay());
        List<OptionCost> options = options(volume);
        List<Race> races = new ArrayList<>();
        Option bestApi = null;
        BigDecimal bestRate = null;
        for (OptionCost o : options) {
            if (o.offered() && o.option() != Option.SELF_HOST) {
                races.add(race.against(o.option(), o.usdPerMtok()));
                if (bestRate == null || o.usdPerMtok().compareTo(bestRate) < 0) {
                    bestApi = o.option();
                    bestRate = o.usdPerMtok();
                }
            }
        }
        BigInteger gpus = gpus(volume);
        BigDecimal monthTokens = new BigDecimal(volume).multiply(days);
        DecisionReport.SelfHost selfHost =
                new DecisionReport.SelfHost(
                        gpus,
                        strip(gpuTokensPerMonth),
                        strip(gpuTokensPerMonth.divide(days, 2, RoundingMode.DOWN)),
                        strip(gpuUsdPerMonth),
                        rate(gpuUsdPerMonth, gpuTokensPerMonth),
                        monthTokens
                                .multiply(HUNDRED)
                                .divide(
                                        gpuTokensPerMonth.multiply(new BigDecimal(gpus)),
                                        1,
                                        RoundingMode.HALF_UP));
        List<OptionCost> atSeed = options(BigInteger.valueOf(SEED_API_LIMIT));
        return new DecisionReport(
                inputs,
                key,
                model.input(),
                model.output(),
                model.cachedInput(),
                sheet.batchDiscount(),
                volume.multiply(BigInteger.valueOf(inputs.daysPerMonth())),
                options,
                selfHost,
                DecisionVerdict.of(options),
                races,
                bestApi,
                new DecisionReport.Threshold(SEED_API_LIMIT, atSeed, DecisionVerdict.of(atSeed)),
                DecisionVerdict.seedChecks(options, races));
    }

    /** Every option at {@code volume} tokens a day, in {@link Option} order. */
    List<OptionCost> options(BigInteger volume) {
        BigDecimal share = inputs.inputShare();
        BigDecimal outShare = BigDecimal.ONE.subtract(share);
        BigDecimal api = share.multiply(model.input()).add(outShare.multiply(model.output()));
        List<OptionCost> out = new ArrayList<>();
        out.add(apiCost(Option.API, api, volume));
        if (sheet.batchDiscount() == null) {
            out.add(
                    new OptionCost(
                            Option.BATCH,
                            false,
                            Phrase.of("decide.not_offered.batch", sheet.provider()),
                            null,
                            null,
                            null,
                            null));
        } else {
            out.add(
                    apiCost(
                            Option.BATCH,
                            api.multiply(BigDecimal.ONE.subtract(sheet.batchDiscount())),
                            volume));
        }
        if (model.cachedInput() == null) {
            out.add(
                    new OptionCost(
                            Option.CACHED,
                            false,
                            Phrase.of("decide.not_offered.cached", key.toString()),
                            null,
                            null,
                            null,
                            null));
        } else {
            BigDecimal hit = inputs.cacheHitRate();
            BigDecimal input =
                    BigDecimal.ONE
                            .subtract(hit)
                            .multiply(model.input())
                            .add(hit.multiply(model.cachedInput()));
            out.add(
                    apiCost(
                            Option.CACHED,
                            share.multiply(input).add(outShare.multiply(model.output())),
                            volume));
        }
        BigDecimal self = selfHostUsd(volume);
        BigDecimal tokens = new BigDecimal(volume).multiply(days);
        out.add(new OptionCost(Option.SELF_HOST, true, null, rate(self, tokens), self, null, null));
        BigDecimal cheapest =
                out.stream()
                        .filter(OptionCost::offered)
                        .map(OptionCost::monthlyUsd)
                        .min(Comparator.naturalOrder())
                        .orElseThrow();
        BigDecimal apiUsd = out.get(0).monthlyUsd();
        return out.stream()
                .map(
                        o ->
                                !o.offered()
                                        ? o
                                        : new OptionCost(
                                                o.option(),
                                                true,
                                                null,
                                                o.usdPerMtok(),
                                                o.monthlyUsd(),
                                                strip(o.monthlyUsd().subtract(cheapest)),
                                                apiUsd.signum() == 0
                                                        ? null
                                                        : apiUsd.subtract(o.monthlyUsd())
                                                                .multiply(HUNDRED)
                                                                .divide(
                                                                        apiUsd,
                                                                        1,
                                                                        RoundingMode.HALF_UP)))
                .toList();
    }

    private OptionCost apiCost(Option option, BigDecimal usdPerMtok, BigInteger volume) {
        return new OptionCost(
                option,
                true,
                null,
                strip(usdPerMtok),
                strip(usdPerMtok.multiply(new BigDecimal(volume)).multiply(days).movePointLeft(6)),
                null,
                null);
    }

    /** GPUs for {@code volume} tokens a day: ceil(V x D / C), at least 1. */
    BigInteger gpus(BigInteger volume) {
        BigInteger n =
                new BigDecimal(volume)
                        .multiply(days)
                        .divide(gpuTokensPerMonth, 0, RoundingMode.CEILING)
                        .toBigIntegerExact();
        return n.max(BigInteger.ONE);
    }

    /** The self-hosted month at {@code volume} tokens a day. */
    BigDecimal selfHostUsd(BigInteger volume) {
        return strip(
                gpuUsdPerMonth
                        .multiply(new BigDecimal(gpus(volume)))
                        .add(inputs.overheadUsdPerMonth()));
    }

    /** $ per 1M tokens: usd / tokens x 10^6, {@link #RATE_SCALE} decimals HALF_UP. */
    private static BigDecimal rate(BigDecimal usd, BigDecimal tokens) {
        return strip(usd.movePointRight(6).divide(tokens, RATE_SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal strip(BigDecimal value) {
        return CostEngine.strip(value);
    }
}

package com.llmresale.pricing.engine;

import com.llmresale.pricing.engine.DecisionReport.Change;
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

    /** The most GPU steps walked per race before the list is cut short. */
    static final int MAX_STEPS = 100_000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final DecisionCase inputs;
    private final ModelKey key;
    private final ProviderSheet sheet;
    private final ModelEntry model;
    private final BigDecimal days;
    private final BigDecimal gpuTokensPerMonth;
    private final BigDecimal gpuUsdPerMonth;

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
                races.add(race(o.option(), o.usdPerMtok()));
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
                verdict(options),
                races,
                bestApi,
                new DecisionReport.Threshold(SEED_API_LIMIT, atSeed, verdict(atSeed)),
                seedChecks(options, races));
    }

    private static List<DecisionReport.SeedCheck> seedChecks(
            List<OptionCost> options, List<Race> races) {
        Race api = races.stream().filter(r -> r.api() == Option.API).findFirst().orElseThrow();
        Race batch = races.stream().filter(r -> r.api() == Option.BATCH).findFirst().orElse(null);
        OptionCost cached =
                options.stream().filter(o -> o.option() == Option.CACHED).findFirst().orElseThrow();
        BigInteger limit = BigInteger.valueOf(SEED_API_LIMIT);
        return List.of(
                new DecisionReport.SeedCheck(
                        DecisionReport.Rule.UNDER_1M_API,
                        api.firstSelfWin() == null || api.firstSelfWin().compareTo(limit) > 0),
                new DecisionReport.SeedCheck(
                        DecisionReport.Rule.HIGH_VOLUME_SELF_HOST, api.selfAlwaysFrom() != null),
                new DecisionReport.SeedCheck(
                        DecisionReport.Rule.BULK_BATCH,
                        batch == null ? null : batch.firstSelfWin() == null),
                new DecisionReport.SeedCheck(
                        DecisionReport.Rule.MID_VOLUME_CACHING,
                        cached.offered()
                                ? cached.belowApiPct() != null && cached.belowApiPct().signum() > 0
                                : null));
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
                            "provider "
                                    + sheet.provider()
                                    + " declares no batch discount (`batch_discount` in its sheet)",
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
                            key + " has no cached-input price (`cached_input` in its sheet)",
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

    private static DecisionReport.Verdict verdict(List<OptionCost> options) {
        List<OptionCost> ranked =
                options.stream()
                        .filter(OptionCost::offered)
                        .sorted(Comparator.comparing(OptionCost::monthlyUsd))
                        .toList(); // stable: ties keep Option order
        OptionCost winner = ranked.get(0);
        OptionCost next = ranked.get(1);
        BigDecimal saving = strip(next.monthlyUsd().subtract(winner.monthlyUsd()));
        BigDecimal pct =
                next.monthlyUsd().signum() == 0
                        ? null
                        : saving.multiply(HUNDRED)
                                .divide(next.monthlyUsd(), 1, RoundingMode.HALF_UP);
        return new DecisionReport.Verdict(winner.option(), next.option(), saving, pct);
    }

    /**
     * Self-hosting against an API option of {@code usdPerMtok} at every whole tokens/day V >= 1.
     *
     * <p>With a = D x p / 10^6 the API's month per token/day, GPU step n covers V from lo(n) =
     * hi(n-1) + 1 to hi(n) = floor(n x C / D), and self-hosting is strictly cheaper there from w(n)
     * = floor((n x c + F) / a) + 1 on: a suffix of the step. Self-hosting can win a step only when
     * n x (a x C - c x D) > F x D, and wins every step from n = ceil((F x D + a x C) / (a x C - c x
     * D)) on, so the walk is finite.
     */
    Race race(Option api, BigDecimal usdPerMtok) {
        BigDecimal a = usdPerMtok.multiply(days).movePointLeft(6);
        BigDecimal fixed = inputs.overheadUsdPerMonth();
        BigDecimal margin = a.multiply(gpuTokensPerMonth).subtract(gpuUsdPerMonth.multiply(days));
        if (a.signum() == 0 || margin.signum() <= 0) {
            return new Race(api, List.of(), false, null, null);
        }
        BigInteger nStart =
                fixed.multiply(days)
                        .divide(margin, 0, RoundingMode.FLOOR)
                        .toBigIntegerExact()
                        .add(BigInteger.ONE);
        BigInteger nBound =
                fixed.multiply(days)
                        .add(a.multiply(gpuTokensPerMonth))
                        .divide(margin, 0, RoundingMode.CEILING)
                        .toBigIntegerExact()
                        .max(nStart);
        boolean selfFirst =
                nStart.equals(BigInteger.ONE)
                        && w(BigInteger.ONE, a).compareTo(BigInteger.ONE) <= 0;
        Option current = selfFirst ? Option.SELF_HOST : api;
        List<Change> changes = new ArrayList<>();
        BigInteger n = nStart;
        int steps = 0;
        for (;
                n.compareTo(nBound) <= 0 && changes.size() < MAX_CHANGES && steps < MAX_STEPS;
                n = n.add(BigInteger.ONE), steps++) {
            BigInteger lo = hi(n.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            BigInteger hi = hi(n);
            BigInteger start = lo.max(w(n, a));
            if (start.compareTo(hi) > 0
                    || start.compareTo(lo) > 0) { // the step starts with the API cheaper
                if (current == Option.SELF_HOST) {
                    changes.add(new Change(lo, api, Option.SELF_HOST, n, null));
                    current = api;
                }
            }
            if (start.compareTo(hi) <= 0 && current == api) {
                changes.add(new Change(start, Option.SELF_HOST, api, n, tie(n, a)));
                current = Option.SELF_HOST;
            }
        }
        boolean truncated = n.compareTo(nBound) <= 0;
        BigInteger always = selfAlwaysFrom(a, nStart, nBound);
        BigInteger first =
                selfFirst
                        ? BigInteger.ONE
                        : changes.isEmpty() ? always : changes.get(0).tokensPerDay();
        return new Race(api, changes, truncated, first, always);
    }

    /**
     * Where self-hosting's last run of wins begins: walk back from the first step it wins whole for
     * good.
     */
    private BigInteger selfAlwaysFrom(BigDecimal a, BigInteger nStart, BigInteger nBound) {
        BigInteger m = nBound;
        int steps = 0;
        while (m.compareTo(nStart) > 0 && steps++ < MAX_STEPS) {
            BigInteger prev = m.subtract(BigInteger.ONE);
            BigInteger lo = hi(prev.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            BigInteger start = lo.max(w(prev, a));
            if (start.compareTo(lo) > 0) {
                return start.compareTo(hi(prev)) <= 0 ? start : hi(prev).add(BigInteger.ONE);
            }
            m = prev;
        }
        BigInteger lo = hi(m.subtract(BigInteger.ONE)).add(BigInteger.ONE);
        return lo.max(w(m, a));
    }

    /** The last whole tokens/day that n GPUs serve: floor(n x C / D). */
    private BigInteger hi(BigInteger n) {
        return new BigDecimal(n)
                .multiply(gpuTokensPerMonth)
                .divide(days, 0, RoundingMode.FLOOR)
                .toBigIntegerExact();
    }

    /**
     * The first whole tokens/day at which the API month (a x V) is above n GPUs' month: floor((n x
     * c + F) / a) + 1.
     */
    private BigInteger w(BigInteger n, BigDecimal a) {
        return selfMonth(n)
                .divide(a, 0, RoundingMode.FLOOR)
                .toBigIntegerExact()
                .add(BigInteger.ONE);
    }

    /** Where the API month equals n GPUs' month: (n x c + F) / a, 2 decimals HALF_UP. */
    private BigDecimal tie(BigInteger n, BigDecimal a) {
        return strip(selfMonth(n).divide(a, 2, RoundingMode.HALF_UP));
    }

    private BigDecimal selfMonth(BigInteger n) {
        return gpuUsdPerMonth.multiply(new BigDecimal(n)).add(inputs.overheadUsdPerMonth());
    }

    /** $ per 1M tokens: usd / tokens x 10^6, {@link #RATE_SCALE} decimals HALF_UP. */
    private static BigDecimal rate(BigDecimal usd, BigDecimal tokens) {
        return strip(usd.movePointRight(6).divide(tokens, RATE_SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal strip(BigDecimal value) {
        return CostEngine.strip(value);
    }
}

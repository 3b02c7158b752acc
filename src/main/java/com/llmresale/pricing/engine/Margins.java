package com.llmresale.pricing.engine;

import com.llmresale.pricing.engine.usage.ModelTraffic;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What one request of each model costs at a token mix against the credits it is charged.
 *
 * <pre>
 *   mix $/1M          = input_share x input + (1 - input_share) x output     (embeddings: input)
 *   cost per request  = tokens_per_request x mix $/1M / 1,000,000
 *                       (from logs: (prompt x input + completion x output) / requests / 1,000,000)
 *   break-even        = cost / credits                                        $ per credit
 *   fair_credits      = the settings' credit rule applied to mix $/1M
 *   vs baseline       = mix $/1M x baseline credits / (baseline avg x credits) - 1, in %
 *   margin            = credits x credit value - cost;  margin % = margin / (credits x credit value) x 100
 * </pre>
 *
 * Computed exactly (divisions to 34 digits) and rounded once in the report.
 */
public final class Margins {
    /** Decimals of every USD figure in the report. */
    public static final int USD_SCALE = 12;

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final CreditEngine engine;
    private final Baseline baseline;

    public Margins(CreditEngine engine) {
        this.engine = engine;
        this.baseline = Baseline.of(engine);
    }

    /**
     * Every model at one mix (a scenario's).
     *
     * @param models the models to cost; those without a $ price are listed as unlisted
     * @param creditValue a credit's worth, or null
     */
    public MarginReport atMix(
            List<PricedModel> models,
            int tokensPerRequest,
            BigDecimal inputShare,
            Phrase source,
            MarginReport.CreditValue creditValue) {
        BigDecimal tokens = BigDecimal.valueOf(tokensPerRequest);
        List<ModelMargin> lines = new ArrayList<>();
        List<Phrase> unlisted = new ArrayList<>();
        for (PricedModel m : models) {
            if (!m.hasPrice()) {
                unlisted.add(Phrase.of("margin.unlisted", m.key().toString()));
                continue;
            }
            BigDecimal mixAvg = CreditEngine.averageAt(inputShare, m.entry());
            BigDecimal cost = tokens.multiply(mixAvg).divide(MILLION);
            lines.add(
                    ModelMargin.of(
                            engine,
                            baseline,
                            m,
                            null,
                            tokens,
                            inputShare,
                            mixAvg,
                            cost,
                            creditValue));
        }
        BigDecimal baselinePerCredit =
                tokens.multiply(baseline.avgUsdPerMtok())
                        .divide(MILLION.multiply(BigDecimal.valueOf(baseline.credits())), MC);
        return MarginLines.report(
                baseline,
                new MarginReport.Mix(tokens, inputShare, source, false),
                creditValue,
                lines,
                unlisted,
                baselinePerCredit,
                List.of());
    }

    /**
     * Every model used in the logs, each at its own mix.
     *
     * @param models the models to cost (active, priced); those not in the logs are listed as
     *     unlisted
     */
    public MarginReport atUsage(
            List<PricedModel> models,
            ModelTraffic traffic,
            Phrase source,
            MarginReport.CreditValue creditValue) {
        List<ModelMargin> lines = new ArrayList<>();
        List<Phrase> unlisted = new ArrayList<>();
        long prompt = 0;
        long completion = 0;
        long requests = 0;
        java.util.Set<ModelKey> costed = new java.util.HashSet<>();
        int absent = 0;
        for (PricedModel m : models) {
            ModelTraffic.Line t = traffic.models().get(m.key());
            if (!m.hasPrice()) {
                unlisted.add(Phrase.of("margin.unlisted", m.key().toString()));
                continue;
            }
            if (t == null || t.requests() == 0) {
                absent++;
                continue;
            }
            costed.add(m.key());
            prompt += t.promptTokens();
            completion += t.completionTokens();
            requests += t.requests();
            ModelEntry e = m.entry();
            long tokens = t.promptTokens() + t.completionTokens();
            BigDecimal spend =
                    e.billedOnInputOnly()
                            ? e.input().multiply(BigDecimal.valueOf(tokens))
                            : e.input()
                                    .multiply(BigDecimal.valueOf(t.promptTokens()))
                                    .add(
                                            e.output()
                                                    .multiply(
                                                            BigDecimal.valueOf(
                                                                    t.completionTokens())));
            BigDecimal share =
                    tokens == 0
                            ? engine.settings().ruleInputShare()
                            : BigDecimal.valueOf(t.promptTokens())
                                    .divide(BigDecimal.valueOf(tokens), MC);
            BigDecimal mixAvg =
                    tokens == 0
                            ? engine.averageOf(e)
                            : spend.divide(BigDecimal.valueOf(tokens), MC);
            BigDecimal perRequest =
                    BigDecimal.valueOf(tokens).divide(BigDecimal.valueOf(t.requests()), MC);
            BigDecimal cost = spend.divide(MILLION.multiply(BigDecimal.valueOf(t.requests())), MC);
            lines.add(
                    ModelMargin.of(
                            engine,
                            baseline,
                            m,
                            t.requests(),
                            perRequest,
                            share,
                            mixAvg,
                            cost,
                            creditValue));
        }
        List<Phrase> notes = new ArrayList<>();
        long others =
                traffic.models().keySet().stream()
                        .filter(k -> !costed.contains(k))
                        .mapToLong(k -> traffic.models().get(k).requests())
                        .sum();
        if (others > 0) {
            notes.add(Phrase.of("margin.note.others", others));
        }
        if (absent > 0) {
            notes.add(
                    Phrase.of(
                            absent == 1 ? "margin.note.absent.one" : "margin.note.absent.many",
                            absent));
        }
        if (traffic.unmapped() > 0) {
            notes.add(Phrase.of("margin.note.unmapped", traffic.unmapped()));
        }
        long tokens = prompt + completion;
        MarginReport.Mix mix =
                new MarginReport.Mix(
                        requests == 0
                                ? null
                                : strip(
                                        BigDecimal.valueOf(tokens)
                                                .divide(
                                                        BigDecimal.valueOf(requests),
                                                        2,
                                                        RoundingMode.HALF_UP)),
                        tokens == 0
                                ? null
                                : strip(
                                        BigDecimal.valueOf(prompt)
                                                .divide(
                                                        BigDecimal.valueOf(tokens),
                                                        4,
                                                        RoundingMode.HALF_UP)),
                        source,
                        true);
        return MarginLines.report(baseline, mix, creditValue, lines, unlisted, null, notes);
    }

    /**
     * A USD figure as reports show it: {@link #USD_SCALE} decimals HALF_UP, trailing zeros dropped.
     */
    static BigDecimal usd(BigDecimal v) {
        return v == null ? null : strip(v.setScale(USD_SCALE, RoundingMode.HALF_UP));
    }

    static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}

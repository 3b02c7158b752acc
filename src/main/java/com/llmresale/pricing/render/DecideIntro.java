package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.DecidePhrases.cents;
import static com.llmresale.pricing.render.DecidePhrases.grouped;
import static com.llmresale.pricing.render.DecidePhrases.pct;
import static com.llmresale.pricing.render.DecidePhrases.perMtok;
import static com.llmresale.pricing.render.DecidePhrases.tokens;

import com.llmresale.pricing.engine.DecisionReport;
import com.llmresale.pricing.model.DecisionCase;
import java.util.ArrayList;
import java.util.List;

/** {@code pricing decide}: the opening lines, the workload, the API prices and the GPU's cost. */
final class DecideIntro {
    private DecideIntro() {}

    static List<String> lines(DecisionReport r) {
        DecisionCase in = r.inputs();
        List<String> lines = new ArrayList<>();
        lines.add(
                "Build or buy"
                        + (in.name() == null ? "" : " (example " + in.name() + ")")
                        + (in.description() == null ? "" : ": " + in.description()));
        if (in.source() != null) {
            lines.add("Source: " + in.source());
        }
        lines.add(
                "Workload: "
                        + grouped(in.tokensPerDay())
                        + " tokens/day, "
                        + pct(in.inputShare())
                        + " input, "
                        + in.daysPerMonth()
                        + "-day months = "
                        + tokens(r.tokensPerMonth())
                        + " tokens a month.");
        lines.add(
                "API: "
                        + r.model()
                        + " at "
                        + Text.usd(r.inputUsdPerMtok())
                        + " input / "
                        + Text.usd(r.outputUsdPerMtok())
                        + " output per 1M tokens"
                        + (r.cachedInputUsdPerMtok() == null
                                ? ""
                                : ", "
                                        + Text.usd(r.cachedInputUsdPerMtok())
                                        + " cached input ("
                                        + pct(in.cacheHitRate())
                                        + " hit rate)")
                        + (r.batchDiscount() == null
                                ? ""
                                : "; batch " + pct(r.batchDiscount()) + " off")
                        + ".");
        DecisionReport.SelfHost s = r.selfHost();
        lines.add(
                "Self-hosting: a GPU at "
                        + Text.usd(in.gpuUsdPerHour())
                        + "/hour x "
                        + in.gpuHours().toPlainString()
                        + " hours x (1 + "
                        + pct(in.overhead())
                        + " overhead) = "
                        + cents(s.gpuUsdPerMonth())
                        + " a month"
                        + (in.overheadUsdPerMonth().signum() == 0
                                ? ""
                                : ", plus "
                                        + cents(in.overheadUsdPerMonth())
                                        + " a month fixed overhead")
                        + ", serving "
                        + grouped(in.gpuTokensPerSecond())
                        + " tokens/s = "
                        + grouped(s.gpuTokensPerDay())
                        + " tokens/day: "
                        + perMtok(s.fullUseUsdPerMtok())
                        + " per 1M tokens at full use"
                        + (in.overheadUsdPerMonth().signum() == 0
                                ? "."
                                : " (fixed overhead aside)."));
        return lines;
    }
}

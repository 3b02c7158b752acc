package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.DecisionReport;
import com.llmresale.pricing.model.DecisionCase;
import java.util.ArrayList;
import java.util.List;

/** {@code pricing decide}: the opening lines, the workload, the API prices and the GPU's cost. */
final class DecideIntro {
    private DecideIntro() {}

    static List<String> lines(DecisionReport r, DecidePhrases p) {
        DecisionCase in = r.inputs();
        List<String> lines = new ArrayList<>();
        String title =
                in.name() == null ? p.format("intro.title") : p.format("intro.example", in.name());
        lines.add(in.description() == null ? title : title + ": " + in.description());
        if (in.source() != null) {
            lines.add(p.format("intro.source", in.source()));
        }
        lines.add(
                p.format(
                        "intro.workload",
                        p.grouped(in.tokensPerDay()),
                        p.pct(in.inputShare()),
                        p.grouped(in.daysPerMonth()),
                        p.tokens(r.tokensPerMonth())));
        String cached =
                r.cachedInputUsdPerMtok() == null
                        ? ""
                        : p.format(
                                "intro.cached",
                                p.usd(r.cachedInputUsdPerMtok()),
                                p.pct(in.cacheHitRate()));
        String batch =
                r.batchDiscount() == null ? "" : p.format("intro.batch", p.pct(r.batchDiscount()));
        lines.add(
                p.format(
                        "intro.api",
                        r.model().toString(),
                        p.usd(r.inputUsdPerMtok()),
                        p.usd(r.outputUsdPerMtok()),
                        cached,
                        batch));
        DecisionReport.SelfHost s = r.selfHost();
        boolean fixed = in.overheadUsdPerMonth().signum() != 0;
        lines.add(
                p.format(
                        fixed ? "intro.self_host.fixed" : "intro.self_host",
                        p.usd(in.gpuUsdPerHour()),
                        p.plain(in.gpuHours()),
                        p.pct(in.overhead()),
                        p.cents(s.gpuUsdPerMonth()),
                        p.cents(in.overheadUsdPerMonth()),
                        p.grouped(in.gpuTokensPerSecond()),
                        p.grouped(s.gpuTokensPerDay()),
                        p.perMtok(s.fullUseUsdPerMtok())));
        return lines;
    }
}

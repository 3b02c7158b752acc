package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.UserLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of a scenario's per-user limits against each other: a longer period's cap that the
 * shorter one makes loose or binding, and token caps against request caps. Typed {@link Check}s;
 * pure.
 */
final class LimitChecks {
    /**
     * A looser limit more than this many times what the tighter one allows is flagged as a warning.
     */
    static final BigDecimal MISMATCH_RATIO = BigDecimal.valueOf(2);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LimitChecks() {}

    static void limitChecks(Scenario s, List<Check> checks) {
        UserLimits limits = s.limits();
        pairChecks("requests", limits.requests(), checks);
        pairChecks("tokens", limits.tokens(), checks);

        List<Phrase> capsBind = new ArrayList<>();
        List<Phrase> capsLoose = new ArrayList<>();
        long tpr = s.tokensPerRequest();
        for (LimitPeriod p : LimitPeriod.values()) {
            Long r = limits.requests().get(p);
            Long t = limits.tokens().get(p);
            if (r == null || t == null) {
                continue;
            }
            long used = Math.multiplyExact(r, tpr);
            if (used > t) {
                capsBind.add(Phrase.of("check.caps_bind", p.id(), t, t / tpr, r));
            } else if (used < t) {
                capsLoose.add(Phrase.of("check.caps_loose", p.id(), r, tpr, used, t));
            }
        }
        if (!capsBind.isEmpty()) {
            checks.add(Check.warning(CheckCode.TOKEN_CAPS_BIND, tpr, capsBind));
        }
        if (!capsLoose.isEmpty()) {
            checks.add(Check.info(CheckCode.TOKEN_CAPS_ABOVE_REQUESTS, tpr, capsLoose));
        }
    }

    private static void pairChecks(String kind, Map<LimitPeriod, Long> caps, List<Check> checks) {
        List<LimitPeriod> present = caps.keySet().stream().sorted().toList();
        for (int i = 0; i + 1 < present.size(); i++) {
            LimitPeriod shorter = present.get(i);
            LimitPeriod longer = present.get(i + 1);
            long factor = longer.factorFrom(shorter);
            long cap = caps.get(longer);
            long allowed = Math.multiplyExact(caps.get(shorter), factor);
            CheckCode code =
                    CheckCode.valueOf(
                            kind.toUpperCase(Locale.ROOT)
                                    + "_"
                                    + shorter.name()
                                    + "_VS_"
                                    + longer.name());
            if (allowed < cap) {
                checks.add(
                        new Check(
                                Check.Severity.WARNING,
                                code,
                                Phrase.of(
                                        "check.pair_below",
                                        kind,
                                        caps.get(shorter),
                                        shorter.id(),
                                        factor,
                                        allowed,
                                        longer.id(),
                                        cap)));
            } else if (allowed > cap) {
                BigDecimal ratio =
                        BigDecimal.valueOf(allowed)
                                .divide(BigDecimal.valueOf(cap), 1, RoundingMode.HALF_UP);
                BigDecimal used =
                        BigDecimal.valueOf(cap)
                                .multiply(HUNDRED)
                                .divide(BigDecimal.valueOf(allowed), 1, RoundingMode.HALF_UP);
                Phrase text =
                        Phrase.of(
                                "check.pair_above",
                                kind,
                                caps.get(shorter),
                                shorter.id(),
                                factor,
                                allowed,
                                longer.id(),
                                cap,
                                ratio,
                                used);
                checks.add(
                        new Check(
                                ratio.compareTo(MISMATCH_RATIO) > 0
                                        ? Check.Severity.WARNING
                                        : Check.Severity.INFO,
                                code,
                                text));
            }
        }
    }
}

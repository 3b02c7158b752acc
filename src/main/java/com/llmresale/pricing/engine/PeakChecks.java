package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The checks of each mix model's peak requests and tokens a minute against the global per-minute
 * limits, at the mix's split and with every user on one alias. Typed {@link Check}s; pure.
 */
final class PeakChecks {
    private PeakChecks() {}

    static void peakChecks(Scenario s, List<ScenarioReport.MixLine> lines, List<Check> checks) {
        for (ScenarioReport.MixLine line : lines) {
            MixEntry e = line.entry();
            peak(
                    s,
                    CheckCode.PEAK_RPM,
                    CheckCode.PEAK_RPM_ONE_ALIAS,
                    "requests",
                    line.peakRpm(),
                    e.rpm(),
                    s.limits().requests().get(LimitPeriod.MINUTE),
                    e,
                    line.share(),
                    checks);
            peak(
                    s,
                    CheckCode.PEAK_TPM,
                    CheckCode.PEAK_TPM_ONE_ALIAS,
                    "tokens",
                    line.peakTpm(),
                    e.tpm(),
                    s.limits().tokens().get(LimitPeriod.MINUTE),
                    e,
                    line.share(),
                    checks);
        }
    }

    private static void peak(
            Scenario s,
            CheckCode code,
            CheckCode oneAlias,
            String what,
            BigDecimal peak,
            Long global,
            Long perUser,
            MixEntry e,
            BigDecimal share,
            List<Check> checks) {
        if (peak == null || global == null) {
            return;
        }
        if (peak.compareTo(BigDecimal.valueOf(global)) <= 0) {
            // within the limit at the mix's split; but every user may call the alias directly
            long everyone = Math.multiplyExact(s.users(), perUser);
            if (everyone > global) {
                checks.add(
                        new Check(
                                Check.Severity.INFO,
                                oneAlias,
                                Phrase.of(
                                        "check.peak_one_alias",
                                        e.alias(),
                                        (long) s.users(),
                                        perUser,
                                        what,
                                        everyone,
                                        global,
                                        share)));
            }
            return;
        }
        checks.add(
                new Check(
                        Check.Severity.WARNING,
                        code,
                        Phrase.of(
                                "check.peak",
                                e.alias(),
                                (long) s.users(),
                                perUser,
                                what,
                                share,
                                peak.setScale(0, RoundingMode.UP).longValue(),
                                global)));
    }
}

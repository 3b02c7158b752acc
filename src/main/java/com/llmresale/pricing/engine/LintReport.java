package com.llmresale.pricing.engine;

import java.util.List;

/**
 * The {@code lint} report.
 *
 * @param rules the thresholds applied
 * @param sheets how many sheets were checked
 * @param models how many active models were checked
 * @param warnings what was found, in {@link LintWarning#ORDER}
 */
public record LintReport(LintRules rules, int sheets, int models, List<LintWarning> warnings) {
    public LintReport {
        warnings = List.copyOf(warnings);
    }

    public boolean clean() {
        return warnings.isEmpty();
    }
}

package com.llmresale.pricing.engine;

import java.util.Comparator;

/**
 * One thing a pricing team must see before publishing.
 *
 * @param provider the sheet it is about, or null for what is about no one sheet
 *     (recommendations.yaml)
 * @param model the model it is about, or null for the sheet as a whole
 */
public record LintWarning(LintCode code, String provider, String model, String message) {
    /** Report order: by code, then provider, then model (sheet-wide first). */
    public static final Comparator<LintWarning> ORDER =
            Comparator.comparing(LintWarning::code)
                    .thenComparing(
                            LintWarning::provider,
                            Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                    .thenComparing(
                            LintWarning::model,
                            Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                    .thenComparing(LintWarning::message);
}

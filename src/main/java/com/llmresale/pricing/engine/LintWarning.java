package com.llmresale.pricing.engine;

import java.util.Comparator;
import java.util.List;

/**
 * One thing a pricing team must see before publishing.
 *
 * @param provider the sheet it is about, or null for what is about no one sheet
 *     (recommendations.yaml)
 * @param model the model it is about, or null for the sheet as a whole
 * @param message what is wrong, worded by the render layer (render/messages.properties)
 */
public record LintWarning(LintCode code, String provider, String model, Phrase message) {
    /**
     * Report order: by code, then provider, then model (sheet-wide first), then the message's key
     * and values (the values lead each wording, so this is the order of the English text).
     */
    public static final Comparator<LintWarning> ORDER =
            Comparator.comparing(LintWarning::code)
                    .thenComparing(
                            LintWarning::provider,
                            Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                    .thenComparing(
                            LintWarning::model,
                            Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                    .thenComparing(LintWarning::message, LintWarning::compare);

    private static int compare(Phrase a, Phrase b) {
        int c = a.key().compareTo(b.key());
        for (int i = 0; c == 0 && i < Math.min(a.args().size(), b.args().size()); i++) {
            c = text(a.args().get(i)).compareTo(text(b.args().get(i)));
        }
        return c != 0 ? c : Integer.compare(a.args().size(), b.args().size());
    }

    private static String text(Object arg) {
        if (arg instanceof Phrase p) {
            return p.key() + p.args().stream().map(LintWarning::text).toList();
        }
        if (arg instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (arg instanceof List<?> list) {
            return list.stream().map(LintWarning::text).toList().toString();
        }
        return String.valueOf(arg);
    }
}

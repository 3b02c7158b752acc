package com.llmresale.pricing.cli;

import java.util.Locale;
import java.util.Map;

/** Which language the user asked for: by --lang, or by the POSIX locale variables. */
final class Languages {
    static final Locale TURKISH = Locale.forLanguageTag("tr");

    private Languages() {}

    /**
     * {@code en} or {@code tr} (any case; a region or encoding after it is ignored); null for
     * anything else.
     */
    static Locale parse(String text) {
        String language = text.strip().toLowerCase(Locale.ROOT).split("[_.@-]", 2)[0];
        return switch (language) {
            case "tr" -> TURKISH;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }

    /**
     * Turkish when the first of LC_ALL, LC_MESSAGES and LANG that is set and not empty names it
     * ({@code tr_TR.UTF-8}); English otherwise (also for C, POSIX or another language).
     */
    static Locale fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return TURKISH.equals(parse(value)) ? TURKISH : Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}

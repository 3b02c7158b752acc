package com.llmresale.pricing.engine;

/**
 * Something a scenario's figures (or a usage period against its plan) say that its author should
 * know: an inconsistency, a limit that cannot bind, a budget that does not hold. The engine does
 * not word it: the render layer words {@link #message()} in the reader's language.
 *
 * @param severity how much it matters
 * @param code a stable identifier for scripts (its name is printed)
 * @param message the sentence with its figures, typed
 */
public record Check(Severity severity, CheckCode code, Phrase message) {
    public enum Severity {
        WARNING,
        INFO
    }

    public Check {
        if (severity == null || code == null || message == null) {
            throw new IllegalArgumentException("a check needs a severity, a code and a message");
        }
    }

    /** A warning worded by the key {@code check.CODE}. */
    public static Check warning(CheckCode code, Object... args) {
        return new Check(Severity.WARNING, code, Phrase.of("check." + code.name(), args));
    }

    /** An info worded by the key {@code check.CODE}. */
    public static Check info(CheckCode code, Object... args) {
        return new Check(Severity.INFO, code, Phrase.of("check." + code.name(), args));
    }

    public static Check of(Severity severity, CheckCode code, Phrase message) {
        return new Check(severity, code, message);
    }
}

package com.llmresale.pricing.engine;

/**
 * Something a scenario's figures say that its author should know: an inconsistency, a limit
 * that cannot bind, a budget that does not hold.
 *
 * @param severity how much it matters
 * @param code     a stable identifier (UPPER_SNAKE) for scripts
 * @param message  one sentence with the figures
 */
public record Check(Severity severity, String code, String message) {
    public enum Severity { WARNING, INFO }

    public static Check warning(String code, String message) {
        return new Check(Severity.WARNING, code, message);
    }

    public static Check info(String code, String message) {
        return new Check(Severity.INFO, code, message);
    }
}

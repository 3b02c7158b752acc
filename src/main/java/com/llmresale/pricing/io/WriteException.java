package com.llmresale.pricing.io;

import java.io.IOException;

/**
 * A file that could not be written: {@code display} names it as the user did (never a temp file),
 * {@code reason} says why in plain words ("is a directory", "permission denied").
 */
public final class WriteException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String display;
    private final String reason;

    public WriteException(String display, String reason, Throwable cause) {
        super(display + ": " + reason, cause);
        this.display = display;
        this.reason = reason;
    }

    public String display() {
        return display;
    }

    public String reason() {
        return reason;
    }
}

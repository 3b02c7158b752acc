package com.llmresale.pricing.cli;

/** A command that cannot do what was asked, for a reason the message explains (exit 1). */
final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

package com.llmresale.pricing.cli;

/** The contract's exit codes. */
public final class ExitCodes {
    public static final int OK = 0;

    /** Invalid data (a sheet, scenario or CSV that cannot be used) or any other failure. */
    public static final int DATA = 1;

    /** Usage error: unknown option, bad value. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}

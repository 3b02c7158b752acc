package com.llmresale.pricing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Builds the command line with its one error handler; used by {@link Main} and by tests. */
public final class PricingCli {
    private PricingCli() {
    }

    /** Runs one command in-process and returns its exit code. */
    public static int execute(Path cwd, PrintWriter out, PrintWriter err, String... args) {
        return create(cwd, out, err).execute(args);
    }

    public static CommandLine create(Path cwd, PrintWriter out, PrintWriter err) {
        PricingCommand root = new PricingCommand(cwd);
        CommandLine cmd = new CommandLine(root);
        ErrorHandler errors = new ErrorHandler(root);
        cmd.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
        return cmd;
    }
}

package com.llmresale.pricing.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The process entry point: wires the real streams and working directory, nothing else. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintWriter out =
                new PrintWriter(
                        new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err =
                new PrintWriter(
                        new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // a console means stdin and stdout are a terminal: not piped, so a progress bar on stderr
        // is seen
        int code =
                PricingCli.executeOnTerminal(
                        Path.of("").toAbsolutePath(), out, err, System.console() != null, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}

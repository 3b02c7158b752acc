package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Runs a {@code pricing} command in-process, the way a user would from {@code cwd}, and keeps what
 * it printed. Assertions show the command, stdout and stderr when they fail.
 */
public record Cli(String command, int exitCode, String out, String err) {

    /** The project root: where ./pricing and ./scenarios are. */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    /**
     * The bundled sheets as the seeds priced them (before the list prices were corrected on
     * 2026-11-30: Haiku 4.5 $0.25 / $1.25, GPT-5 $5 / $15, gemini-2.5-flash $0.30 / $0.30...):
     * tests that reproduce a seed's figures run against these, the bundled sheets move on.
     */
    public static final Path SEED_ERA = PROJECT.resolve("src/test/resources/sheets/seed-era");

    /**
     * What "today" is for every in-process command, so that reports which age prices (lint, the
     * lint count of recompute) are reproducible: 118 days after the 2025-11-03 sheets (Together's
     * and the seed-era copies), and before the ones corrected on 2026-11-30, which lint therefore
     * reports as {@code updated_in_future} in the golden files.
     */
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static final Clock CLOCK =
            Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    public static Cli run(Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out);
                PrintWriter e = new PrintWriter(err)) {
            code = PricingCli.execute(cwd, CLOCK, o, e, args);
        }
        return new Cli(
                "pricing " + String.join(" ", Arrays.asList(args)),
                code,
                out.toString(),
                err.toString());
    }

    /**
     * Runs in the project root as if in the environment {@code env} (LANG, LC_ALL, NO_COLOR) with
     * stdout on a terminal or not; the plain {@link #run} has an empty environment and no terminal.
     */
    public static Cli runIn(java.util.Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out);
                PrintWriter e = new PrintWriter(err)) {
            code = PricingCli.execute(PROJECT, CLOCK, env, terminal, o, e, args);
        }
        return new Cli(
                "pricing " + String.join(" ", Arrays.asList(args)),
                code,
                out.toString(),
                err.toString());
    }

    /** Runs in the project root, against the real sheets. */
    public static Cli run(String... args) {
        return run(PROJECT, args);
    }

    public String describe() {
        return "$ "
                + command
                + "\n[exit "
                + exitCode
                + "]\n--- stdout ---\n"
                + out
                + "--- stderr ---\n"
                + err;
    }

    public Cli assertOk() {
        assertThat(exitCode).as(describe()).isZero();
        assertThat(err).as(describe()).isEmpty();
        return this;
    }

    /**
     * Exit {@code code} with exactly one error line on stderr, no stack trace, nothing on stdout.
     */
    public Cli assertError(int code) {
        assertThat(exitCode).as(describe()).isEqualTo(code);
        assertThat(out).as(describe()).isEmpty();
        assertThat(err).as(describe()).startsWith("error: ");
        assertThat(err).as(describe()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(err.lines().count()).as("one line on stderr\n" + describe()).isEqualTo(1);
        return this;
    }

    /**
     * The first stderr line: the error message, without the pointer to help that usage errors end
     * with (" (see 'pricing X --help')"; {@code UsageTest} checks that pointer).
     */
    public String errorLine() {
        return err.lines()
                .findFirst()
                .orElse("")
                .replaceFirst(" \\(see 'pricing[a-z ]*--help'\\)$", "");
    }
}

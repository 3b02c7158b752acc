package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers and ids from outside are bounded where they enter: a huge or tiny exponent, a
 * 100,000-digit value, an id with spaces or control characters is one line naming the file, line
 * and field (or the option, exit 2), never an OutOfMemoryError, a stack trace, a hang or the whole
 * value echoed back; and nothing is written.
 */
class HostileInputTest {
    private static final String HUNDRED_THOUSAND_DIGITS = "1" + "0".repeat(99_999);

    @TempDir Path dir;

    /** Runs a command that must fail with {@code --write --output} and checks nothing changed. */
    private String failsWith(int exit, Workspace ws, String... args) {
        String[] withOutput =
                java.util.stream.Stream.concat(
                                java.util.Arrays.stream(args),
                                java.util.stream.Stream.of("--output", "report.txt"))
                        .toArray(String[]::new);
        Cli result = ws.runFailing(exit, withOutput);
        assertThat(result.errorLine()).as(result.describe()).hasSizeLessThan(300);
        return result.errorLine();
    }

    private Workspace groqWith(String from, String to) {
        Workspace ws = Workspace.withGroq(dir);
        assertThat(Workspace.GROQ).contains(from);
        ws.write(
                "pricing/groq.yaml",
                Workspace.GROQ.replaceFirst(
                        java.util.regex.Pattern.quote(from),
                        java.util.regex.Matcher.quoteReplacement(to)));
        return ws;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            input: 0.05    | input: 1e999999999  | error: pricing/groq.yaml:7: models[llama-3.1-8b-instant].input: '1e999999999' is too large (at most 20 digits before the point)
            input: 0.05    | input: 1e-999999999 | error: pricing/groq.yaml:7: models[llama-3.1-8b-instant].input: '1e-999999999' has too many decimal places (at most 20)
            input: 0.05    | input: 1e2147483647 | error: pricing/groq.yaml:7: models[llama-3.1-8b-instant].input: '1e2147483647' is too large (at most 20 digits before the point)
            output: 0.08   | output: "1e999999999" | error: pricing/groq.yaml:8: models[llama-3.1-8b-instant].output: not a number: '1e999999999'
            output: 0.08   | credits: 1e999999999 | error: pricing/groq.yaml:8: models[llama-3.1-8b-instant].credits: '1e999999999' is too large (at most 20 digits before the point)
            """)
    void hugeAndTinyNumbersInASheet(String from, String to, String expected) {
        assertThat(failsWith(1, groqWith(from, to), "recompute", "--write")).isEqualTo(expected);
    }

    @Test
    void aHundredThousandDigitPriceIsRefusedWithoutEchoingIt() {
        Workspace ws = groqWith("input: 0.05", "input: " + HUNDRED_THOUSAND_DIGITS);
        assertThat(failsWith(1, ws, "recompute", "--write"))
                .isEqualTo(
                        "error: pricing/groq.yaml:7: "
                                + "models[llama-3.1-8b-instant].input: '1000000000000000000000000000000000000000... (100000 characters)'"
                                + " is too long for a number (at most 64 characters)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            avg_usd_per_mtok: 0.30 | avg_usd_per_mtok: 1e-999999999 | error: pricing/settings.yaml:9: baseline.avg_usd_per_mtok: '1e-999999999' has too many decimal places (at most 20)
            credits_per_multiplier: 20 | credits_per_multiplier: 1e999999999 | error: pricing/settings.yaml:10: credits_per_multiplier: '1e999999999' is too large (at most 20 digits before the point)
            """)
    void hugeAndTinyNumbersInSettings(String from, String to, String expected) throws Exception {
        Workspace ws = Workspace.withGroq(dir);
        String settings = Files.readString(Cli.PROJECT.resolve("pricing/settings.yaml"));
        ws.write("pricing/settings.yaml", settings.replace(from, to));
        assertThat(failsWith(1, ws, "recompute", "--write")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            'users: 50 '          | users: 1e999999999        | users: '1e999999999' is too large (at most 20 digits before the point)
            'cost_margin: 0.30 '  | cost_margin: 1e-999999999 | cost_margin: '1e-999999999' has too many decimal places (at most 20)
            'fx_rate: 34.5 '      | fx_rate: 1E+2147483647    | fx_rate: '1E+2147483647' is too large (at most 20 digits before the point)
            '- alias: autox '     | '- alias: "autox\\e]0;owned\\a"' | mix[autox\\x1b]0;owned\\x07].alias: has the control character U+001B at position 6: 'autox\\x1b]0;owned\\x07'
            """)
    void hugeAndTinyNumbersInAScenario(String from, String to, String expected) throws Exception {
        Workspace ws = new Workspace(dir);
        for (String name :
                new String[] {
                    "settings.yaml",
                    "anthropic.yaml",
                    "openai.yaml",
                    "gemini.yaml",
                    "groq.yaml",
                    "together.yaml"
                }) {
            Path sheet = Cli.PROJECT.resolve("pricing").resolve(name);
            if (Files.exists(sheet)) {
                ws.write("pricing/" + name, Files.readString(sheet));
            }
        }
        String balanced = Files.readString(Cli.PROJECT.resolve("scenarios/balanced.yaml"));
        assertThat(balanced).contains(from);
        ws.write("scenarios/balanced.yaml", balanced.replace(from, to + " "));
        assertThat(failsWith(1, ws, "scenario", "balanced"))
                .startsWith("error: scenarios/balanced.yaml:")
                .endsWith(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            1e999999999  | error: against.csv:2: credits: '1e999999999' is too large (at most 20 digits before the point)
            1e-999999999 | error: against.csv:2: credits: '1e-999999999' has too many decimal places (at most 20)
            """)
    void hugeAndTinyCreditsInACsv(String credits, String expected) {
        Workspace ws = Workspace.withGroq(dir);
        ws.write(
                "against.csv",
                "provider,model,credits\ngroq,llama-3.1-8b-instant," + credits + "\n");
        assertThat(failsWith(1, ws, "recompute", "--against", "against.csv")).isEqualTo(expected);
    }

    @Test
    void aHundredThousandDigitCreditInTheCsvIsRefusedWithoutEchoingIt() {
        Workspace ws = Workspace.withGroq(dir);
        ws.write(
                "against.csv",
                "provider,model,credits\ngroq,llama-3.1-8b-instant,"
                        + HUNDRED_THOUSAND_DIGITS
                        + "\n");
        assertThat(failsWith(1, ws, "recompute", "--against", "against.csv"))
                .startsWith("error: against.csv:2: credits: '10000")
                .endsWith(
                        "... (100000 characters)' is too long for a number (at most 64 characters)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            scenario balanced --price 1e999999999         | error: Invalid value for option '--price': '1e999999999' is too large (at most 20 digits before the point)
            scenario balanced --fx 1e-999999999           | error: Invalid value for option '--fx': '1e-999999999' has too many decimal places (at most 20)
            lint --pin-tolerance 1e-999999999             | error: Invalid value for option '--pin-tolerance': '1e-999999999' has too many decimal places (at most 20)
            roi --training-usd 1e-3000000 --monthly-before-usd 10 --monthly-after-usd 5 | error: Invalid value for option '--training-usd': '1e-3000000' has too many decimal places (at most 20)
            estimate groq:llama-3.1-8b-instant --input-tokens 1e999999999 --output-tokens 1 | error: Invalid value for option '--input-tokens': '1e999999999' is too large (at most 20 digits before the point)
            estimate groq:llama-3.1-8b-instant --input-tokens 1e18 --output-tokens 1e19 | error: Invalid value for option '--output-tokens': '1e19' is too large (at most 9223372036854775807)
            """)
    void hugeAndTinyOptionValuesAreUsageErrors(String command, String expected) {
        Cli result = Cli.run(command.split(" ")).assertError(2);
        assertThat(result.errorLine()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            trailing space  | '- id: llama-3.1-8b-instant' | '- id: "llama-3.1-8b-instant "' | error: pricing/groq.yaml:6: models[llama-3.1-8b-instant ].id: has spaces at its start or end: 'llama-3.1-8b-instant ' (they would publish a different id)
            escape sequence | '- id: llama-3.1-8b-instant' | '- id: "llama\\e[31m"'           | error: pricing/groq.yaml:6: models[llama\\x1b[31m].id: has the control character U+001B at position 6: 'llama\\x1b[31m'
            line break      | '- id: llama-3.1-8b-instant' | '- id: "llama\\nfake"'           | error: pricing/groq.yaml:6: models[llama\\nfake].id: has the control character U+000A at position 6: 'llama\\nfake'
            bidi override   | 'family: gpt-oss-20b'        | 'family: "gpt\\u202eoss"'        | error: pricing/groq.yaml:12: models[openai/gpt-oss-20b].family: has the control character U+202E at position 4: 'gpt\\u202eoss'
            """)
    void idsThatWouldNotReadBackAreRefusedAtLoad(
            String name, String from, String to, String expected) {
        assertThat(failsWith(1, groqWith(from, to), "recompute", "--write")).isEqualTo(expected);
    }

    @Test
    void idsThatDifferOnlyByATrailingSpaceNeverReachThePublishedFile() {
        Workspace ws = groqWith("- id: openai/gpt-oss-20b", "- id: \"llama-3.1-8b-instant \"");
        assertThat(failsWith(1, ws, "recompute", "--write"))
                .contains("has spaces at its start or end");
    }

    /**
     * Whatever scalar a sheet's price or id holds, the answer is a report or one short error line.
     */
    @Property(tries = 60)
    void anyScalarInASheetIsAReportOrOneLineNamingTheSheet(
            @ForAll("field") String field, @ForAll("scalar") String value) throws Exception {
        Path root = Files.createTempDirectory("hostile");
        try {
            Workspace ws = Workspace.withGroq(root);
            String line = field.equals("id") ? "- id: llama-3.1-8b-instant" : field + ": 0.05";
            String replaced = (field.equals("id") ? "- id: " : field + ": ") + value;
            ws.write(
                    "pricing/groq.yaml",
                    Workspace.GROQ.replaceFirst(
                            java.util.regex.Pattern.quote(line),
                            java.util.regex.Matcher.quoteReplacement(replaced)));
            Cli result = ws.run("models", "--format", "csv");
            if (result.exitCode() != 0) {
                result.assertError(1);
                assertThat(result.errorLine())
                        .startsWith("error: pricing/groq.yaml")
                        .hasSizeLessThan(400);
                assertThat(
                                result.errorLine()
                                        .codePoints()
                                        .noneMatch(com.llmresale.pricing.model.Ids::invisible))
                        .isTrue();
            }
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> field() {
        return Arbitraries.of("id", "input", "output");
    }

    @Provide
    Arbitrary<String> scalar() {
        Arbitrary<String> exponents =
                Arbitraries.longs().between(-4_000_000_000L, 4_000_000_000L).map(e -> "1e" + e);
        Arbitrary<String> longDigits = Arbitraries.integers().between(60, 200_000).map("7"::repeat);
        Arbitrary<String> controls =
                Arbitraries.strings()
                        .withCharRange('\u0000', '\u009f')
                        .withChars("\u202e\u2028 ")
                        .ofMinLength(1)
                        .ofMaxLength(12)
                        .map(
                                s ->
                                        '"'
                                                + s.codePoints()
                                                        .mapToObj(c -> String.format("\\u%04x", c))
                                                        .collect(
                                                                java.util.stream.Collectors
                                                                        .joining())
                                                + '"');
        Arbitrary<String> nested =
                Arbitraries.integers().between(1, 3000).map(n -> "[".repeat(n) + "]".repeat(n));
        Arbitrary<String> longText =
                Arbitraries.integers().between(300, 100_000).map(n -> "\"" + "x".repeat(n) + "\"");
        return Arbitraries.oneOf(exponents, longDigits, controls, nested, longText);
    }
}

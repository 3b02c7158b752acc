package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table and Markdown output and error messages never pass a terminal control sequence, a raw line
 * break or a bidi override from the data: they show it escaped ({@code \x1b}, {@code \n}, {@code
 * \u202e}). Ids (model ids, families, aliases) with such characters are refused at load ({@code
 * HostileInputTest}); free text (display names, notes, recommendation titles and tags) may hold
 * them, and is what this test feeds in.
 */
class InertTextTest {
    /**
     * ESC [31m (red), a line break, a right-to-left override, a C1 CSI and a pipe, in YAML escapes.
     */
    private static final String TEXT_YAML = "\"fam\\e[31mred\\nline\\u202Eevil\\u009B|x\"";

    /** How that text is shown. */
    private static final String TEXT_SHOWN = "fam\\x1b[31mred\\nline\\u202eevil\\u009b|x";

    /** A family with a pipe, which a Markdown cell must escape. */
    private static final String FAMILY_YAML = "fam|x";

    @TempDir Path dir;

    private Workspace hostile() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "pricing/groq.yaml",
                """
                provider: groq
                name: "Groq\\e]0;owned\\u0007"
                currency: USD
                updated: 2025-11-03
                notes: [%s]
                models:
                  - id: fast
                    input: 0.05
                    output: 0.08
                    family: %s
                  - id: pin
                    credits: 200
                    family: %s
                """
                        .formatted(TEXT_YAML, FAMILY_YAML, FAMILY_YAML));
        ws.write(
                "pricing/recommendations.yaml",
                """
                groups:
                  - title: %s
                    tag: %s
                """
                        .formatted(TEXT_YAML, TEXT_YAML));
        ws.write(
                "pricing/together.yaml",
                """
                provider: together
                name: Together
                currency: USD
                updated: 2025-11-03
                models:
                  - id: slow
                    input: 0.18
                    output: 0.18
                    family: %s
                """
                        .formatted(FAMILY_YAML));
        return ws;
    }

    private static void assertNoRawControls(String text, Cli result) {
        assertThat(text)
                .as(result.describe())
                .doesNotContain("\u001b")
                .doesNotContain("\u0007")
                .doesNotContain("\u202e")
                .doesNotContain("\u009b")
                .doesNotContain("red\nline")
                .doesNotContain("\r");
    }

    @Test
    void tableAndMarkdownShowControlCharactersEscaped() {
        Workspace ws = hostile();
        for (String format : new String[] {"table", "markdown"}) {
            for (String command : new String[] {"compare", "lint"}) {
                Cli result = ws.run(command, "-f", format).assertOk();

                assertNoRawControls(result.out(), result);
                // Markdown cells (the lint message) also escape the pipe; compare shows the notes
                // as lines
                assertThat(result.out())
                        .as(result.describe())
                        .contains(
                                format.equals("markdown") && command.equals("lint")
                                        ? TEXT_SHOWN.replace("|", "\\|")
                                        : TEXT_SHOWN);
            }
        }
        Cli compare = ws.run("compare");
        assertThat(compare.out()).contains("Groq\\x1b]0;owned\\x07");
    }

    @Test
    void anErrorMessageShowsControlCharactersEscaped() {
        Workspace ws = hostile();

        Cli unknownModel =
                ws.run(
                                "estimate",
                                "groq:no\u001b[2Jsuch\nmodel\u202e",
                                "--input-tokens",
                                "1",
                                "--output-tokens",
                                "1")
                        .assertError(2);
        Cli unknownCommand = ws.run("mod\u001b[2Jels").assertError(2);

        for (Cli result : new Cli[] {unknownModel, unknownCommand}) {
            assertNoRawControls(result.err(), result);
            assertThat(result.err()).as(result.describe()).contains("\\x1b[2J");
        }
        assertThat(unknownModel.err()).contains("no\\x1b[2Jsuch\\nmodel\\u202e");
    }
}

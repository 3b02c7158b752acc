package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code source <(pricing generate-completion)} in a real bash: the completion function it
 * installs, driven the way bash drives it (COMP_WORDS, COMP_CWORD), offers commands and options.
 */
class CompletionTest {
    /**
     * The candidates bash would offer after {@code line} (the last word is the one being
     * completed).
     */
    private static List<String> complete(String line) throws IOException, InterruptedException {
        String pricing =
                String.join(
                        " ",
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                "'" + System.getProperty("java.class.path") + "'",
                                Main.class.getName()));
        String script =
                "source <("
                        + pricing
                        + " generate-completion)\n"
                        + "complete -p pricing >&2\n"
                        + "COMP_LINE='"
                        + line
                        + "'; COMP_POINT=${#COMP_LINE}\n"
                        + "read -r -a COMP_WORDS <<< \"$COMP_LINE\"\n"
                        + (line.endsWith(" ") ? "COMP_WORDS+=('')\n" : "")
                        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
                        + "_complete_pricing 2>/dev/null\n"
                        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", script).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(bash.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(err).isZero();
        assertThat(err)
                .as("the script registers a completion for pricing")
                .contains("complete -o default -F _complete_pricing pricing");
        return out.lines().filter(s -> !s.isBlank()).toList();
    }

    @Test
    void completesCommandNames() throws Exception {
        assertThat(complete("pricing mo")).containsExactly("models");
        assertThat(complete("pricing re")).containsExactly("recompute");
        assertThat(complete("pricing "))
                .contains(
                        "models",
                        "recompute",
                        "tiers",
                        "compare",
                        "lint",
                        "scenario",
                        "estimate",
                        "roi",
                        "decide",
                        "usage",
                        "import",
                        "sync",
                        "margin",
                        "help",
                        "generate-completion");
    }

    @Test
    void completesACommandsOptions() throws Exception {
        assertThat(complete("pricing models --pro")).containsExactly("--provider");
        assertThat(complete("pricing lint --st")).containsExactly("--strict");
        assertThat(complete("pricing recompute --"))
                .contains("--write", "--against", "--provider", "--format", "--output", "--sheets");
    }
}

package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Colour only on a terminal, without NO_COLOR, in the table format on stdout. */
class ColourTest {
    static final String ESC = "\u001b[";
    static final String YELLOW = "\u001b[33m";
    static final String GREEN = "\u001b[32m";
    static final String RED = "\u001b[31m";
    static final String RESET = "\u001b[0m";

    @Test
    void warningsAreYellowOnATerminal() {
        String out = Cli.runIn(Map.of(), true, "scenario", "balanced").assertOk().out();
        assertThat(out)
                .contains(
                        YELLOW
                                + "WARNING"
                                + RESET
                                + "   "
                                + YELLOW
                                + "REQUESTS_HOUR_VS_DAY"
                                + RESET);
        // info rows are not coloured; without the codes the text is the plain table
        assertThat(out).contains("\nINFO      TOKEN_CAPS_ABOVE_REQUESTS");
        assertThat(out.replaceAll("\u001b\\[\\d+m", ""))
                .isEqualTo(Cli.run("scenario", "balanced").assertOk().out());
    }

    @Test
    void risesGreenAndFallsRed() {
        String out = Cli.runIn(Map.of(), true, "recompute").assertOk().out();
        assertThat(out).contains(GREEN + "+233.3%" + RESET).contains(RED + "-");
        assertThat(out.replaceAll("\u001b\\[\\d+m", ""))
                .isEqualTo(Cli.run("recompute").assertOk().out());
    }

    @Test
    void noColourWithoutATerminalWithNoColorOrInOtherFormats() {
        assertThat(Cli.run("scenario", "balanced").assertOk().out()).doesNotContain(ESC);
        assertThat(Cli.runIn(Map.of("NO_COLOR", ""), true, "scenario", "balanced").assertOk().out())
                .doesNotContain(ESC);
        assertThat(Cli.runIn(Map.of("NO_COLOR", "1"), true, "recompute").assertOk().out())
                .doesNotContain(ESC);
        for (String format : new String[] {"markdown", "html", "csv", "json"}) {
            assertThat(
                            Cli.runIn(Map.of(), true, "scenario", "balanced", "-f", format)
                                    .assertOk()
                                    .out())
                    .as(format)
                    .doesNotContain(ESC);
        }
    }

    @Test
    void neverInAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.txt");
        Cli.runIn(Map.of(), true, "scenario", "balanced", "-o", file.toString()).assertOk();
        assertThat(Files.readString(file))
                .doesNotContain(ESC)
                .contains("WARNING   REQUESTS_HOUR_VS_DAY");
    }
}

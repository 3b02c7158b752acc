package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every HTML page in a real browser (headless Chromium, from file://): the DOM holds the charts
 * with their data marks, nothing refers to the outside, the console stays silent, and the
 * screenshot shows coloured marks. Expected counts come from the reports' tables (the golden
 * files): 7 days and 5 users in the week of logs, 5 breach rows, 4 lever steps, 4 x 4 sensitivity
 * cells, 22 credits that move (14 up, 8 down), 46 active models, 4 families with priced offers.
 *
 * <p>{@code -Ddocs.screenshots=true} also copies the usage and scenario screenshots to docs/ (the
 * README shows them). Without Chromium the tests are skipped (.ci/run installs it).
 */
class BrowserPagesTest {
    private static final boolean DOCS = Boolean.getBoolean("docs.screenshots");
    private static final Pattern OUTSIDE =
            Pattern.compile("(?i)(src|href|xlink:href|action)\\s*=\\s*[\"']?\\s*(https?:|//)");
    private static Chromium chromium;

    @TempDir Path work;

    @BeforeAll
    static void findBrowser() {
        chromium = Chromium.find();
    }

    private static void requireBrowser() {
        assumeTrue(
                chromium != null,
                "chromium not installed (looked at /usr/bin/chromium and the PATH): browser tests "
                        + "skipped; `apt-get install -y chromium` or .ci/run installs it");
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of(
                        "usage",
                        List.of(
                                "usage",
                                "src/test/resources/usage/week.csv",
                                "--scenario",
                                "balanced",
                                "--daily-alarm-usd",
                                "0.05"),
                        Map.of(
                                "<svg ",
                                4,
                                "<rect class=\"bar\"[^>]*><title>11-",
                                6,
                                "<rect class=\"bar over\"",
                                1,
                                "<line class=\"ref\"",
                                1,
                                "<rect class=\"bar breach\"",
                                5,
                                "<rect class=\"segment s\\d\"[^>]*><title>",
                                5)),
                Arguments.of(
                        "scenario",
                        List.of(
                                "scenario",
                                "balanced",
                                "--prompt-cache-hit-rate",
                                "0.5",
                                "--batch-share",
                                "0.2",
                                "--semantic-cache-hit-rate",
                                "0.3",
                                "--output-cap",
                                "80"),
                        Map.of(
                                "<svg ",
                                3,
                                "<rect class=\"bar saving\"",
                                4,
                                "<line class=\"ref\"",
                                1,
                                "<rect class=\"segment [^\"]*\"[^>]*><title>",
                                4,
                                "<rect class=\"bar over\"",
                                2)),
                Arguments.of(
                        "sensitivity",
                        List.of("scenario", "balanced", "--sensitivity"),
                        Map.of("<svg ", 1, "<rect class=\"cell pos\"", 16)),
                // 10 down: seed 000/001's 8 falls and the corrected gpt-5 (666 -> 376) and
                // gpt-5-mini (84 -> 76);
                // a new-credits dot per move (14 + 10)
                Arguments.of(
                        "recompute",
                        List.of("recompute"),
                        Map.of(
                                "<svg ",
                                1,
                                "<line class=\"move up\"",
                                14,
                                "<line class=\"move down\"",
                                10,
                                "<circle class=\"dot new\"[^>]*><title>",
                                24)),
                Arguments.of(
                        "tiers",
                        List.of("tiers"),
                        Map.of(
                                "<svg ",
                                1,
                                "<circle class=\"dot\"[^>]*><title>",
                                46,
                                "<rect class=\"band\"",
                                7)),
                // gpt-oss-20b is no tie any more (Groq $0.075 / $0.30, Together $0.05 / $0.20): of
                // its two
                // bars, once both "cheapest", one is plain now
                // $0.00001 a credit: the 2 models whose break-even per credit is above it
                // (gemini-2.5-flash $0.000017, gpt-5-pro $0.0000165, both pinned) lose money, the
                // other 40 priced ones earn; the free model has no margin %
                Arguments.of(
                        "margin",
                        List.of(
                                "margin",
                                "--scenario",
                                "balanced",
                                "--credit-value-usd",
                                "0.00001"),
                        Map.of(
                                "<svg ",
                                1,
                                "<rect class=\"bar over\"",
                                2,
                                "<rect class=\"bar\"",
                                40)),
                Arguments.of(
                        "compare",
                        List.of("compare"),
                        Map.of(
                                "<svg ",
                                4,
                                "<rect class=\"bar cheapest\"",
                                5,
                                "<rect class=\"bar\"",
                                3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageShowsItsChartsInChromium(String name, List<String> args, Map<String, Integer> marks)
            throws Exception {
        requireBrowser();
        List<String> command = new java.util.ArrayList<>(args);
        command.addAll(List.of("--format", "html"));
        Cli cli = Cli.run(command.toArray(String[]::new)).assertOk();
        Path page = work.resolve(name + ".html");
        Files.writeString(page, cli.out(), StandardCharsets.UTF_8);

        Chromium.Run dom = chromium.dumpDom(page, work);
        assertThat(dom.consoleLines()).as("console messages of " + name).isEmpty();
        assertNothingOutside(dom.out());
        marks.forEach(
                (mark, expected) ->
                        assertThat(count(dom.out(), mark))
                                .as(mark + " in the DOM of " + name)
                                .isEqualTo(expected));

        Path png = work.resolve(name + ".png");
        Chromium.Run shot = chromium.screenshot(page, png, 1280, 2400, work);
        assertThat(shot.consoleLines()).as("console messages of " + name).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        // the charts are the page's only colours (text is black or grey, tables grey lines on
        // white)
        assertThat(colouredPixels(image))
                .as("coloured pixels in the screenshot of " + name)
                .isGreaterThan(1000);
        if (DOCS && (name.equals("usage") || name.equals("scenario"))) {
            Files.createDirectories(Cli.PROJECT.resolve("docs"));
            Files.copy(
                    png,
                    Cli.PROJECT.resolve("docs/" + name + "-html.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The checks above can fail: a page that fetches an image and runs a script trips both. */
    @Test
    void theChecksSeeAnOutsideRequestAndAConsoleMessage() throws Exception {
        requireBrowser();
        Path page = work.resolve("bad.html");
        Files.writeString(
                page,
                "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                        + "content=\"default-src 'none'\"></head><body><img src=\"https://example.com/x.png\">"
                        + "<script>document.title='x'</script></body></html>",
                StandardCharsets.UTF_8);
        Chromium.Run dom = chromium.dumpDom(page, work);
        assertThat(dom.consoleLines()).hasSize(2);
        assertThat(OUTSIDE.matcher(dom.out()).find()).isTrue();
        Path png = work.resolve("blank.png");
        Files.writeString(
                page,
                "<!DOCTYPE html><html><body><p>text only</p></body></html>",
                StandardCharsets.UTF_8);
        chromium.screenshot(page, png, 400, 300, work);
        assertThat(colouredPixels(ImageIO.read(png.toFile()))).isZero();
    }

    private static void assertNothingOutside(String dom) {
        Matcher m = OUTSIDE.matcher(dom);
        assertThat(m.find())
                .as(
                        "a reference to the outside: "
                                + (m.hitEnd()
                                        ? ""
                                        : dom.substring(
                                                m.start(), Math.min(dom.length(), m.start() + 80))))
                .isFalse();
        assertThat(dom)
                .doesNotContain("<script")
                .doesNotContain("<link")
                .doesNotContain("<img")
                .doesNotContain("<iframe")
                .doesNotContain("url(")
                .doesNotContain("@import");
    }

    /**
     * Pixels with a colour (channels more than 60 apart): chart marks, not text, grid lines or
     * white.
     */
    static long colouredPixels(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

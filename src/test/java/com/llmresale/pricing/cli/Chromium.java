package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} (at /usr/bin/chromium, else on
 * the PATH), run once per page with a fresh profile and no network services. {@code .ci/run}
 * installs it when missing; elsewhere the tests skip without it.
 */
record Chromium(Path binary) {
    /**
     * A console message Chromium logged (with {@code --enable-logging=stderr}): a blocked fetch, a
     * script error.
     */
    static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");

    /** The browser, or null when there is none here. */
    static Chromium find() {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium")));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "chromium"));
                candidates.add(Path.of(dir, "chromium-browser"));
            }
        }
        return candidates.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .map(Chromium::new)
                .orElse(null);
    }

    /** What a run printed: stdout (the DOM with --dump-dom) and the log on stderr. */
    record Run(String out, String log) {
        List<String> consoleLines() {
            return log.lines().filter(l -> CONSOLE.matcher(l).find()).toList();
        }
    }

    /** The page's DOM after loading it from file:// (scripts would have run; there are none). */
    Run dumpDom(Path page, Path work) throws IOException, InterruptedException {
        return run(work, List.of("--dump-dom", page.toUri().toString()));
    }

    /** A PNG of the page's first {@code width} x {@code height} pixels. */
    Run screenshot(Path page, Path png, int width, int height, Path work)
            throws IOException, InterruptedException {
        return run(
                work,
                List.of(
                        "--screenshot=" + png,
                        "--window-size=" + width + "," + height,
                        "--hide-scrollbars",
                        page.toUri().toString()));
    }

    private Run run(Path work, List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        Path out = work.resolve(profile.getFileName() + ".out");
        Path err = work.resolve(profile.getFileName() + ".err");
        List<String> command =
                new ArrayList<>(
                        List.of(
                                binary.toString(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--no-first-run",
                                "--disable-component-update",
                                "--disable-sync",
                                "--user-data-dir=" + profile,
                                "--enable-logging=stderr",
                                "--v=0"));
        command.addAll(args);
        Process p =
                new ProcessBuilder(command)
                        .directory(work.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        // a guard against a browser that hangs, not a timing assertion
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + command);
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("chromium exit code; its log:\n" + log).isZero();
        return new Run(Files.readString(out, StandardCharsets.UTF_8), log);
    }
}

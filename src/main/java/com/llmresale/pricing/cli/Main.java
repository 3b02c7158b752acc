package com.llmresale.pricing.cli;

import com.llmresale.pricing.io.YamlCache;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

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
        Path cache = cacheFolder(System.getenv());
        if (cache != null) {
            YamlCache.enable(cache);
        }
        // a console means stdin and stdout are a terminal: not piped, so a progress bar on stderr
        // is seen
        int code =
                PricingCli.executeOnTerminal(
                        Path.of("").toAbsolutePath(), out, err, System.console() != null, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Where parsed YAML files are kept between runs ({@link YamlCache}): {@code PRICING_CACHE},
     * else {@code $XDG_CACHE_HOME/pricing/yaml}, else {@code ~/.cache/pricing/yaml}; none with
     * {@code PRICING_CACHE=off} or without a home folder.
     */
    static Path cacheFolder(Map<String, String> env) {
        String own = env.get("PRICING_CACHE");
        if (own != null && !own.isBlank()) {
            return own.equals("off") ? null : Path.of(own);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && xdg.startsWith("/")) {
            return Path.of(xdg, "pricing", "yaml");
        }
        String home = env.get("HOME");
        return home != null && home.startsWith("/")
                ? Path.of(home, ".cache", "pricing", "yaml")
                : null;
    }
}

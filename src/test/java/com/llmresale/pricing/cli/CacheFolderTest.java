package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the command line keeps parsed YAML files (docs/speed.md), from the environment. */
class CacheFolderTest {
    @Test
    void theUsersCacheFolderByDefault() {
        assertThat(Main.cacheFolder(Map.of("HOME", "/home/ada")))
                .isEqualTo(Path.of("/home/ada/.cache/pricing/yaml"));
    }

    @Test
    void xdgCacheHomeWhenSetAndAbsolute() {
        assertThat(
                        Main.cacheFolder(
                                Map.of("HOME", "/home/ada", "XDG_CACHE_HOME", "/var/cache/ada")))
                .isEqualTo(Path.of("/var/cache/ada/pricing/yaml"));
        // the XDG rule: a relative value is ignored
        assertThat(Main.cacheFolder(Map.of("HOME", "/home/ada", "XDG_CACHE_HOME", "cache")))
                .isEqualTo(Path.of("/home/ada/.cache/pricing/yaml"));
    }

    @Test
    void pricingCacheNamesTheFolderOrTurnsItOff() {
        assertThat(Main.cacheFolder(Map.of("HOME", "/home/ada", "PRICING_CACHE", "/tmp/p")))
                .isEqualTo(Path.of("/tmp/p"));
        assertThat(Main.cacheFolder(Map.of("HOME", "/home/ada", "PRICING_CACHE", "off"))).isNull();
    }

    @Test
    void noCacheWithoutAHome() {
        assertThat(Main.cacheFolder(Map.of())).isNull();
    }
}

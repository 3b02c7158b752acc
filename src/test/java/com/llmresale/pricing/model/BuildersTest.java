package com.llmresale.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.ScenarioLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The builders of the wide records keep every field, and their defaults are what the docs say. */
class BuildersTest {
    static final Path ROOT = Path.of("").toAbsolutePath();

    /** Every field set, each to a value no other field of its type has, so a swap cannot pass. */
    static ModelEntry everyFieldSet() {
        PriceTier tier =
                new PriceTier(200_000, new BigDecimal("6"), new BigDecimal("22.5"), null, null);
        PricePeriod old =
                new PricePeriod(
                        LocalDate.of(2025, 1, 1),
                        new BigDecimal("2"),
                        new BigDecimal("9"),
                        null,
                        null,
                        List.of());
        return new ModelEntry(
                "m",
                new BigDecimal("3"),
                new BigDecimal("15"),
                new BigDecimal("0.3"),
                70,
                "fam",
                false,
                true,
                List.of("tag"),
                new BigDecimal("70"),
                true,
                "chat",
                "src",
                "remark",
                null,
                List.of("m-2025"),
                new BigDecimal("3.75"),
                List.of(tier),
                List.of(old),
                new UpstreamIds("a", "b", "c"));
    }

    @Test
    void modelToBuilderKeepsEveryField() {
        ModelEntry m = everyFieldSet();
        assertThat(m.toBuilder().build()).isEqualTo(m);
        assertThat(m.toBuilder().active(true).build())
                .isEqualTo(
                        new ModelEntry(
                                "m",
                                new BigDecimal("3"),
                                new BigDecimal("15"),
                                new BigDecimal("0.3"),
                                70,
                                "fam",
                                true,
                                true,
                                List.of("tag"),
                                new BigDecimal("70"),
                                true,
                                "chat",
                                "src",
                                "remark",
                                null,
                                List.of("m-2025"),
                                new BigDecimal("3.75"),
                                m.tiers(),
                                m.history(),
                                new UpstreamIds("a", "b", "c")));
    }

    @Test
    void modelBuilderDefaultsAreAnOmittedSheetField() {
        ModelEntry built = ModelEntry.builder("m").prices(BigDecimal.ONE, BigDecimal.TEN).build();
        assertThat(built)
                .isEqualTo(
                        new ModelEntry(
                                "m",
                                BigDecimal.ONE,
                                BigDecimal.TEN,
                                null,
                                null,
                                null,
                                true,
                                false,
                                List.of(),
                                null,
                                false,
                                "chat",
                                null,
                                null,
                                null,
                                List.of(),
                                null,
                                List.of(),
                                List.of(),
                                UpstreamIds.NONE));
    }

    @Test
    void everyBundledModelRoundTrips() {
        Catalog catalog = CatalogLoader.load(Folder.resolve(ROOT, null, "pricing"));
        List<ModelEntry> models =
                catalog.sheets().stream().flatMap(s -> s.models().stream()).toList();
        assertThat(models).hasSizeGreaterThan(10);
        assertThat(models).allSatisfy(m -> assertThat(m.toBuilder().build()).isEqualTo(m));
    }

    @Test
    void scenarioToBuilderKeepsEveryField() {
        Map<LimitPeriod, Long> requests = new EnumMap<>(LimitPeriod.class);
        requests.put(LimitPeriod.MINUTE, 10L);
        Map<LimitPeriod, Long> tokens = new EnumMap<>(LimitPeriod.class);
        tokens.put(LimitPeriod.MONTH, 5_000_000L);
        UserLimits limits = new UserLimits(requests, tokens, null, null);
        List<MixEntry> mix =
                List.of(
                        new MixEntry(
                                "fast",
                                "groq",
                                "llama",
                                new BigDecimal("100"),
                                null,
                                null,
                                null,
                                3));
        Scenario s =
                new Scenario(
                        "s",
                        "desc",
                        "scenarios/s.yaml",
                        40,
                        "TRY",
                        new BigDecimal("800"),
                        new BigDecimal("34.5"),
                        new BigDecimal("0.3"),
                        1000,
                        new BigDecimal("0.7"),
                        new BigDecimal("0.3"),
                        limits,
                        new BigDecimal("2"),
                        mix,
                        9_000_000L,
                        300_000L,
                        new Levers(
                                new BigDecimal("0.5"),
                                new BigDecimal("0.2"),
                                new BigDecimal("0.1"),
                                500),
                        List.of(10, 20),
                        List.of(new BigDecimal("700")),
                        1_000L,
                        List.of("ada"));
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertThat(s.with(41, null, null, null, null))
                .isEqualTo(
                        new Scenario(
                                "s",
                                "desc",
                                "scenarios/s.yaml",
                                41,
                                "TRY",
                                new BigDecimal("800"),
                                new BigDecimal("34.5"),
                                new BigDecimal("0.3"),
                                1000,
                                new BigDecimal("0.7"),
                                new BigDecimal("0.3"),
                                limits,
                                new BigDecimal("2"),
                                mix,
                                9_000_000L,
                                300_000L,
                                s.levers(),
                                List.of(10, 20),
                                List.of(new BigDecimal("700")),
                                1_000L,
                                List.of("ada")));
    }

    @Test
    void everyBundledScenarioRoundTrips() throws IOException {
        List<Scenario> scenarios;
        try (Stream<Path> files = Files.list(ROOT.resolve("scenarios"))) {
            scenarios =
                    files.filter(f -> f.toString().endsWith(".yaml"))
                            .sorted()
                            .map(f -> ScenarioLoader.load(f, "scenarios/" + f.getFileName()))
                            .toList();
        }
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(4);
        assertThat(scenarios).allSatisfy(s -> assertThat(s.toBuilder().build()).isEqualTo(s));
    }
}

package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.llmresale.pricing.engine.Estimate;
import com.llmresale.pricing.engine.Estimator;
import com.llmresale.pricing.engine.Workload;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelKey;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code pricing estimate} on the real genai-prices catalog (a copy under src/test/resources)
 * agrees to the last digit with an independent calculator: src/test/python/estimate_fixture.py,
 * Python's decimal module over a line parser of the sheets, which wrote
 * src/test/resources/estimate-fixture.csv (350 workloads, all 35 providers, most with cached
 * tokens). Python is not needed here: the CSV is committed.
 */
class EstimateAgreesWithIndependentCalculatorTest {
    static final Path CATALOG = Path.of("src/test/resources/genai-prices");
    static final Path FIXTURE = Path.of("src/test/resources/estimate-fixture.csv");

    static Catalog catalog;
    static List<CSVRecord> rows;

    @BeforeAll
    static void load() throws IOException {
        catalog =
                CatalogLoader.load(new Folder(CATALOG.toAbsolutePath(), CATALOG.toString(), false));
        try (Reader in = Files.newBufferedReader(FIXTURE, StandardCharsets.UTF_8)) {
            rows =
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader()
                            .setSkipHeaderRecord(true)
                            .build()
                            .parse(in)
                            .getRecords();
        }
    }

    @Test
    void theFixtureCoversEveryProviderAndCachedTokens() {
        assertThat(catalog.sheets()).hasSize(35);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.stream().map(r -> r.get("provider")).distinct().count()).isEqualTo(35);
        long cachedOnACachedPrice =
                rows.stream()
                        .filter(r -> Long.parseLong(r.get("cached_input_tokens")) > 0)
                        .filter(
                                r ->
                                        catalog.model(r.get("provider"), r.get("model"))
                                                        .orElseThrow()
                                                        .cachedInput()
                                                != null)
                        .count();
        assertThat(cachedOnACachedPrice)
                .as("cases with cached tokens at a cached_input price")
                .isGreaterThan(100);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRowIsReproducedExactly() {
        Estimator estimator = new Estimator(catalog);
        return rows.stream()
                .map(
                        r ->
                                DynamicTest.dynamicTest(
                                        describe(r),
                                        () -> {
                                            Estimate e =
                                                    estimator.estimate(
                                                            new ModelKey(
                                                                    r.get("provider"),
                                                                    r.get("model")),
                                                            workload(r),
                                                            1);
                                            assertExact("input_usd", e.perRequest().inputUsd(), r);
                                            assertExact(
                                                    "output_usd", e.perRequest().outputUsd(), r);
                                            assertExact("total_usd", e.perRequest().totalUsd(), r);
                                        }));
    }

    /** The command itself, JSON and all, on every 10th row (each run loads the whole catalog). */
    @TestFactory
    Stream<DynamicTest> theCommandPrintsTheSameFigures() {
        ObjectMapper json =
                new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<CSVRecord> sample = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += 10) {
            sample.add(rows.get(i));
        }
        return sample.stream()
                .map(
                        r ->
                                DynamicTest.dynamicTest(
                                        describe(r),
                                        () -> {
                                            Cli result =
                                                    Cli.run(
                                                                    "--sheets",
                                                                    CATALOG.toString(),
                                                                    "estimate",
                                                                    r.get("provider")
                                                                            + ":"
                                                                            + r.get("model"),
                                                                    "--input-tokens",
                                                                    r.get("input_tokens"),
                                                                    "--output-tokens",
                                                                    r.get("output_tokens"),
                                                                    "--cached-input-tokens",
                                                                    r.get("cached_input_tokens"),
                                                                    "--format",
                                                                    "json")
                                                            .assertOk();
                                            JsonNode node = json.readTree(result.out());
                                            for (String key :
                                                    List.of(
                                                            "input_usd",
                                                            "output_usd",
                                                            "total_usd")) {
                                                assertExact(key, node.get(key).decimalValue(), r);
                                            }
                                        }));
    }

    private static Workload workload(CSVRecord r) {
        return new Workload(
                Long.parseLong(r.get("input_tokens")),
                Long.parseLong(r.get("output_tokens")),
                Long.parseLong(r.get("cached_input_tokens")),
                false);
    }

    private static void assertExact(String key, BigDecimal actual, CSVRecord r) {
        BigDecimal expected = new BigDecimal(r.get(key));
        assertThat(actual.compareTo(expected))
                .as(
                        "%s of %s: Java %s, independent calculator %s",
                        key, describe(r), actual.toPlainString(), expected.toPlainString())
                .isZero();
    }

    private static String describe(CSVRecord r) {
        return r.get("provider")
                + ":"
                + r.get("model")
                + " in="
                + r.get("input_tokens")
                + " out="
                + r.get("output_tokens")
                + " cached="
                + r.get("cached_input_tokens");
    }
}

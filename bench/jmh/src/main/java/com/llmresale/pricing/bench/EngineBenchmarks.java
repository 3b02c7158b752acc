package com.llmresale.pricing.bench;

import com.llmresale.pricing.engine.Estimate;
import com.llmresale.pricing.engine.Estimator;
import com.llmresale.pricing.engine.RecomputeReport;
import com.llmresale.pricing.engine.Repricing;
import com.llmresale.pricing.engine.ScenarioEngine;
import com.llmresale.pricing.engine.ScenarioReport;
import com.llmresale.pricing.engine.Workload;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.ScenarioLoader;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine on real data, inputs loaded once in setup: recompute over the genai-prices catalog
 * (1,240 models), the balanced scenario, 10,000 estimates, and loading that catalog from YAML.
 * Run from the project folder or bench/jmh (the data is found from either).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmarks {
    private Folder genaiPrices;
    private Catalog catalog;
    private Catalog project;
    private Scenario balanced;
    private List<ModelKey> keys;
    private List<Workload> workloads;

    @Setup
    public void load() {
        Path root = project();
        genaiPrices = new Folder(root.resolve("../shared/external/genai-prices").normalize(), "genai-prices", false);
        catalog = CatalogLoader.load(genaiPrices);
        project = CatalogLoader.load(new Folder(root.resolve("pricing"), "pricing", false));
        balanced = ScenarioLoader.find(new Folder(root.resolve("scenarios"), "scenarios", false), "balanced");
        // 10,000 workloads over every priced model of the catalog, token counts spread out
        List<ModelKey> priced = new ArrayList<>();
        for (ProviderSheet sheet : catalog.sheets()) {
            for (ModelEntry model : sheet.models()) {
                if (model.input() != null && model.output() != null) {
                    priced.add(new ModelKey(sheet.provider(), model.id()));
                }
            }
        }
        keys = new ArrayList<>();
        workloads = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(priced.get(i % priced.size()));
            workloads.add(new Workload(1_000 + 37L * i, 200 + 11L * i, 0, false, 0));
        }
    }

    private static Path project() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("pricing")) && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("bench/jmh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from the pricing project folder (or below it)");
    }

    /** pricing --sheets genai-prices recompute, less the reading and the rendering. */
    @Benchmark
    public RecomputeReport recomputeGenaiPrices() {
        return new Repricing(catalog).recompute(List.of(), null);
    }

    /** pricing scenario balanced, less the reading and the rendering. */
    @Benchmark
    public ScenarioReport scenarioBalanced() {
        return new ScenarioEngine(project).analyse(balanced);
    }

    /** pricing estimate --workloads with 10,000 lines, less the reading and the rendering. */
    @Benchmark
    public long estimateTenThousand() {
        Estimator estimator = new Estimator(catalog);
        long n = 0;
        for (int i = 0; i < keys.size(); i++) {
            Estimate e = estimator.estimate(keys.get(i), workloads.get(i), 1 + i % 50);
            n += e.hashCode();
        }
        return n;
    }

    /** Reading the genai-prices catalog: YAML to the tree to the model records. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Catalog loadGenaiPrices() {
        return CatalogLoader.load(genaiPrices);
    }
}

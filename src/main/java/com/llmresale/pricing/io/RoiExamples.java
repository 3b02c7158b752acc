package com.llmresale.pricing.io;

import com.llmresale.pricing.model.RoiExample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Named fine-tuning ROI examples: {@code roi/NAME.yaml} in the scenarios folder (for instance
 * {@code scenarios/roi/seed-003.yaml}), so that a seed's figures are data, not code.
 */
public final class RoiExamples {
    public static final String SUBFOLDER = "roi";
    static final Set<String> FIELDS = Set.of("description", "source", "training_usd", "monthly_before_usd",
            "monthly_after_usd", "claimed_break_even_months");

    private RoiExamples() {
    }

    /** The names of the examples in {@code scenarios}, sorted; empty when it has no roi folder. */
    public static List<String> names(Folder scenarios) {
        Path dir = scenarios.path().resolve(SUBFOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.startsWith("."))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example {@code name}; null when there is no such file. */
    public static RoiExample load(Folder scenarios, String name) {
        if (!names(scenarios).contains(name)) {
            return null;
        }
        Path file = scenarios.path().resolve(SUBFOLDER).resolve(name + ".yaml");
        YamlObject root = YamlObject.read(file, scenarios.display(file));
        root.rejectUnknown(FIELDS);
        var training = root.requireDecimal("training_usd");
        var before = root.requireDecimal("monthly_before_usd");
        var after = root.requireDecimal("monthly_after_usd");
        return root.build(() -> new RoiExample(name, root.string("description"), root.string("source"), training,
                before, after, root.decimal("claimed_break_even_months")));
    }
}

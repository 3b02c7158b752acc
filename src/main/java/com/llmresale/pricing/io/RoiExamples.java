package com.llmresale.pricing.io;

import com.llmresale.pricing.model.RoiExample;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Named fine-tuning ROI examples: {@code roi/NAME.yaml} in the scenarios folder (for instance
 * {@code scenarios/roi/seed-003.yaml}), so that a seed's figures are data, not code.
 */
public final class RoiExamples {
    public static final String SUBFOLDER = "roi";
    static final Set<String> FIELDS =
            Set.of(
                    "description",
                    "source",
                    "training_usd",
                    "monthly_before_usd",
                    "monthly_after_usd",
                    "claimed_break_even_months");

    private RoiExamples() {}

    /** The names of the examples in {@code scenarios}, sorted; empty when it has no roi folder. */
    public static List<String> names(Folder scenarios) {
        return ExampleFiles.names(scenarios, SUBFOLDER);
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
        return root.build(
                () ->
                        new RoiExample(
                                name,
                                root.string("description"),
                                root.string("source"),
                                training,
                                before,
                                after,
                                root.decimal("claimed_break_even_months")));
    }
}

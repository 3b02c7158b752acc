package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.RoiEngine;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.RoiExamples;
import com.llmresale.pricing.model.RoiExample;
import com.llmresale.pricing.render.RoiView;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pricing roi}: fine-tuning break-even from a one-off training cost and monthly costs. */
@Command(
        name = "roi",
        description = {
            "Fine-tuning break-even: a one-off training cost against the monthly inference saving it buys.",
            "break-even = training / (monthly before - monthly after), as an exact fraction and in months "
                    + "and days (30-day months); the saving and the net result after each horizon. "
                    + "No saving means no break-even (exit 0).",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing roi --training-usd 500 --monthly-before-usd 3000 \\",
            "      --monthly-after-usd 300",
            "  pricing roi --example seed-003      seed 003, its \"3 months\" claim checked",
            "  pricing roi --example seed-003 --horizons 1,3,6,12,24",
            "",
            "Examples are YAML files in the scenarios folder: scenarios/roi/NAME.yaml.",
            "Options given beside --example override its figures.%n"
        })
final class RoiCommand extends BaseCommand implements Callable<Integer> {
    @Option(names = "--training-usd", paramLabel = "USD", description = "One-off fine-tuning cost.")
    BigDecimal trainingUsd;

    @Option(
            names = "--monthly-before-usd",
            paramLabel = "USD",
            description = "Monthly inference cost before (the generic model).")
    BigDecimal monthlyBeforeUsd;

    @Option(
            names = "--monthly-after-usd",
            paramLabel = "USD",
            description = "Monthly inference cost after (the fine-tuned model).")
    BigDecimal monthlyAfterUsd;

    @ModelField("claimed_break_even_months")
    @Option(
            names = "--claimed-months",
            paramLabel = "M",
            description = "A claimed break-even in months, to check against the figures.")
    BigDecimal claimedMonths;

    @Option(
            names = "--horizons",
            paramLabel = "MONTHS",
            split = ",",
            description = "Months after which to show the saving (default: 3,6,12).")
    List<Integer> horizons;

    @Option(
            names = "--example",
            paramLabel = "NAME",
            description =
                    "Start from a named example in the scenarios folder's roi/ subfolder (e.g. seed-003).")
    String example;

    @Override
    public Integer call() {
        List<Integer> months =
                horizons == null || horizons.isEmpty() ? RoiEngine.DEFAULT_HORIZONS : horizons;
        RoiEngine.requireHorizons(months);
        RoiExample base = example == null ? null : loadExample();
        BigDecimal training =
                pick(trainingUsd, base == null ? null : base.trainingUsd(), "--training-usd");
        BigDecimal before =
                pick(
                        monthlyBeforeUsd,
                        base == null ? null : base.monthlyBeforeUsd(),
                        "--monthly-before-usd");
        BigDecimal after =
                pick(
                        monthlyAfterUsd,
                        base == null ? null : base.monthlyAfterUsd(),
                        "--monthly-after-usd");
        BigDecimal claimed =
                claimedMonths != null
                        ? claimedMonths
                        : base == null ? null : base.claimedBreakEvenMonths();
        RoiExample figures =
                new RoiExample(
                        base == null ? null : base.name(),
                        base == null ? null : base.description(),
                        base == null ? null : base.source(),
                        training,
                        before,
                        after,
                        claimed);
        emit(new RoiView(), RoiEngine.compute(figures, months));
        return ExitCodes.OK;
    }

    private RoiExample loadExample() {
        Folder scenarios = scenariosFolder();
        RoiExample found = RoiExamples.load(scenarios, example);
        if (found == null) {
            List<String> known = RoiExamples.names(scenarios);
            throw usage(
                    "--example: no ROI example '"
                            + example
                            + "' in "
                            + scenarios.display()
                            + "/"
                            + RoiExamples.SUBFOLDER
                            + " (known: "
                            + (known.isEmpty() ? "none" : String.join(", ", known))
                            + ")");
        }
        return found;
    }

    private BigDecimal pick(BigDecimal option, BigDecimal fromExample, String name) {
        if (option != null) {
            return option;
        }
        if (fromExample == null) {
            throw usage("missing " + name + " (or --example NAME)");
        }
        return fromExample;
    }
}

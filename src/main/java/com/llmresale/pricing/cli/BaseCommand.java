package com.llmresale.pricing.cli;

import com.llmresale.pricing.io.AtomicFiles;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.render.Renderer;
import com.llmresale.pricing.render.View;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the global options, the folders, and writing the report. */
abstract class BaseCommand {
    @Spec
    CommandSpec spec;

    PricingCommand root() {
        return (PricingCommand) spec.root().userObject();
    }

    GlobalOptions global() {
        return root().global();
    }

    Path cwd() {
        return root().cwd();
    }

    /** Today, from the clock the command line was built with (a fixed one in tests). */
    LocalDate today() {
        return LocalDate.now(root().clock());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** An option value that must not be negative (null: not given). */
    void requireNotNegative(String option, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw usage(option + ": must not be negative, got " + value.toPlainString());
        }
    }

    void requireNotNegative(String option, long value) {
        if (value < 0) {
            throw usage(option + ": must not be negative, got " + value);
        }
    }

    /** An option value that must be above zero (null: not given). */
    void requirePositive(String option, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw usage(option + ": must be greater than 0, got " + value.toPlainString());
        }
    }

    /** An option value that is a share from 0 to 1 (null: not given). */
    void requireShare(String option, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            throw usage(option + ": must be a share between 0 and 1, got " + value.toPlainString());
        }
    }

    /** The price-sheet folder: --sheets, else ./pricing, else the bundled copy. */
    Folder sheetsFolder() {
        Folder folder = Folder.resolve(cwd(), global().sheets(), "pricing");
        if (folder == null) {
            throw usage("--sheets: folder not found: " + global().sheets());
        }
        return folder;
    }

    Catalog loadCatalog() {
        return CatalogLoader.load(sheetsFolder());
    }

    /** Renders the report in the chosen format and writes it to --output (atomically) or stdout. */
    <R> void emit(View<R> view, R report) {
        deliver(render(view, report));
    }

    /** The report as text in the chosen format; nothing is written yet. */
    <R> String render(View<R> view, R report) {
        return Renderer.render(global().format(), view, report);
    }

    /** Writes rendered text to --output (atomically) or stdout. */
    void deliver(String text) {
        Path output = global().output();
        if (output == null) {
            out().print(text);
            out().flush();
            return;
        }
        Path target = cwd().resolve(output);
        try {
            AtomicFiles.write(target, text);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + output + ": " + describe(e), e);
        }
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }
}

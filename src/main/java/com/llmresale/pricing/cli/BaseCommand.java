package com.llmresale.pricing.cli;

import com.llmresale.pricing.io.AtomicFiles;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.ProtectedPaths;
import com.llmresale.pricing.io.PublishedCsv;
import com.llmresale.pricing.io.ScenarioLoader;
import com.llmresale.pricing.io.WriteException;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.PublishedCredit;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.render.Format;
import com.llmresale.pricing.render.Renderer;
import com.llmresale.pricing.render.View;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the global options, the folders, and writing the report. */
// addMethodSubcommands = false: picocli otherwise scans every method of this class (reflection,
// at every start) for @Command methods to add as subcommands; there are none
@Command(addMethodSubcommands = false)
abstract class BaseCommand {
    @Spec CommandSpec spec;

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
        return root().today();
    }

    /** The words of the language asked for (--lang, else the environment). */
    com.llmresale.pricing.render.Words words() {
        return com.llmresale.pricing.render.Words.of(root().locale());
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

    /** An option value that must be above zero (null: not given). */
    void requirePositive(String option, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            throw usage(option + ": must be greater than 0, got " + value.toPlainString());
        }
    }

    /**
     * Notes printed (on stderr, once each) with the result: e.g. that the bundled sheets were used.
     */
    private final Set<String> pendingNotes = new LinkedHashSet<>();

    /**
     * The price-sheet folder: --sheets, else ./pricing, else the bundled copy (then the command
     * says so on stderr when it succeeds: the bundled copy may be older than the user's).
     */
    Folder sheetsFolder() {
        Folder folder = Folder.resolve(cwd(), global().sheets(), "pricing");
        if (folder == null) {
            throw usage(folderNotFound("--sheets", global().sheets()));
        }
        noteIfBundled(folder, "sheets", "--sheets");
        return folder;
    }

    /**
     * The scenarios folder: --scenarios, else ./scenarios, else the bundled copy (said on stderr).
     */
    Folder scenariosFolder() {
        Folder folder = Folder.resolve(cwd(), global().scenarios(), "scenarios");
        if (folder == null) {
            throw usage(folderNotFound("--scenarios", global().scenarios()));
        }
        noteIfBundled(folder, "scenarios", "--scenarios");
        return folder;
    }

    private void noteIfBundled(Folder folder, String what, String option) {
        if (folder.bundled()) {
            String name = what.equals("sheets") ? "pricing" : "scenarios";
            pendingNotes.add(
                    "note: no ./"
                            + name
                            + " here; using the "
                            + what
                            + " bundled in pricing.jar (give "
                            + option
                            + " DIR)");
        }
    }

    /**
     * The scenario an option names (e.g. {@code --scenario balanced}); an unknown one is a usage
     * error.
     */
    Scenario namedScenario(String option, String name) {
        Folder folder = scenariosFolder();
        Scenario found = ScenarioLoader.find(folder, name);
        if (found == null) {
            throw usage(
                    option
                            + ": unknown scenario '"
                            + name
                            + "' (known: "
                            + String.join(", ", ScenarioLoader.names(folder))
                            + ")");
        }
        return found;
    }

    /** Why an option's folder cannot be used: missing, or a file where a folder should be. */
    String folderNotFound(String option, Path given) {
        return Files.exists(cwd().resolve(given))
                ? option + ": " + given + " is a file, not a folder"
                : option + ": folder not found: " + given;
    }

    Catalog loadCatalog() {
        return CatalogLoader.load(sheetsFolder());
    }

    /** The sheets of these providers only when each has its own file, else every sheet. */
    Catalog loadCatalog(java.util.Collection<String> providers) {
        Folder folder = sheetsFolder();
        Catalog only = CatalogLoader.loadOnly(folder, providers);
        return only != null ? only : CatalogLoader.load(folder);
    }

    /**
     * The published credits, or none when nothing was published yet; a corrupt file says how to
     * recover.
     */
    static List<PublishedCredit> readPublished(Path file, String display) {
        try {
            return PublishedCsv.readIfPresent(file, display);
        } catch (DataException e) {
            if (!Files.isRegularFile(file)) {
                throw e; // a folder or a dangling link by that name: move it away, there is nothing
                // to restore
            }
            Path backup = file.resolveSibling(PublishedCsv.FILE_NAME + ".bak");
            String restore =
                    Files.isRegularFile(backup)
                            ? "restore " + PublishedCsv.FILE_NAME + ".bak, or "
                            : "";
            throw new DataException(
                    e.file(),
                    e.line(),
                    e.field(),
                    e.problem()
                            + " (to recover: "
                            + restore
                            + "republish with `pricing recompute --write --against FILE`)",
                    e);
        }
    }

    /**
     * What no output of this command may replace: the sheets and scenarios folders (unless bundled)
     * and everything in them; commands add their input files ({@code --against}).
     */
    ProtectedPaths protectedPaths() {
        ProtectedPaths paths = new ProtectedPaths();
        Folder sheets = Folder.resolve(cwd(), global().sheets(), "pricing");
        if (sheets != null && !sheets.bundled()) {
            paths.folder(sheets.path(), "the sheets folder " + sheets.display());
        }
        Folder scenarios = Folder.resolve(cwd(), global().scenarios(), "scenarios");
        if (scenarios != null && !scenarios.bundled()) {
            paths.folder(scenarios.path(), "the scenarios folder " + scenarios.display());
        }
        return paths;
    }

    /**
     * A usage error (exit 2) when {@code target}, given with {@code option}, would write onto an
     * input.
     */
    void requireNotAnInput(String option, Path target, String shown) {
        String clash = protectedPaths().clash(cwd().resolve(target));
        if (clash != null) {
            throw usage(
                    option
                            + ": "
                            + shown
                            + " "
                            + clash
                            + " (the tool never writes onto what it reads; "
                            + "choose another place)");
        }
    }

    /**
     * The report format: --format, else the one the --output file's extension names, else table. A
     * --format that an --output extension contradicts ({@code -f json -o x.csv}) is a usage error;
     * a .txt file takes any format.
     */
    Format format() {
        Format given = global().format();
        Path output = global().output();
        Format named = output == null ? null : GlobalOptions.formatFor(output);
        if (given == null) {
            return named == null ? Format.TABLE : named;
        }
        if (named != null && named != Format.TABLE && named != given) {
            throw usage(
                    "--format "
                            + given.id()
                            + " contradicts --output "
                            + output
                            + " (a "
                            + named.id()
                            + " file name); drop --format or name the file for "
                            + given.id());
        }
        return given;
    }

    /** Renders the report in the chosen format and writes it to --output (atomically) or stdout. */
    <R> void emit(View<R> view, R report) {
        deliver(render(view, report));
    }

    /** The report as text in the chosen format; nothing is written yet. */
    <R> String render(View<R> view, R report) {
        if (format() == Format.SQL) {
            throw usage(
                    "--format sql: only `pricing recompute --write` prints SQL (its publishing transaction)");
        }
        return Renderer.render(format(), view, report, words(), root().colour());
    }

    /** Writes rendered text to --output (atomically) or stdout. */
    void deliver(String text) {
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            deliver(text, batch, List.of());
        }
    }

    /**
     * Writes the report and every file staged in {@code batch} together: the report is staged too
     * when --output is given, then all files are renamed into place at once; only then are {@code
     * notes} printed to stderr and the report (without --output) to stdout. If any file cannot be
     * written, none is, and nothing is printed but the error.
     */
    void deliver(String text, AtomicFiles.Batch batch, List<String> notes) {
        Path output = global().output();
        if (output != null) {
            requireNotAnInput("--output", output, output.toString());
        }
        try {
            if (output != null) {
                batch.stage(cwd().resolve(output), output.toString(), text);
            }
            batch.commit();
        } catch (WriteException e) {
            throw new CommandFailure("cannot write " + e.display() + ": " + e.reason(), e);
        }
        for (String note : pendingNotes) {
            err().println(note);
        }
        for (String note : notes) {
            err().println(com.llmresale.pricing.render.Text.visible(note));
        }
        err().flush();
        if (output == null) {
            out().print(text);
            out().flush();
        }
    }
}

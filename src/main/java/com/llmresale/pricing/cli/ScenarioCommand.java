package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.ScenarioEngine;
import com.llmresale.pricing.engine.ScenarioReport;
import com.llmresale.pricing.engine.Sensitivity;
import com.llmresale.pricing.engine.SensitivityReport;
import com.llmresale.pricing.io.AtomicFiles;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.LiteLlmExport;
import com.llmresale.pricing.io.ScenarioLoader;
import com.llmresale.pricing.io.WriteException;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.Overrides;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.render.ScenarioListView;
import com.llmresale.pricing.render.ScenarioView;
import com.llmresale.pricing.render.SensitivityView;
import com.llmresale.pricing.render.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pricing scenario list} and {@code pricing scenario NAME}: budget and margin analysis. */
@Command(
        name = "scenario",
        description = {
            "Budget and margin analysis of a usage scenario (scenarios/NAME.yaml).",
            "Revenue in local currency and USD, the API cost budget and gross margin, per-user allowance, "
                    + "budget per model of the mix, requests and tokens at the limits, what the budget buys at "
                    + "the sheets' prices, the worst case (every user at the full token cap), break-even, the "
                    + "cost levers' waterfall, and checks that flag inconsistent figures.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing scenario list",
            "  pricing scenario balanced",
            "  pricing scenario balanced --users 80 --price 900 --format json",
            "  pricing scenario balanced --prompt-cache-hit-rate 0.5 --batch-share 0.2",
            "  pricing scenario balanced --export litellm proxy/",
            "                                LiteLLM config.yaml + /user payloads",
            "  pricing scenario growth --sensitivity --format csv --output grid.csv%n"
        })
final class ScenarioCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "NAME",
            description = "A scenario (file name without .yaml), or `list`.")
    String name;

    @Option(
            names = "--users",
            paramLabel = "N",
            description = "Override the number of paying users.")
    Integer users;

    @ModelField("price_per_user")
    @Option(
            names = "--price",
            paramLabel = "AMOUNT",
            description = "Override the price per user per month (local currency).")
    BigDecimal price;

    @ModelField("fx_rate")
    @Option(
            names = "--fx",
            paramLabel = "RATE",
            description = "Override the exchange rate (local currency per USD).")
    BigDecimal fx;

    @ModelField("cost_margin")
    @Option(
            names = "--margin",
            paramLabel = "SHARE",
            description =
                    "Override the cost margin: the share of revenue for the API (0.3 = 30%%).")
    BigDecimal margin;

    @Option(
            names = "--prompt-cache-hit-rate",
            paramLabel = "SHARE",
            description =
                    "Lever: share of input tokens read from a prompt cache (billed at the sheet's cached_input).")
    BigDecimal promptCache;

    @Option(
            names = "--batch-share",
            paramLabel = "SHARE",
            description =
                    "Lever: share of traffic sent through the batch API (the sheet's batch_discount).")
    BigDecimal batchShare;

    @Option(
            names = "--semantic-cache-hit-rate",
            paramLabel = "SHARE",
            description =
                    "Lever: share of requests answered from a semantic cache (no model call).")
    BigDecimal semanticCache;

    @ModelField("output_cap_tokens")
    @Option(
            names = "--output-cap",
            paramLabel = "TOKENS",
            description = "Lever: max output tokens per request (max_tokens).")
    Integer outputCap;

    @Option(
            names = "--export-budget",
            paramLabel = "file|allowance",
            defaultValue = "file",
            description =
                    "The max_budget the LiteLLM export writes: the scenario file's (default; a warning when it is "
                            + "above this run's cost allowance) or the allowance rounded down to the cent.")
    ExportBudget exportBudget;

    // arity 0..2, not 2: a missing folder gets a plain-words error below, not picocli's arity
    // message
    @Option(
            names = "--export",
            arity = "0..2",
            paramLabel = "litellm DIR",
            hideParamSyntax = true,
            description =
                    "Also write proxy files: `--export litellm DIR` writes config.yaml and the /user/new and "
                            + "/user/update bodies (standard and premium) into DIR.")
    List<String> export;

    @Option(
            names = "--sensitivity",
            description =
                    "Report worst-case margin over a grid of users x price per user instead (tablesaw; "
                            + "--format csv gives the grid for finance).")
    boolean sensitivity;

    @Option(
            names = "--grid-users",
            paramLabel = "N",
            split = ",",
            description =
                    "User counts for --sensitivity (default: the scenario's grid, else users x 0.5, 1, 1.5, 2).")
    List<Integer> gridUsers = new ArrayList<>();

    @Mixin AtOption at;

    @Option(
            names = "--grid-prices",
            paramLabel = "AMOUNT",
            split = ",",
            description =
                    "Prices per user for --sensitivity (default: the scenario's grid, else price x 0.75, 1, 1.25, 1.5).")
    List<BigDecimal> gridPrices = new ArrayList<>();

    @Override
    public Integer call() {
        validateOptions();
        Folder folder = scenariosFolder();
        if (name.equals("list")) {
            // list the good files; each bad one is a one-line error on stderr, and the exit code
            // says so
            List<String> bad = new ArrayList<>();
            List<Scenario> good =
                    List.copyOf(
                            ScenarioLoader.loadAll(folder, e -> bad.add(e.getMessage())).values());
            if (bad.isEmpty() || global().output() == null) {
                emit(new ScenarioListView(folder.display()), good);
            } // else: a failed command writes no file; the good ones are listed again once the bad
            // are mended
            bad.forEach(
                    message ->
                            err().println(
                                            "error: "
                                                    + com.llmresale.pricing.render.Text.visible(
                                                            message)));
            err().flush();
            return bad.isEmpty() ? ExitCodes.OK : ExitCodes.DATA;
        }
        Scenario scenario = ScenarioLoader.find(folder, name);
        if (scenario == null) {
            throw usage(
                    "unknown scenario '"
                            + name
                            + "' (known: "
                            + String.join(", ", ScenarioLoader.names(folder))
                            + "; see `pricing scenario list`)");
        }
        Overrides overrides =
                new Overrides(
                        users,
                        price,
                        fx,
                        margin,
                        promptCache,
                        batchShare,
                        semanticCache,
                        outputCap);
        Catalog catalog = loadCatalog().at(at.orElse(today()));
        ScenarioEngine engine = new ScenarioEngine(catalog);
        ScenarioReport report = engine.analyse(scenario, overrides);
        scenario = report.scenario();

        String text;
        if (sensitivity) {
            SensitivityReport grid = new Sensitivity(engine).grid(scenario, gridUsers, gridPrices);
            text = render(new SensitivityView(), grid);
        } else {
            text = render(new ScenarioView(), report);
        }
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            List<String> notes = new ArrayList<>();
            if (export != null) {
                notes.addAll(stageExport(batch, scenario, report, catalog));
            }
            deliver(text, batch, notes);
        }
        return ExitCodes.OK;
    }

    /**
     * Stages the LiteLLM files; returns the notes to print once they are written: what was written,
     * and a warning when the max_budget written is above the cost allowance this run computed.
     */
    private List<String> stageExport(
            AtomicFiles.Batch batch, Scenario scenario, ScenarioReport report, Catalog catalog) {
        BigDecimal allowance = report.perUser().costBudgetUsd().setScale(2, RoundingMode.DOWN);
        BigDecimal fileBudget = scenario.limits().maxBudgetUsd();
        boolean fromFile = exportBudget == ExportBudget.FILE && fileBudget != null;
        BigDecimal budget = fromFile ? fileBudget : allowance;
        Map<String, String> files =
                LiteLlmExport.files(scenario, budget, ScenarioEngine.mixAlias(scenario), catalog);
        String dirName = export.get(1);
        requireNotAnInput("--export litellm", Path.of(dirName), dirName);
        try {
            LiteLlmExport.stage(batch, cwd().resolve(dirName), dirName, files);
        } catch (WriteException e) {
            throw new CommandFailure(
                    "cannot write the LiteLLM export to "
                            + dirName
                            + ": "
                            + e.display()
                            + ": "
                            + e.reason(),
                    e);
        }
        List<String> notes = new ArrayList<>();
        notes.add(
                "Wrote "
                        + String.join(", ", files.keySet())
                        + " to "
                        + dirName
                        + " (max_budget "
                        + Text.usd(budget)
                        + " per user, "
                        + (fromFile
                                ? "the scenario file's"
                                : "the cost allowance rounded down to the cent")
                        + ").");
        if (budget.compareTo(allowance) > 0) {
            notes.add(
                    "warning: max_budget "
                            + Text.usd(budget)
                            + " per user is above this run's cost allowance of "
                            + Text.usd(allowance)
                            + " (MAX_BUDGET_ABOVE_ALLOWANCE): a user who spends it costs more than the "
                            + "margin allows; `--export-budget allowance` writes "
                            + Text.usd(allowance)
                            + " instead");
        }
        return notes;
    }

    /** Which max_budget the LiteLLM export writes. */
    enum ExportBudget {
        /** The scenario file's max_budget_usd (the cost allowance when it has none). */
        FILE,
        /** This run's cost allowance per user, rounded down to the cent. */
        ALLOWANCE
    }

    private void validateOptions() {
        // --users, --price, --fx, --margin and the lever options are checked by Scenario and
        // Levers themselves (the error names the option); the grid's values are the grid's own
        for (Integer u : gridUsers) {
            if (u == null || u <= 0) {
                throw usage("--grid-users: every count must be greater than 0, got " + u);
            }
            if (!Scenario.usersInRange(u)) {
                throw usage(
                        "--grid-users: every count must be " + Scenario.USERS_RANGE + ", got " + u);
            }
        }
        for (BigDecimal p : gridPrices) {
            requirePositive("--grid-prices", p);
            if (!Scenario.priceInRange(p)) {
                throw usage(
                        "--grid-prices: every price must be "
                                + Scenario.PRICE_RANGE
                                + ", got "
                                + (p == null ? null : p.toPlainString()));
            }
        }
        if (!sensitivity && (!gridUsers.isEmpty() || !gridPrices.isEmpty())) {
            throw usage("--grid-users/--grid-prices: only with --sensitivity");
        }
        if (export != null && export.isEmpty()) {
            throw usage("--export: say what to export and where: --export litellm DIR");
        }
        if (export != null && !export.get(0).equals("litellm")) {
            throw usage("--export: unknown target '" + export.get(0) + "' (expected: litellm)");
        }
        if (export == null && exportBudget == ExportBudget.ALLOWANCE) {
            throw usage("--export-budget: only with --export litellm DIR");
        }
        if (export != null && export.size() < 2) {
            throw usage(
                    "--export litellm: give the folder to write the proxy files into: --export litellm DIR");
        }
        if (export != null && export.get(1).isBlank()) {
            throw usage("--export litellm: the folder name must not be empty");
        }
        boolean overrides =
                users != null
                        || price != null
                        || fx != null
                        || margin != null
                        || promptCache != null
                        || batchShare != null
                        || semanticCache != null
                        || outputCap != null
                        || export != null
                        || sensitivity;
        if (name.equals("list") && overrides) {
            throw usage("scenario list takes no options but the global ones");
        }
    }
}

package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.Lint;
import com.llmresale.pricing.engine.LintCode;
import com.llmresale.pricing.engine.LintReport;
import com.llmresale.pricing.engine.LintRules;
import com.llmresale.pricing.engine.Sync;
import com.llmresale.pricing.io.CatalogLoader;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.OutsideCatalog;
import com.llmresale.pricing.io.RecommendationsLoader;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ProviderScope;
import com.llmresale.pricing.render.LintView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code pricing lint}: what a pricing team must see before publishing. */
@Command(
        name = "lint",
        description = {
            "Warn about prices that need a look before publishing (the codes are listed below).",
            "Two credit values are more than P%% apart when |a - b| / max(a, b) x 100 > P.",
            "Exit 0 with warnings; with --strict, exit 1 when there is any.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing lint",
            "  pricing lint --strict                  in CI: fail on any warning",
            "  pricing lint --max-age-days 30 --pin-tolerance 10",
            "  pricing lint --today 2026-01-01 --format json",
            "  pricing lint --upstream model_prices_and_context_window.json",
            "                                         prices LiteLLM lists differently%n"
        })
final class LintCommand extends BaseCommand implements Callable<Integer> {
    /**
     * Adds every {@link LintCode}, with what it is about, to the help after the description. Called
     * once registered under {@code pricing}: registering copies the root's help sections over.
     */
    static void listCodes(CommandLine lint) {
        UsageMessageSpec usage = lint.getCommandSpec().usageMessage();
        Map<String, CommandLine.IHelpSectionRenderer> sections =
                new LinkedHashMap<>(usage.sectionMap());
        sections.put(CODES, new CodesSection());
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_DESCRIPTION) + 1, CODES);
        usage.sectionMap(sections).sectionKeys(keys);
    }

    private static final String CODES = "lintCodes";

    /**
     * The codes' help section. A class, not a method reference: a lambda implementing picocli's
     * (Java 5) {@code IHelpSectionRenderer} makes the class-data archive leave out that interface
     * and picocli's own renderers.
     */
    private static final class CodesSection implements CommandLine.IHelpSectionRenderer {
        @Override
        public String render(Help help) {
            return codes(help);
        }
    }

    private static String codes(Help help) {
        int codeWidth =
                2
                        + Arrays.stream(LintCode.values())
                                .mapToInt(c -> c.id().length())
                                .max()
                                .orElse(0)
                        + 2;
        TextTable table =
                TextTable.forColumns(
                        help.colorScheme(),
                        new Column(codeWidth, 2, Column.Overflow.SPAN),
                        new Column(
                                help.commandSpec().usageMessage().width() - codeWidth,
                                0,
                                Column.Overflow.WRAP));
        for (LintCode code : LintCode.values()) {
            table.addRowValues(code.id(), code.description());
        }
        return String.format("Codes:%n") + table + String.format("%n");
    }

    @Mixin ProviderOption provider;

    @Option(
            names = "--strict",
            description = "Exit 1 when there is any warning (the report is printed first).")
    boolean strict;

    @Option(
            names = "--max-age-days",
            paramLabel = "N",
            defaultValue = "" + LintRules.DEFAULT_MAX_AGE_DAYS,
            description =
                    "A sheet whose `updated` is more than N days old is stale (default: ${DEFAULT-VALUE}).")
    int maxAgeDays;

    @Option(
            names = "--pin-tolerance",
            paramLabel = "PCT",
            defaultValue = "25",
            description =
                    "Flag a pin more than PCT%% from its own or its family's computed credits (default: ${DEFAULT-VALUE}).")
    BigDecimal pinTolerance;

    @Option(
            names = "--spread-tolerance",
            paramLabel = "PCT",
            defaultValue = "25",
            description =
                    "Flag a family whose credits are more than PCT%% apart across providers (default: ${DEFAULT-VALUE}).")
    BigDecimal spreadTolerance;

    @Option(
            names = "--today",
            paramLabel = "YYYY-MM-DD",
            converter = DateConverter.class,
            description = "Age prices against this day instead of today (reproducible reports).")
    LocalDate today;

    @Option(
            names = "--upstream",
            paramLabel = "FILE",
            description =
                    "Also warn (price_vs_upstream) on every sheet price that disagrees with this catalog: "
                            + "LiteLLM's model_prices_and_context_window.json, genai-prices' data.json or OpenRouter's "
                            + "models JSON (kind detected), matched as `pricing sync` matches.")
    Path upstream;

    @Override
    public Integer call() {
        LintRules rules = rules();
        Folder sheets = sheetsFolder();
        Catalog catalog = CatalogLoader.load(sheets).at(rules.today());
        List<String> only = provider.resolve(catalog, spec);
        LintReport report =
                Lint.check(
                        catalog, RecommendationsLoader.load(sheets), rules, ProviderScope.of(only));
        if (upstream != null) {
            OutsideCatalog outside =
                    OutsideCatalog.read(cwd().resolve(upstream), upstream.toString(), null);
            report =
                    Lint.withUpstream(
                            report,
                            Sync.compare(
                                    catalog.onlyProviders(only),
                                    outside.kind(),
                                    outside.file(),
                                    outside.entries(),
                                    null));
        }
        emit(new LintView(), report);
        if (strict && !report.clean()) {
            err().println(
                            "lint: "
                                    + LintView.summaryLine(report, words()).replaceFirst("\\.$", "")
                                    + " (--strict)");
            err().flush();
            return ExitCodes.DATA;
        }
        return ExitCodes.OK;
    }

    private LintRules rules() {
        return new LintRules(
                today == null ? today() : today, maxAgeDays, pinTolerance, spreadTolerance);
    }

    /** A date as YYYY-MM-DD, with a short message otherwise. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not a date (expected YYYY-MM-DD)");
            }
        }
    }
}

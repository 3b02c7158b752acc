package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.usage.RowAggregator;
import com.llmresale.pricing.engine.usage.UsageBreaches;
import com.llmresale.pricing.engine.usage.UsageData;
import com.llmresale.pricing.engine.usage.UsageEngine;
import com.llmresale.pricing.engine.usage.UsageQuery;
import com.llmresale.pricing.engine.usage.UsageReport;
import com.llmresale.pricing.io.Folder;
import com.llmresale.pricing.io.PublishedCsv;
import com.llmresale.pricing.io.usage.BadRows;
import com.llmresale.pricing.io.usage.PostgresUsage;
import com.llmresale.pricing.io.usage.SpendLogFiles;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.render.UsageView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pricing usage}: what LiteLLM users really used and cost, from its spend logs. */
@Command(
        name = "usage",
        description = {
            "What LiteLLM users really used and cost, read from LiteLLM_SpendLogs rows: files (CSV with the "
                    + "table's column names, a JSON array or JSON lines, .gz too, - for stdin) or the proxy's "
                    + "PostgreSQL database (--db; grouped in the database, read-only).",
            "Cost is recomputed from the price sheets (cached prompt tokens at cached_input) beside LiteLLM's "
                    + "own spend; rows no sheet prices are listed as unpriced, never costed at $0. Credits: the "
                    + "published credits (the current ones when none are published) of every request that did "
                    + "not fail. A request_id seen twice counts once.",
            "With --scenario: every breach of its per-user limits in calendar minutes, hours, days and months "
                    + "(--tz), a month's cost over max_budget_usd, and the plan against the period.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  pricing usage spendlogs.csv",
            "  pricing usage november.jsonl.gz december.jsonl.gz --scenario balanced \\",
            "      --top 20",
            "  pricing usage export.csv --from 2025-11-01 --to 2025-11-30 \\",
            "      --tz Europe/Istanbul",
            "  curl -s -H \"Authorization: Bearer $KEY\" \\",
            "      'http://proxy:4000/spend/logs?summarize=false' \\",
            "      | pricing usage - --scenario balanced --premium user_007,user_019",
            "  PGPASSWORD=... pricing usage --scenario balanced -f json \\",
            "      --db postgresql://litellm@db:5432/litellm",
            "  pricing usage logs.csv --daily-alarm-usd 15 -f csv -o usage.csv",
            "",
            "Exit codes: 0 success, 1 bad data (a malformed row names file and line; --skip-bad-rows counts",
            "and skips them) or an unreachable database, 2 usage error.%n"
        })
final class UsageCommand extends BaseCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "SOURCE",
            arity = "0..*",
            description =
                    "Spend-log files (CSV, JSON, JSON lines; .gz read decompressed); - reads standard input.")
    List<String> sources = new ArrayList<>();

    @Option(
            names = "--db",
            paramLabel = "URL",
            description =
                    "Read LiteLLM's own table: postgresql://user@host:port/db or jdbc:postgresql://...; "
                            + "password from the URL or PGPASSWORD, user from the URL or PGUSER.")
    String db;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "First day (YYYY-MM-DD, in --tz), inclusive.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Last day (YYYY-MM-DD, in --tz), inclusive.")
    String to;

    @Option(
            names = "--tz",
            paramLabel = "ZONE",
            defaultValue = "UTC",
            description =
                    "Time zone of days, hours, minutes and months (default: ${DEFAULT-VALUE}); e.g. Europe/Istanbul.")
    String tz;

    @Option(
            names = "--scenario",
            paramLabel = "NAME",
            description =
                    "Check the scenario's per-user limits and its plan against the period; its mix aliases "
                            + "also map rows by model_group.")
    String scenarioName;

    @Option(
            names = "--premium",
            paramLabel = "USER",
            split = ",",
            description =
                    "Users who get the scenario's premium limits (its premium factor), besides the "
                            + "scenario's premium.users.")
    List<String> premium = new ArrayList<>();

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "10",
            description =
                    "Users listed in the table and Markdown (default: ${DEFAULT-VALUE}; JSON and CSV list all).")
    int top;

    @Option(
            names = "--daily-alarm-usd",
            paramLabel = "AMOUNT",
            description =
                    "Mark days whose cost is above this (default: the scenario's cost budget / 30).")
    BigDecimal dailyAlarm;

    @Option(
            names = "--no-progress",
            description = "No progress bar (shown on a terminal when reading takes over a second).")
    boolean noProgress;

    @Option(
            names = "--skip-bad-rows",
            description = "Count and skip malformed rows instead of stopping at the first.")
    boolean skipBadRows;

    @Override
    public Integer call() {
        ZoneId zone = zone();
        LocalDate fromDay = date("--from", from);
        LocalDate toDay = date("--to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw usage("--from " + fromDay + " is after --to " + toDay);
        }
        if (top < 1) {
            throw usage("--top: must be at least 1, got " + top);
        }
        requirePositive("--daily-alarm-usd", dailyAlarm);
        if (sources.isEmpty() && db == null) {
            throw usage("give spend-log files (or - for standard input), or --db URL");
        }
        if (!sources.isEmpty() && db != null) {
            throw usage("give files or --db, not both");
        }
        if (scenarioName == null && !premium.isEmpty()) {
            throw usage(
                    "--premium: only with --scenario (premium users get the scenario's premium limits)");
        }
        Scenario scenario = scenarioName == null ? null : scenario();
        Catalog catalog = loadCatalog();
        Folder sheets = sheetsFolder();
        Path publishedFile = sheets.path().resolve(PublishedCsv.FILE_NAME);
        var published = readPublished(publishedFile, sheets.display(publishedFile));

        UsageQuery query =
                scenario == null
                        ? new UsageQuery(zone, fromDay, toDay, Map.of(), Map.of())
                        : new UsageQuery(
                                zone,
                                fromDay,
                                toDay,
                                UsageBreaches.floors(
                                        scenario.limits().requests(),
                                        scenario.premiumLimits().requests()),
                                UsageBreaches.floors(
                                        scenario.limits().tokens(),
                                        scenario.premiumLimits().tokens()));
        UsageData data;
        BadRows bad = new BadRows(skipBadRows);
        if (db != null) {
            try {
                data = PostgresUsage.read(db, System.getenv(), query);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        } else {
            RowAggregator aggregator = new RowAggregator(query);
            try (ProgressBar bar =
                    ProgressBar.start(
                            err(),
                            SpendLogFiles.size(sources, cwd()),
                            root().terminal(),
                            noProgress)) {
                SpendLogFiles.read(sources, cwd(), System.in, aggregator, bad, bar);
            }
            data =
                    aggregator.data(
                            String.join(
                                    ", ",
                                    sources.stream()
                                            .map(s -> s.equals("-") ? "<stdin>" : s)
                                            .toList()),
                            bad.skipped());
        }
        Set<String> premiumUsers =
                new LinkedHashSet<>(scenario == null ? List.of() : scenario.premiumUsers());
        premium.forEach(u -> premiumUsers.add(u.strip()));
        UsageReport report =
                new UsageEngine(catalog, published)
                        .report(
                                data,
                                new UsageEngine.Options(
                                        zone, fromDay, toDay, scenario, premiumUsers, dailyAlarm));
        List<String> notes = new ArrayList<>();
        if (bad.skipped() > 0) {
            notes.add(
                    "skipped "
                            + bad.skipped()
                            + " malformed row"
                            + (bad.skipped() == 1 ? "" : "s")
                            + " (first: "
                            + bad.first()
                            + ")");
        }
        String text = render(new UsageView(top), report);
        try (var batch = new com.llmresale.pricing.io.AtomicFiles.Batch()) {
            deliver(text, batch, notes);
        }
        return ExitCodes.OK;
    }

    private Scenario scenario() {
        return namedScenario("--scenario", scenarioName);
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(tz.strip());
        } catch (DateTimeException e) {
            throw usage(
                    "--tz: unknown time zone '"
                            + tz
                            + "' (e.g. UTC, Europe/Istanbul, America/New_York, +03:00)");
        }
    }

    private LocalDate date(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw usage(option + ": not a date: '" + text + "' (expected YYYY-MM-DD)");
        }
    }
}

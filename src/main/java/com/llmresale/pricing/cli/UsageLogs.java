package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.usage.ModelTraffic;
import com.llmresale.pricing.engine.usage.RowAggregator;
import com.llmresale.pricing.engine.usage.UsageQuery;
import com.llmresale.pricing.io.usage.BadRows;
import com.llmresale.pricing.io.usage.SpendLogFiles;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.Scenario;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code --usage SOURCE...} of {@code margin} and {@code recompute}: spend-log files read as {@code
 * pricing usage} reads them (CSV, JSON, JSON lines, .gz, - for stdin; a request_id seen twice
 * counts once; the first malformed row stops the command), summed per sheet model.
 */
final class UsageLogs {
    private UsageLogs() {}

    static ModelTraffic read(List<String> sources, Path cwd, Catalog catalog, Scenario scenario) {
        RowAggregator aggregator = new RowAggregator(UsageQuery.of(ZoneOffset.UTC));
        SpendLogFiles.read(sources, cwd, System.in, aggregator, new BadRows(false), null);
        return ModelTraffic.of(aggregator.data(display(sources), 0), catalog, scenario);
    }

    /** How reports name the sources. */
    static String display(List<String> sources) {
        return String.join(", ", sources.stream().map(s -> s.equals("-") ? "<stdin>" : s).toList());
    }
}

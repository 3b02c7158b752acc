package com.llmresale.pricing.engine;

import java.util.List;

/** Every model's credits: the {@code models} command's report. */
public record ModelsReport(Baseline baseline, List<PriceRow> rows) {
    public ModelsReport {
        rows = List.copyOf(rows);
    }
}

package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code pricing estimate} for many models or a {@code --workloads} file: one line per estimate.
 * JSON {@code {"estimates": [...]}} with the single estimate's keys per entry; CSV one row per
 * estimate with the single estimate's columns.
 */
public final class EstimatesView implements View<List<Estimate>> {
    private final EstimateView one = new EstimateView();

    @Override
    public Doc document(List<Estimate> estimates) {
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.text("model"),
                        Grid.Column.number("requests"),
                        Grid.Column.number("input"),
                        Grid.Column.number("cached"),
                        Grid.Column.number("cache write"),
                        Grid.Column.number("output"),
                        Grid.Column.number("$ per request"),
                        Grid.Column.number("$ all requests"),
                        Grid.Column.number("credits"));
        List<String> notes = new ArrayList<>();
        int n = 0;
        for (Estimate e : estimates) {
            n++;
            grid.row(
                    e.key().toString() + (e.workload().batch() ? " (batch)" : ""),
                    String.valueOf(e.requests()),
                    String.valueOf(e.workload().inputTokens()),
                    String.valueOf(e.workload().cachedInputTokens()),
                    String.valueOf(e.workload().cacheWriteTokens()),
                    String.valueOf(e.workload().outputTokens()),
                    Text.usd(e.perRequest().totalUsd()),
                    Text.usd(e.allRequests().totalUsd()),
                    String.valueOf(e.credit().credits()));
            for (String note : EstimateView.notes(e)) {
                notes.add("Note (" + n + ", " + e.key() + "): " + note + ".");
            }
        }
        return Doc.builder()
                .paragraph(
                        estimates.size()
                                + " estimates; exact $, not rounded; input tokens include cached reads and cache writes.")
                .grid(grid.build())
                .paragraph(notes)
                .build();
    }

    @Override
    public Grid csv(List<Estimate> estimates) {
        Grid.Builder grid =
                Grid.builder(EstimateView.COLUMNS.stream().map(Grid.Column::text).toList());
        for (Estimate e : estimates) {
            grid.row(one.csv(e).rows().get(0));
        }
        return grid.build();
    }

    @Override
    public Map<String, Object> json(List<Estimate> estimates) {
        return Json.obj("estimates", estimates.stream().map(one::json).toList());
    }
}

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
        return document(estimates, Words.ENGLISH);
    }

    /** The HTML format: the table format's document in the reader's language. */
    @Override
    public Doc html(List<Estimate> report, Words words) {
        return document(report, words);
    }

    @Override
    public Doc document(List<Estimate> estimates, Words words) {
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
        EstimateDoc doc = new EstimateDoc(words);
        List<String> notes = new ArrayList<>();
        int n = 0;
        for (Estimate e : estimates) {
            n++;
            grid.row(
                    e.workload().batch()
                            ? words.format("estimates.batch", e.key().toString())
                            : e.key().toString(),
                    Amounts.count(words, e.requests()),
                    Amounts.count(words, e.workload().inputTokens()),
                    Amounts.count(words, e.workload().cachedInputTokens()),
                    Amounts.count(words, e.workload().cacheWriteTokens()),
                    Amounts.count(words, e.workload().outputTokens()),
                    Amounts.usd(words, e.perRequest().totalUsd()),
                    Amounts.usd(words, e.allRequests().totalUsd()),
                    Amounts.count(words, e.credit().credits()));
            for (String note : doc.notes(e)) {
                notes.add(words.format("estimates.note", (long) n, e.key().toString(), note));
            }
        }
        return Doc.builder()
                .paragraph(words.format("estimates.intro", Amounts.count(words, estimates.size())))
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

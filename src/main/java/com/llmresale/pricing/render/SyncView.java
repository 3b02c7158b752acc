package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.SyncReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code pricing sync}: differences, then models on one side only. */
public final class SyncView implements View<SyncReport> {

    @Override
    public Doc document(SyncReport r) {
        return document(r, Words.ENGLISH);
    }

    /** The HTML format: the table format's document in the reader's language. */
    @Override
    public Doc html(SyncReport report, Words words) {
        return document(report, words);
    }

    @Override
    public Doc document(SyncReport r, Words words) {
        Fmt fmt = words.fmt();
        Doc.Builder doc =
                Doc.builder()
                        .paragraph(
                                words.format(
                                        "sync.intro",
                                        r.file(),
                                        r.kind(),
                                        Amounts.count(words, r.entries())));
        if (r.differences().isEmpty()) {
            doc.paragraph(words.get("sync.none"));
        } else {
            Grid.Builder g =
                    Grid.builder(
                            Grid.Column.text("provider"),
                            Grid.Column.text("model"),
                            Grid.Column.text("field"),
                            Grid.Column.number("ours"),
                            Grid.Column.number("theirs"),
                            Grid.Column.number("change"),
                            Grid.Column.text("their key"));
            for (SyncReport.Difference d : r.differences()) {
                g.row(
                        d.provider(),
                        d.model(),
                        words.get("word." + d.field()),
                        d.ours() == null ? "-" : fmt.price(d.ours()),
                        fmt.price(d.theirs()),
                        d.changePct() == null ? "" : fmt.signedPercent(d.changePct()),
                        d.upstreamKey());
            }
            doc.heading(count(words, r.differences().size(), "sync.difference")).grid(g.build());
        }
        if (!r.missingHere().isEmpty()) {
            Grid.Builder g =
                    Grid.builder(
                            Grid.Column.text("provider"),
                            Grid.Column.text("model"),
                            Grid.Column.number("input"),
                            Grid.Column.number("output"));
            r.missingHere()
                    .forEach(
                            m ->
                                    g.row(
                                            m.provider(),
                                            m.model(),
                                            fmt.price(m.input()),
                                            fmt.price(m.output())));
            doc.heading(
                            words.format(
                                    "sync.missing_here",
                                    count(words, r.missingHere().size(), "sync.model")))
                    .grid(g.build());
        }
        if (!r.missingThere().isEmpty()) {
            List<String> lines = new ArrayList<>();
            r.missingThere().forEach(m -> lines.add(m.provider() + ":" + m.model()));
            doc.heading(
                            words.format(
                                    "sync.missing_there",
                                    count(words, r.missingThere().size(), "sync.model")))
                    .paragraph(String.join(", ", lines));
        }
        return doc.build();
    }

    /** "1 difference", "2 differences" ({@code KEY} and {@code KEY.many}). */
    public static String count(Words words, long n, String key) {
        return words.format(n == 1 ? key : key + ".many", Amounts.count(words, n));
    }

    @Override
    public Grid csv(SyncReport r) {
        Grid.Builder g =
                Grid.builder(
                        List.of(
                                        "section",
                                        "provider",
                                        "model",
                                        "field",
                                        "ours",
                                        "theirs",
                                        "change_pct",
                                        "upstream_key")
                                .stream()
                                .map(Grid.Column::text)
                                .toList());
        for (SyncReport.Difference d : r.differences()) {
            g.row(
                    "difference",
                    d.provider(),
                    d.model(),
                    d.field(),
                    plain(d.ours()),
                    plain(d.theirs()),
                    plain(d.changePct()),
                    d.upstreamKey());
        }
        for (SyncReport.Missing m : r.missingHere()) {
            g.row("missing_here", m.provider(), m.model(), "", "", "", "", m.upstreamKey());
        }
        for (SyncReport.Missing m : r.missingThere()) {
            g.row("missing_there", m.provider(), m.model(), "", "", "", "", "");
        }
        return g.build();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    @Override
    public Map<String, Object> json(SyncReport r) {
        return Json.obj(
                "source", Json.obj("kind", r.kind(), "file", r.file(), "entries", r.entries()),
                "differences",
                        r.differences().stream()
                                .map(
                                        d ->
                                                Json.obj(
                                                        "provider",
                                                        d.provider(),
                                                        "model",
                                                        d.model(),
                                                        "field",
                                                        d.field(),
                                                        "ours",
                                                        d.ours(),
                                                        "theirs",
                                                        d.theirs(),
                                                        "change_pct",
                                                        d.changePct(),
                                                        "upstream_key",
                                                        d.upstreamKey()))
                                .toList(),
                "missing_here",
                        r.missingHere().stream()
                                .map(
                                        m ->
                                                Json.obj(
                                                        "provider",
                                                        m.provider(),
                                                        "model",
                                                        m.model(),
                                                        "input",
                                                        m.input(),
                                                        "output",
                                                        m.output(),
                                                        "upstream_key",
                                                        m.upstreamKey()))
                                .toList(),
                "missing_there",
                        r.missingThere().stream()
                                .map(m -> Json.obj("provider", m.provider(), "model", m.model()))
                                .toList());
    }
}

package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.LintReport;
import com.llmresale.pricing.engine.LintRules;
import com.llmresale.pricing.engine.LintWarning;
import java.util.ArrayList;
import java.util.List;

/** {@code pricing lint}: the warnings, one per row. */
public final class LintView implements View<LintReport> {

    @Override
    public Doc document(LintReport report) {
        return document(report, Words.ENGLISH);
    }

    /** The HTML format: the table format's document in the reader's language. */
    @Override
    public Doc html(LintReport report, Words words) {
        return document(report, words);
    }

    @Override
    public Doc document(LintReport report, Words words) {
        Doc.Builder doc = Doc.builder().paragraph(scope(report, words));
        if (!report.clean()) {
            Grid.Builder grid =
                    Grid.builder(
                            Grid.Column.text("code"),
                            Grid.Column.text("provider"),
                            Grid.Column.text("model"),
                            Grid.Column.text("message"));
            for (LintWarning w : report.warnings()) {
                grid.row(
                        w.code().id(),
                        w.provider(),
                        w.model() == null ? "" : w.model(),
                        words.phrase(w.message()));
            }
            doc.grid(grid.build());
        }
        return doc.paragraph(summaryLine(report, words)).build();
    }

    static String scope(LintReport report, Words words) {
        LintRules r = report.rules();
        return words.format(
                "lint.view.scope",
                words.format(
                        report.models() == 1 ? "lint.view.model" : "lint.view.models",
                        (long) report.models()),
                words.format(
                        report.sheets() == 1 ? "lint.view.sheet" : "lint.view.sheets",
                        (long) report.sheets()),
                r.today().toString(),
                (long) r.maxAgeDays(),
                r.pinTolerancePct(),
                r.spreadTolerancePct());
    }

    /** "3 warnings." / "No warnings." */
    public static String summaryLine(LintReport report, Words words) {
        int n = report.warnings().size();
        return n == 0
                ? words.get("lint.view.none")
                : words.format(n == 1 ? "lint.view.one" : "lint.view.many", (long) n);
    }

    @Override
    public Grid csv(LintReport report) {
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.text("code"),
                        Grid.Column.text("provider"),
                        Grid.Column.text("model"),
                        Grid.Column.text("message"));
        for (LintWarning w : report.warnings()) {
            grid.row(w.code().id(), w.provider(), w.model(), Words.ENGLISH.phrase(w.message()));
        }
        return grid.build();
    }

    @Override
    public Object json(LintReport report) {
        List<Object> warnings = new ArrayList<>();
        for (LintWarning w : report.warnings()) {
            warnings.add(
                    Json.obj(
                            "code",
                            w.code().id(),
                            "provider",
                            w.provider(),
                            "model",
                            w.model(),
                            "message",
                            Words.ENGLISH.phrase(w.message())));
        }
        LintRules r = report.rules();
        return Json.obj(
                "warnings", warnings,
                "count", report.warnings().size(),
                "as_of", r.today().toString(),
                "max_age_days", r.maxAgeDays(),
                "pin_tolerance_pct", r.pinTolerancePct(),
                "spread_tolerance_pct", r.spreadTolerancePct(),
                "sheets", report.sheets(),
                "models", report.models());
    }
}

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
        Doc.Builder doc = Doc.builder().paragraph(scope(report));
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
                        Words.ENGLISH.phrase(w.message()));
            }
            doc.grid(grid.build());
        }
        return doc.paragraph(summaryLine(report)).build();
    }

    static String scope(LintReport report) {
        LintRules r = report.rules();
        return "Checked "
                + Text.count(report.models(), "active model")
                + " in "
                + Text.count(report.sheets(), "sheet")
                + " as of "
                + r.today()
                + ": prices older than "
                + r.maxAgeDays()
                + " days, pins more than "
                + r.pinTolerancePct().toPlainString()
                + "% from their computed credits, families more than "
                + r.spreadTolerancePct().toPlainString()
                + "% apart across providers.";
    }

    /** "3 warnings." / "No warnings." */
    public static String summaryLine(LintReport report) {
        int n = report.warnings().size();
        return n == 0 ? "No warnings." : n + (n == 1 ? " warning." : " warnings.");
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

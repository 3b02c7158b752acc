package com.llmresale.pricing.render;

import java.util.List;

/**
 * The {@code html} format: one self-contained page. Inline CSS and inline SVG only; no script, no
 * font, image or style sheet fetched (the page's Content-Security-Policy forbids every fetch and
 * every script too), so it opens offline and reads the same without JavaScript. Each heading opens
 * a section in which charts and tables sit side by side when the window is wide enough. Every text
 * from the document goes through {@link Html#escape}; chart markup comes from {@link Svg}, which
 * escapes its texts the same way. Nothing varies between runs (no date, no random id).
 */
final class HtmlRenderer {
    private static final String CSS =
            """
            body{margin:0;background:#fff;color:#1d1d1f;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            main{max-width:1280px;margin:0 auto;padding:16px 24px 40px}
            h1{font-size:22px;margin:8px 0 12px}
            h2{font-size:17px;margin:0;padding-top:6px;border-top:1px solid #ddd}
            section{display:flex;flex-wrap:wrap;gap:12px 32px;align-items:flex-start;margin:20px 0}
            section>h2,section>p{flex-basis:100%}
            p{margin:4px 0}
            figure{margin:0;max-width:100%;overflow-x:auto}
            figcaption{font-size:12px;color:#555;margin-top:2px}
            .table{max-width:100%;overflow-x:auto}
            table{border-collapse:collapse;font-size:13px}
            th,td{padding:3px 8px;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top}
            th{background:#f4f5f7;font-weight:600}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .chart text{font:12px system-ui,sans-serif;fill:#222}
            .chart .tick{fill:#666;font-size:11px}
            .chart .value{fill:#333}
            .chart .group{font-weight:600}
            .chart .grid{stroke:#e8e8e8}
            .chart .axis{stroke:#999}
            .chart .bar{fill:#4e79a7}
            .chart .bar.over,.chart .bar.breach,.chart .bar.worse{fill:#e15759}
            .chart .bar.premium{fill:#76b7b2}
            .chart .bar.saving{fill:#59a14f}
            .chart .bar.budget{fill:#9c9c9c}
            .chart .bar.cheapest{fill:#59a14f}
            .chart .ref{stroke:#c0392b;stroke-width:2;stroke-dasharray:6 4}
            .chart .ref-label{fill:#c0392b;font-weight:600}
            .chart .s0{fill:#4e79a7}.chart .s1{fill:#f28e2b}.chart .s2{fill:#76b7b2}
            .chart .s3{fill:#edc948}.chart .s4{fill:#b07aa1}.chart .s5{fill:#ff9da7}
            .chart .segment.margin{fill:#d5d5d5}
            .chart .band{fill:#eaf1f8}
            .chart .dot{fill:#4e79a7;stroke:#fff;stroke-width:1}
            .chart .dot.old{fill:#a0a0a0}
            .chart .move{stroke-width:3}.chart .move.up{stroke:#e15759}.chart .move.down{stroke:#59a14f}
            .chart .cell{stroke:#fff}
            @media print{main{max-width:none}}
            """;

    private HtmlRenderer() {}

    static String render(Doc doc) {
        return render(doc, Words.ENGLISH);
    }

    /** The page, its {@code lang} attribute that of {@code words}. */
    static String render(Doc doc, Words words) {
        String title =
                doc.blocks().stream()
                        .filter(b -> b instanceof Doc.Title)
                        .map(b -> ((Doc.Title) b).text())
                        .findFirst()
                        .orElse("pricing report");
        StringBuilder out = new StringBuilder();
        out.append(
                        "<!DOCTYPE html>\n<html lang=\""
                                + words.locale().getLanguage()
                                + "\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<title>")
                .append(Html.escape(title))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(Html.escape(title))
                .append("</h1>\n");
        out.append("<section>\n");
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Heading h) {
                out.append("</section>\n<section>\n<h2>")
                        .append(Html.escape(h.text()))
                        .append("</h2>\n");
            } else if (block instanceof Doc.Paragraph p) {
                paragraph(out, p.lines());
            } else if (block instanceof Grid g) {
                grid(out, g);
            } else if (block instanceof Doc.Chart c) {
                out.append("<figure>\n")
                        .append(c.svg().text())
                        .append("\n<figcaption>")
                        .append(Html.escape(c.caption()))
                        .append("</figcaption>\n</figure>\n");
            }
        }
        out.append("</section>\n</main>\n</body>\n</html>\n");
        return out.toString()
                .replace("<section>\n</section>\n", ""); // a page that starts with a heading
    }

    private static void paragraph(StringBuilder out, List<String> lines) {
        out.append("<p>");
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : "<br>\n").append(Html.escape(lines.get(i)));
        }
        out.append("</p>\n");
    }

    private static void grid(StringBuilder out, Grid grid) {
        List<Grid.Column> columns = grid.columns();
        out.append("<div class=\"table\"><table>\n<thead><tr>");
        for (Grid.Column c : columns) {
            out.append(c.numeric() ? "<th class=\"num\">" : "<th>")
                    .append(Html.escape(c.name()))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : grid.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(columns.get(i).numeric() ? "<td class=\"num\">" : "<td>")
                        .append(Html.escape(row.get(i)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }
}

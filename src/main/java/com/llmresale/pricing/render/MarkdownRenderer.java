package com.llmresale.pricing.render;

import java.util.List;

/**
 * The {@code markdown} format: GitHub-flavoured headings and pipe tables. Every heading, line and
 * cell is shown through {@link Text#visible} (no control character, line break or bidi override
 * from the data); cells also escape {@code \\} and {@code |}.
 */
final class MarkdownRenderer {
    private MarkdownRenderer() {}

    static String render(Doc doc) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Title || block instanceof Doc.Chart) {
                continue; // the HTML format's
            }
            if (!first) {
                out.append('\n');
            }
            first = false;
            if (block instanceof Doc.Heading h) {
                out.append("## ").append(Text.visible(h.text())).append('\n');
            } else if (block instanceof Doc.Paragraph p) {
                p.lines().forEach(line -> out.append(Text.visible(line)).append("  \n"));
            } else if (block instanceof Grid g) {
                grid(out, g);
            }
        }
        return out.toString();
    }

    private static void grid(StringBuilder out, Grid grid) {
        List<Grid.Column> columns = grid.columns();
        out.append('|');
        columns.forEach(c -> out.append(' ').append(escape(c.name())).append(" |"));
        out.append("\n|");
        columns.forEach(c -> out.append(c.numeric() ? "---:|" : "---|"));
        out.append('\n');
        for (List<String> row : grid.rows()) {
            out.append('|');
            row.forEach(
                    cell -> out.append(' ').append(escape(cell == null ? "" : cell)).append(" |"));
            out.append('\n');
        }
    }

    private static String escape(String cell) {
        return Text.visible(cell.replace("\\", "\\\\").replace("|", "\\|"));
    }
}

package com.llmresale.pricing.render;

import java.util.List;

/**
 * The {@code table} format: aligned plain-text columns for a terminal. Every heading, line and
 * cell is shown through {@link Text#visible}: data cannot move the cursor or break a line.
 */
final class TextRenderer {
    private static final String GAP = "  ";

    private TextRenderer() {
    }

    static String render(Doc doc) {
        return render(doc, false);
    }

    /** The text; with {@code colour}, ANSI colours for rises, falls and warnings (a terminal only). */
    static String render(Doc doc, boolean colour) {
        StringBuilder out = new StringBuilder();
        Doc.Block previous = null;
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Title || block instanceof Doc.Chart) {
                continue; // the HTML format's
            }
            if (previous != null && !(block instanceof Grid && previous instanceof Doc.Heading)) {
                out.append('\n');
            }
            previous = block;
            if (block instanceof Doc.Heading h) {
                out.append(Text.visible(h.text())).append('\n');
            } else if (block instanceof Doc.Paragraph p) {
                p.lines().forEach(line -> out.append(Text.visible(line)).append('\n'));
            } else if (block instanceof Grid g) {
                grid(out, g);
            }
        }
        return out.toString();
    }

    private static void grid(StringBuilder out, Grid shown) {
        Grid grid = visible(shown);
        List<Grid.Column> columns = grid.columns();
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).name().length();
            for (List<String> row : grid.rows()) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        line(out, columns.stream().map(Grid.Column::name).toList(), columns, widths);
        for (List<String> row : grid.rows()) {
            line(out, row, columns, widths);
        }
    }

    private static void line(StringBuilder out, List<String> cells, List<Grid.Column> columns, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c) == null ? "" : cells.get(c);
            int pad = widths[c] - width(cell);
            if (c > 0) {
                line.append(GAP);
            }
            if (columns.get(c).numeric()) {
                line.append(" ".repeat(pad)).append(cell);
            } else {
                line.append(cell).append(" ".repeat(pad));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** The grid with every cell and column name as {@link Text#visible} shows it. */
    static Grid visible(Grid grid) {
        List<Grid.Column> columns = grid.columns().stream()
                .map(c -> new Grid.Column(Text.visible(c.name()), c.numeric())).toList();
        List<List<String>> rows = grid.rows().stream()
                .map(row -> row.stream().map(c -> c == null ? "" : Text.visible(c)).toList()).toList();
        return new Grid(columns, rows);
    }

    private static int width(String cell) {
        return cell == null ? 0 : cell.codePointCount(0, cell.length());
    }
}

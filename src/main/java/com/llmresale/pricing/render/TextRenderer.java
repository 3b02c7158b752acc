package com.llmresale.pricing.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code table} format: aligned plain-text columns for a terminal. Every heading, line and cell
 * is shown through {@link Text#visible}: data cannot move the cursor or break a line.
 */
final class TextRenderer {
    private static final String GAP = "  ";

    private TextRenderer() {}

    static String render(Doc doc) {
        return render(doc, false);
    }

    /**
     * The text; with {@code colour}, ANSI colours for rises, falls and warnings (a terminal only).
     */
    static String render(Doc doc, boolean colour) {
        Map<List<Grid.Column>, int[]> widths = sharedWidths(doc);
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
                grid(out, visible(g), widths.get(key(g)), colour);
            }
        }
        return out.toString();
    }

    /**
     * The grids that share their columns (names and kinds) share one width per column: they line
     * up.
     */
    private static Map<List<Grid.Column>, int[]> sharedWidths(Doc doc) {
        Map<List<Grid.Column>, int[]> widths = new HashMap<>();
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Grid shown) {
                Grid grid = visible(shown);
                List<Grid.Column> columns = grid.columns();
                int[] w = widths.computeIfAbsent(key(shown), k -> new int[columns.size()]);
                for (int c = 0; c < columns.size(); c++) {
                    w[c] = Math.max(w[c], width(columns.get(c).name()));
                    for (List<String> row : grid.rows()) {
                        w[c] = Math.max(w[c], width(row.get(c)));
                    }
                }
            }
        }
        return widths;
    }

    private static List<Grid.Column> key(Grid grid) {
        return grid.columns();
    }

    private static void grid(StringBuilder out, Grid grid, int[] widths, boolean colour) {
        List<Grid.Column> columns = grid.columns();
        line(out, columns.stream().map(Grid.Column::name).toList(), columns, widths, null);
        for (int r = 0; r < grid.rows().size(); r++) {
            line(
                    out,
                    grid.rows().get(r),
                    columns,
                    widths,
                    !colour ? null : grid.warnings().contains(r) ? Ansi.YELLOW : Ansi.NONE);
        }
    }

    /** ANSI colours for a terminal. */
    enum Ansi {
        NONE(""),
        GREEN("\u001b[32m"),
        RED("\u001b[31m"),
        YELLOW("\u001b[33m");

        static final String RESET = "\u001b[0m";
        final String code;

        Ansi(String code) {
            this.code = code;
        }

        String paint(String text) {
            return this == NONE || text.isEmpty() ? text : code + text + RESET;
        }
    }

    /**
     * One line; {@code row} null: no colour, else the row's colour (NONE: only changes are
     * coloured).
     */
    private static void line(
            StringBuilder out,
            List<String> cells,
            List<Grid.Column> columns,
            int[] widths,
            Ansi row) {
        StringBuilder line = new StringBuilder();
        int trailing = 0;
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c) == null ? "" : cells.get(c);
            int pad = widths[c] - width(cell);
            if (c > 0) {
                line.append(GAP);
            }
            String shown =
                    row == null
                            ? cell
                            : row != Ansi.NONE ? row.paint(cell) : tint(columns.get(c), cell);
            if (columns.get(c).numeric()) {
                line.append(" ".repeat(pad)).append(shown);
                trailing = 0;
            } else {
                line.append(shown).append(" ".repeat(pad));
                trailing = pad;
            }
        }
        String text = line.toString();
        // drop the padding after the last cell (the colour codes sit before it)
        while (trailing > 0 && text.endsWith(" ")) {
            text = text.substring(0, text.length() - 1);
            trailing--;
        }
        out.append(text.stripTrailing()).append('\n');
    }

    /** A change cell: rises green, falls red. */
    private static String tint(Grid.Column column, String cell) {
        if (!column.change()) {
            return cell;
        }
        return cell.startsWith("+")
                ? Ansi.GREEN.paint(cell)
                : cell.startsWith("-") ? Ansi.RED.paint(cell) : cell;
    }

    /** The grid with every cell and column name as {@link Text#visible} shows it. */
    static Grid visible(Grid grid) {
        List<Grid.Column> columns =
                grid.columns().stream()
                        .map(c -> new Grid.Column(Text.visible(c.name()), c.numeric(), c.change()))
                        .toList();
        List<List<String>> rows =
                grid.rows().stream()
                        .map(
                                row ->
                                        row.stream()
                                                .map(c -> c == null ? "" : Text.visible(c))
                                                .toList())
                        .toList();
        return new Grid(columns, rows, grid.warnings());
    }

    private static int width(String cell) {
        return cell == null ? 0 : cell.codePointCount(0, cell.length());
    }
}

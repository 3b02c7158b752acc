package com.llmresale.pricing.render;

import com.llmresale.pricing.io.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code csv} format: RFC 4180 quoting, a header row, '\n' line ends, empty cells for null;
 * text cells neutralised for spreadsheets and number columns' plain decimals as they are ({@link
 * CsvCells}).
 */
final class CsvRenderer {
    private CsvRenderer() {}

    static String render(Grid grid) {
        StringWriter out = new StringWriter();
        List<Boolean> numbers = grid.columns().stream().map(Grid.Column::numeric).toList();
        try {
            CsvCells.printRecord(out, grid.columns().stream().map(Grid.Column::name).toList());
            for (List<String> row : grid.rows()) {
                CsvCells.printRecord(out, row, numbers);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

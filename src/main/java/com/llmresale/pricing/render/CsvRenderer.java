package com.llmresale.pricing.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The {@code csv} format: RFC 4180 quoting, a header row, '\n' line ends, empty cells for null. */
final class CsvRenderer {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private CsvRenderer() {
    }

    static String render(Grid grid) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(grid.columns().stream().map(Grid.Column::name).toList());
            for (List<String> row : grid.rows()) {
                printer.printRecord(row.stream().map(c -> c == null ? "" : c).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package com.llmresale.pricing.io;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The one place CSV cells are written (every CSV the tool writes goes through {@link #printRecord})
 * and read back ({@link #read}): RFC 4180 quoting, '\n' line ends, and cells that a spreadsheet
 * would run kept inert.
 *
 * <p>Neutralising (OWASP "CSV injection"): a text cell that starts with {@code = + - @}, tab or CR
 * is written with a leading {@code '} and quoted, so a spreadsheet shows it as text. So that every
 * id reads back as itself, a cell that is already one or more {@code '} followed by one of those
 * characters gets one more {@code '} too; reading strips one {@code '} exactly when the cell is one
 * or more {@code '} followed by one of those characters. Any other cell, an id that starts with
 * {@code '} included, is written and read as it is. Numbers are not formulas: in a number column a
 * plain decimal ({@code -33.3}) is written as it is; anything else there is treated as text.
 */
public final class CsvCells {
    public static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();
    private static final CSVFormat QUOTED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).build();

    /** Zero or more ' and then a character a spreadsheet starts a formula (or a DDE call) with. */
    private static final Pattern NEEDS_QUOTE = Pattern.compile("^'*[=+\\-@\t\r]");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvCells() {}

    /**
     * Writes one record and its line end.
     *
     * @param number whether each cell sits in a number column
     */
    public static void printRecord(Appendable out, List<String> cells, List<Boolean> number)
            throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            boolean first = i == 0;
            if (number.get(i) && PLAIN_NUMBER.matcher(cell).matches()) {
                FORMAT.print(cell, out, first);
            } else if (NEEDS_QUOTE.matcher(cell).find()) {
                QUOTED.print("'" + cell, out, first);
            } else {
                FORMAT.print(cell, out, first);
            }
        }
        FORMAT.println(out);
    }

    /** Writes a record of text cells (a header, an id list). */
    public static void printRecord(Appendable out, List<String> cells) throws IOException {
        printRecord(out, cells, java.util.Collections.nCopies(cells.size(), false));
    }

    /** A text cell as it was before {@link #printRecord} neutralised it. */
    public static String read(String cell) {
        return cell.startsWith("'") && NEEDS_QUOTE.matcher(cell.substring(1)).find()
                ? cell.substring(1)
                : cell;
    }
}

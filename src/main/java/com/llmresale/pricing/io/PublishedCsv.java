package com.llmresale.pricing.io;

import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.Numbers;
import com.llmresale.pricing.model.ProviderScope;
import com.llmresale.pricing.model.PublishedCredit;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The published credits: {@code pricing/published-credits.csv}, or any CSV with at least the
 * columns {@code provider, model, credits} (an earlier {@code recompute --format csv} export works:
 * its removed and inactive rows are not published credits and are skipped).
 */
public final class PublishedCsv {
    public static final String FILE_NAME = "published-credits.csv";
    public static final List<String> HEADER = List.of("provider", "model", "credits");
    private static final java.util.regex.Pattern STARTLINE =
            java.util.regex.Pattern.compile("\\(startline (\\d+)\\)");
    private static final Set<String> NOT_PUBLISHED = Set.of("removed", "inactive");

    private PublishedCsv() {}

    /** The published credits in {@code file}, or none when the file does not exist. */
    public static List<PublishedCredit> readIfPresent(Path file, String display) {
        if (Files.isRegularFile(file)) {
            return read(file, display, ProviderScope.ALL);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // a folder (or a link to nothing) by that name is not "nothing published yet"
            throw new DataException(
                    display,
                    0,
                    null,
                    Files.isDirectory(file) ? "is a folder, not a file" : "is not a readable file");
        }
        return List.of();
    }

    /**
     * The published credits in {@code file}, read as a stream: only the rows of the providers in
     * {@code scope} are kept, so a file of a million rows of other providers takes no more memory
     * than the rows needed (the other rows are skipped unchecked; duplicates are looked for among
     * the rows kept). A folder, device or pipe is refused before it is opened (opening a pipe would
     * wait for a writer).
     */
    public static List<PublishedCredit> read(Path file, String display, ProviderScope scope) {
        if (Files.isDirectory(file)) {
            throw new DataException(display, 0, null, "is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new DataException(
                    display, 0, null, "not a regular file (a device or pipe is not read)");
        }
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        // a spreadsheet's "Provider,Model,Credits" header is the same columns
                        .setIgnoreHeaderCase(true)
                        .build();
        try (Reader reader =
                        withoutByteOrderMark(
                                Files.newBufferedReader(file, StandardCharsets.UTF_8));
                CSVParser parser = format.parse(reader)) {
            Map<String, Integer> columns = parser.getHeaderMap();
            if (columns == null || columns.isEmpty()) {
                throw new DataException(
                        display,
                        0,
                        null,
                        "the file is empty (it needs a header line with at least: "
                                + String.join(", ", HEADER)
                                + ")");
            }
            for (String required : HEADER) {
                if (columns == null || !columns.containsKey(required)) {
                    throw new DataException(
                            display,
                            1,
                            required,
                            "missing column (the file needs at least: "
                                    + String.join(", ", HEADER)
                                    + ")");
                }
            }
            boolean hasStatus = columns.containsKey("status");
            List<PublishedCredit> out = new ArrayList<>();
            Map<ModelKey, Long> firstLine = new HashMap<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new DataException(
                            display,
                            (int) line,
                            null,
                            "expected " + columns.size() + " columns, got " + record.size());
                }
                if (hasStatus && NOT_PUBLISHED.contains(record.get("status"))) {
                    continue;
                }
                // provider ids are lower-case (contract): a spreadsheet's "GROQ" is groq
                String rowProvider =
                        CsvCells.read(record.get("provider")).toLowerCase(java.util.Locale.ROOT);
                if (!scope.includes(rowProvider)) {
                    continue;
                }
                // a neutralised id ("'=x", see CsvCells) is the id "=x"
                String model = CsvCells.read(record.get("model"));
                if (rowProvider.isEmpty()) {
                    throw new DataException(display, (int) line, "provider", "missing");
                }
                if (model.isEmpty()) {
                    throw new DataException(display, (int) line, "model", "missing");
                }
                int credits = credits(record.get("credits"), display, (int) line);
                PublishedCredit credit;
                try {
                    credit = new PublishedCredit(rowProvider, model, credits);
                } catch (InvalidValueException e) {
                    throw new DataException(display, (int) line, e.field(), e.problem(), e);
                }
                Long first = firstLine.putIfAbsent(credit.key(), line);
                if (first != null) {
                    throw new DataException(
                            display,
                            (int) line,
                            "model",
                            "duplicate row for " + credit.key() + " (first on line " + first + ")");
                }
                out.add(credit);
            }
            return out;
        } catch (NoSuchFileException e) {
            throw new DataException(display, 0, null, "file not found", e);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv reports malformed quoting as "(startline N) what is wrong", wrapped or
            // not
            Throwable cause =
                    e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                throw new DataException(
                        display, 0, null, "not UTF-8 text (save the CSV as UTF-8)", e);
            }
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            java.util.regex.Matcher at = STARTLINE.matcher(message);
            int line = 0;
            if (at.find()) {
                line = Integer.parseInt(at.group(1));
                message = message.substring(at.end()).strip();
            }
            throw new DataException(display, line, null, "not a readable CSV file: " + message, e);
        } catch (IllegalArgumentException e) {
            // e.g. a duplicate or empty header name
            throw new DataException(display, 1, null, "bad CSV header: " + e.getMessage(), e);
        }
    }

    /** Spreadsheets save UTF-8 CSV with a byte-order mark (U+FEFF) first: skip it. */
    private static Reader withoutByteOrderMark(java.io.BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static int credits(String text, String display, int line) {
        if (text.isEmpty()) {
            throw new DataException(display, line, "credits", "missing");
        }
        BigDecimal value;
        try {
            value = Numbers.decimal(text);
        } catch (Numbers.NumberException e) {
            throw new DataException(display, line, "credits", e.getMessage());
        }
        if (value.signum() < 0) {
            throw new DataException(
                    display, line, "credits", "must not be negative, got " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 0) {
            throw new DataException(
                    display,
                    line,
                    "credits",
                    "must be a whole number, got " + value.toPlainString());
        }
        if (value.compareTo(BigDecimal.valueOf(ModelEntry.MAX_CREDITS)) > 0) {
            throw new DataException(
                    display,
                    line,
                    "credits",
                    "must be at most " + ModelEntry.MAX_CREDITS + ", got " + value.toPlainString());
        }
        return value.intValueExact();
    }

    /** The file's content for these credits, sorted by provider and model. */
    public static String format(List<PublishedCredit> credits) {
        StringWriter out = new StringWriter();
        try {
            CsvCells.printRecord(out, HEADER);
            for (PublishedCredit c :
                    credits.stream()
                            .sorted(java.util.Comparator.comparing(PublishedCredit::key))
                            .toList()) {
                CsvCells.printRecord(
                        out,
                        List.of(c.provider(), c.model(), String.valueOf(c.credits())),
                        List.of(false, false, true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package com.llmresale.pricing.io;

import com.llmresale.pricing.engine.UsageImpact.OldPrice;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.Numbers;
import com.llmresale.pricing.model.ProviderScope;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The $ prices an {@code --against} file holds, when it has the columns {@code input_usd_per_mtok}
 * and {@code output_usd_per_mtok} (a {@code recompute} or {@code models} CSV export does; {@code
 * published-credits.csv} does not). Rows with empty price cells (pinned, removed) are skipped. Read
 * after {@link PublishedCsv} has checked the file's shape.
 */
public final class OldPricesCsv {
    public static final String INPUT = "input_usd_per_mtok";
    public static final String OUTPUT = "output_usd_per_mtok";

    private OldPricesCsv() {}

    /**
     * The prices by model (only those of the providers in {@code scope}); empty when the file has
     * no price columns.
     */
    public static Map<ModelKey, OldPrice> read(Path file, String display, ProviderScope scope) {
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .setIgnoreHeaderCase(true)
                        .build();
        Map<ModelKey, OldPrice> out = new LinkedHashMap<>();
        try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = format.parse(skipByteOrderMark(reader))) {
            Map<String, Integer> columns = parser.getHeaderMap();
            if (columns == null || !columns.containsKey(INPUT) || !columns.containsKey(OUTPUT)) {
                return Map.of();
            }
            for (CSVRecord record : parser) {
                String p = CsvCells.read(record.get("provider")).toLowerCase(Locale.ROOT);
                if (!scope.includes(p)) {
                    continue;
                }
                String in = record.get(INPUT);
                String outPrice = record.get(OUTPUT);
                if (in.isEmpty() || outPrice.isEmpty()) {
                    continue;
                }
                int line = (int) parser.getCurrentLineNumber();
                out.put(
                        new ModelKey(p, CsvCells.read(record.get("model"))),
                        new OldPrice(
                                price(in, display, line, INPUT),
                                price(outPrice, display, line, OUTPUT)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Reader skipByteOrderMark(java.io.BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static BigDecimal price(String text, String display, int line, String field) {
        try {
            BigDecimal v = Numbers.decimal(text);
            if (v.signum() < 0) {
                throw new DataException(
                        display, line, field, "must not be negative, got " + v.toPlainString());
            }
            return v;
        } catch (Numbers.NumberException e) {
            throw new DataException(display, line, field, e.getMessage());
        }
    }
}

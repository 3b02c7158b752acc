package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.PublishedCredit;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.UniqueElements;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV cells are inert in a spreadsheet and read back as written; the published file keeps every id.
 */
class CsvCellsPropertiesTest {
    private static final Set<Character> TRIGGERS = Set.of('=', '+', '-', '@', '\t', '\r');

    /**
     * Strings rich in what matters here: the trigger characters, quotes, separators, line breaks.
     */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("=+-@\t\r\n'\",; a|!").ofMaxLength(8),
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(20));
    }

    /**
     * Ids the sheets accept and the published file's reader can give back: not blank, and not
     * starting or ending with a space or control character (the reader trims those, as a
     * spreadsheet's CSV may pad cells) unless neutralising puts a ' in front (a leading tab or CR).
     */
    /** Ids as a sheet can hold them (the id rule: no spaces at the ends, no control characters). */
    @Provide
    Arbitrary<String> ids() {
        return texts().filter(
                        s -> {
                            try {
                                com.llmresale.pricing.model.Ids.check("model", s);
                                return true;
                            } catch (IllegalArgumentException e) {
                                return false;
                            }
                        });
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return new ArrayList<>(CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords());
    }

    @Property(tries = 500)
    void aTextCellIsWrittenInertAndReadsBackAsItself(@ForAll("texts") String text)
            throws IOException {
        StringWriter out = new StringWriter();
        CsvCells.printRecord(out, List.of("x", text, "y"));

        String written = parse(out.toString()).get(0).get(1);

        assertThat(written.isEmpty() || !TRIGGERS.contains(written.charAt(0)))
                .as("%s written as %s", text, written)
                .isTrue();
        assertThat(CsvCells.read(written)).isEqualTo(text);
    }

    @Property(tries = 200)
    void aPlainDecimalInANumberColumnIsWrittenAsItIs(
            @ForAll int whole, @ForAll("fractions") String fraction) throws IOException {
        String number = whole + fraction;
        StringWriter out = new StringWriter();
        CsvCells.printRecord(out, List.of("a", number), List.of(false, true));

        assertThat(out.toString()).isEqualTo("a," + number + "\n");
    }

    @Provide
    Arbitrary<String> fractions() {
        return Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6).map(d -> "." + d));
    }

    @Example
    void textInANumberColumnIsStillNeutralised() throws IOException {
        StringWriter out = new StringWriter();
        CsvCells.printRecord(out, List.of("-1+2", "-"), List.of(true, true));

        assertThat(out.toString()).isEqualTo("\"'-1+2\",\"'-\"\n");
    }

    @Example
    void theRule() {
        // one ' is stripped only where writing added one: before (more ') and = + - @ tab CR
        assertThat(CsvCells.read("'=x")).isEqualTo("=x");
        assertThat(CsvCells.read("''=x")).isEqualTo("'=x");
        assertThat(CsvCells.read("'x")).isEqualTo("'x");
        assertThat(CsvCells.read("''x")).isEqualTo("''x");
        assertThat(CsvCells.read("'")).isEqualTo("'");
        assertThat(CsvCells.read("-2+3")).isEqualTo("-2+3");
    }

    @Property(tries = 200)
    void everyIdRoundTripsThroughThePublishedFile(
            @ForAll @UniqueElements List<@From("ids") String> ids) throws IOException {
        List<PublishedCredit> credits = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            credits.add(new PublishedCredit("p", ids.get(i), i));
        }
        String content = PublishedCsv.format(credits);
        Path file = Files.createTempFile("published", ".csv");
        try {
            Files.writeString(file, content, StandardCharsets.UTF_8);

            List<PublishedCredit> back =
                    PublishedCsv.read(
                            file,
                            "published-credits.csv",
                            com.llmresale.pricing.model.ProviderScope.ALL);

            assertThat(back).containsExactlyInAnyOrderElementsOf(credits);
            for (CSVRecord r : parse(content)) {
                String model = r.get(1);
                assertThat(!model.isEmpty() && TRIGGERS.contains(model.charAt(0)))
                        .as(model)
                        .isFalse();
            }
        } finally {
            Files.delete(file);
        }
    }
}

package com.llmresale.pricing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * The HTML format's escaping, page frame and chart geometry, with coordinates worked out by hand.
 */
class HtmlFormatTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String QUOTES = "\"&'";

    @Test
    void escapeWritesMarkupCharactersAsReferences() {
        assertThat(Html.escape(SCRIPT)).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Html.escape(QUOTES)).isEqualTo("&quot;&amp;&#39;");
        assertThat(Html.escape("a\u001b[2Jb\u202Ec")).isEqualTo("a\\x1b[2Jb\\u202ec");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void hostileTextStaysTextEverywhereOnThePage() {
        Charts.Bar bar = Charts.Bar.of(SCRIPT, BigDecimal.TEN, QUOTES).in(QUOTES + SCRIPT);
        Doc doc =
                Doc.builder()
                        .title(SCRIPT)
                        .paragraph(SCRIPT, QUOTES)
                        .heading(QUOTES + SCRIPT)
                        .chart(
                                Charts.bars(
                                        SCRIPT,
                                        List.of(bar),
                                        v -> QUOTES,
                                        new Charts.Reference(BigDecimal.ONE, SCRIPT)))
                        .grid(
                                Grid.builder(Grid.Column.text(SCRIPT), Grid.Column.number(QUOTES))
                                        .row(SCRIPT, QUOTES)
                                        .build())
                        .build();
        String page = HtmlRenderer.render(doc);
        assertThat(page)
                .doesNotContain("<script")
                .doesNotContain(QUOTES)
                .doesNotContain("alert(1)<");
        // title twice (head and h1), paragraph, heading, chart: aria-label, title, caption, group,
        // label,
        // tooltip, reference tooltip and label; grid: column name and cell
        assertThat(count(page, "&lt;script&gt;alert(1)&lt;/script&gt;")).isEqualTo(14);
        assertThat(count(page, "&quot;&amp;&#39;")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void pageIsSelfContainedAndForbidsFetchesAndScripts() {
        String page = HtmlRenderer.render(Doc.builder().paragraph("x").build());
        assertThat(page)
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                + "style-src 'unsafe-inline'\">")
                .contains("<title>pricing report</title>")
                .doesNotContain("<script")
                .doesNotContain("<link")
                .doesNotContain("src=")
                .doesNotContain("href=")
                .doesNotContain("url(")
                .doesNotContain("@import")
                .endsWith("</html>\n");
    }

    @Test
    void textFormatsSkipTitlesAndCharts() {
        Doc plain =
                Doc.builder()
                        .heading("h")
                        .grid(Grid.builder(Grid.Column.text("a")).row("1").build())
                        .build();
        Doc withCharts =
                Doc.builder()
                        .title("t")
                        .heading("h")
                        .chart(
                                Charts.bars(
                                        "c",
                                        List.of(Charts.Bar.of("x", BigDecimal.ONE, "1")),
                                        v -> "",
                                        null))
                        .grid(Grid.builder(Grid.Column.text("a")).row("1").build())
                        .build();
        assertThat(TextRenderer.render(withCharts)).isEqualTo(TextRenderer.render(plain));
        assertThat(MarkdownRenderer.render(withCharts)).isEqualTo(MarkdownRenderer.render(plain));
    }

    @Test
    void barsAreDrawnToScale() {
        // labels of one character: label column 60 px, plot from x = 70 to 490 (420 px); the axis
        // ends at 100 (the largest value is a round number), so 25 is 105 px and 100 is 420 px;
        // rows 22 px from y = 8, a bar 14 px high 4 px into its row
        String svg =
                Charts.bars(
                                "c",
                                List.of(
                                        Charts.Bar.of("a", new BigDecimal("25"), "$25"),
                                        Charts.Bar.of("b", new BigDecimal("100"), "$100")),
                                v -> v.toPlainString(),
                                null)
                        .svg()
                        .text();
        assertThat(svg)
                .contains(
                        "<rect class=\"bar\" x=\"70\" y=\"12\" width=\"105\" height=\"14\"><title>a: $25</title>")
                .contains(
                        "<rect class=\"bar\" x=\"70\" y=\"34\" width=\"420\" height=\"14\"><title>b: $100</title>");
        // ticks every 20 up to 100: 84 px apart
        assertThat(svg).contains("<line class=\"grid\" x1=\"154\" y1=\"8\" x2=\"154\" y2=\"52\"/>");
    }

    @Test
    void aWaterfallStepFloatsBetweenItsCosts() {
        // axis to 500 (the largest value 400 rounds up to 5 x 100): 400 -> 300 is x 70 + 252 = 322
        // to 406
        String svg =
                Charts.bars(
                                "w",
                                List.of(
                                        new Charts.Bar(
                                                null,
                                                "s",
                                                new BigDecimal("400"),
                                                new BigDecimal("300"),
                                                "-$100",
                                                "saving")),
                                v -> "",
                                null)
                        .svg()
                        .text();
        assertThat(svg)
                .contains(
                        "<rect class=\"bar saving\" x=\"322\" y=\"12\" width=\"84\" height=\"14\">");
    }

    @Test
    void columnsAndTheirAlarmLine() {
        // values 1 and 3, alarm 2: the axis runs to 5, 200 px high from y = 220 up to 20 (40 px per
        // unit);
        // two columns of 280 px from x = 70, 3 px apart from their edges
        String svg =
                Charts.columns(
                                "d",
                                List.of(
                                        Charts.Bar.of("d1", BigDecimal.ONE, "$1"),
                                        Charts.Bar.of("d2", new BigDecimal("3"), "$3")
                                                .marked("over")),
                                v -> "",
                                new Charts.Reference(new BigDecimal("2"), "alarm"))
                        .svg()
                        .text();
        assertThat(svg)
                .contains("<rect class=\"bar\" x=\"73\" y=\"180\" width=\"274\" height=\"40\">")
                .contains(
                        "<rect class=\"bar over\" x=\"353\" y=\"100\" width=\"274\" height=\"120\">")
                .contains(
                        "<line class=\"ref\" x1=\"70\" y1=\"140\" x2=\"630\" y2=\"140\"><title>alarm</title>");
    }

    @Test
    void theLogScaleIsTheTableBarsScale() {
        // log2(1 + 7) / log2(1 + 63) = 3/6: half the plot
        com.llmresale.pricing.render.Scale.Log log =
                com.llmresale.pricing.render.Scale.Log.of(63, 100, 500);
        assertThat(log.at(new BigDecimal("7"))).isEqualByComparingTo("300");
        assertThat(log.at(new BigDecimal("63"))).isEqualByComparingTo("500");
        assertThat(log.at(BigDecimal.ZERO)).isEqualByComparingTo("100");
    }

    @Test
    void heatColoursGoFromWhiteTowardsGreenOrRed() {
        // at the largest magnitude 70% of the way to (44, 160, 44): 255 - 0.7 x (255 - 44) = 107.3
        // -> 107
        // (0x6b), 255 - 0.7 x 95 = 188.5 -> 189 (0xbd); to (214, 39, 40): 226.3 -> 226 (0xe2),
        // 103.8 -> 104
        // (0x68), 104.5 -> 105 (0x69); half the magnitude 35% of the way: 181.15 -> 181 (0xb5),
        // 221.75 -> 222
        assertThat(HeatMapChart.heat(new BigDecimal("50"), new BigDecimal("50")))
                .isEqualTo("#6bbd6b");
        assertThat(HeatMapChart.heat(new BigDecimal("-50"), new BigDecimal("50")))
                .isEqualTo("#e26869");
        assertThat(HeatMapChart.heat(new BigDecimal("25"), new BigDecimal("50")))
                .isEqualTo("#b5deb5");
        assertThat(HeatMapChart.heat(BigDecimal.ZERO, new BigDecimal("50"))).isEqualTo("#ffffff");
    }

    @Property
    void theAxisEndsAtMostTwiceTheLargestValue(
            @ForAll @BigRange(min = "0.000001", max = "1000000000000") @Scale(6) BigDecimal max) {
        com.llmresale.pricing.render.Scale.Linear scale =
                com.llmresale.pricing.render.Scale.linear(max, 10, 430);
        assertThat(scale.top())
                .isGreaterThanOrEqualTo(max)
                .isLessThanOrEqualTo(max.multiply(BigDecimal.valueOf(2)));
        assertThat(scale.at(BigDecimal.ZERO)).isEqualByComparingTo("10");
        assertThat(scale.at(scale.top())).isEqualByComparingTo("430");
        assertThat(scale.at(max)).isLessThanOrEqualTo(new BigDecimal("430"));
        List<BigDecimal> ticks = scale.ticks();
        assertThat(ticks).hasSizeBetween(3, 6);
        assertThat(ticks.get(ticks.size() - 1)).isEqualByComparingTo(scale.top());
    }

    @Property
    void aSignedAxisHoldsLossesLeftOfZeroOnTheStepOfTheLargerSide(
            @ForAll @BigRange(min = "-1000000", max = "-0.01") @Scale(2) BigDecimal min,
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal max) {
        com.llmresale.pricing.render.Scale.Linear scale =
                com.llmresale.pricing.render.Scale.signed(min, max, 10, 430);
        assertThat(scale.bottom()).isLessThanOrEqualTo(min);
        assertThat(scale.top()).isGreaterThanOrEqualTo(max);
        // within one step of each value, the step a fifth or a quarter of a round number
        assertThat(scale.bottom()).isGreaterThan(min.subtract(scale.step()));
        assertThat(scale.top()).isLessThan(max.add(scale.step()));
        assertThat(scale.at(scale.bottom())).isEqualByComparingTo("10");
        assertThat(scale.at(scale.top())).isEqualByComparingTo("430");
        assertThat(scale.ticks()).anySatisfy(t -> assertThat(t).isEqualByComparingTo("0"));
        BigDecimal zero = scale.at(BigDecimal.ZERO);
        assertThat(scale.at(min)).isLessThan(zero);
    }

    @org.junit.jupiter.api.Test
    void aSignedAxisFromMinus70To65PercentRunsFromMinus80To80InTwenties() {
        com.llmresale.pricing.render.Scale.Linear scale =
                com.llmresale.pricing.render.Scale.signed(
                        new BigDecimal("-70.0"), new BigDecimal("65.6"), 0, 160);
        assertThat(scale.step()).isEqualByComparingTo("20");
        assertThat(scale.bottom()).isEqualByComparingTo("-80");
        assertThat(scale.top()).isEqualByComparingTo("80");
        assertThat(scale.at(BigDecimal.ZERO)).isEqualByComparingTo("80");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

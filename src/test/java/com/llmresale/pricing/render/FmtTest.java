package com.llmresale.pricing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Seed 004's figures in both languages; the digits are never changed, only marked. */
class FmtTest {
    static final Fmt EN = Fmt.ENGLISH;
    static final Fmt TR = Fmt.TURKISH;

    @Test
    void seed004FiguresInEnglish() {
        assertThat(EN.money(new BigDecimal("40000"), "TRY")).isEqualTo("40,000 TL");
        assertThat(EN.usdCents(new BigDecimal("1159.420289855072463768115942028986")))
                .isEqualTo("$1,159.42");
        assertThat(EN.count(150_000)).isEqualTo("150,000");
        assertThat(EN.share(new BigDecimal("0.30"), 1)).isEqualTo("30.0%");
        assertThat(EN.shareTrimmed(new BigDecimal("0.30"))).isEqualTo("30%");
        assertThat(EN.times(new BigDecimal("28.8"))).isEqualTo("28.8x");
        assertThat(EN.usd(new BigDecimal("-140.07"))).isEqualTo("-$140.07");
        assertThat(EN.usd(new BigDecimal("0.075"))).isEqualTo("$0.075");
        assertThat(EN.usd(new BigDecimal("3"))).isEqualTo("$3.00");
        assertThat(EN.signedPercent(new BigDecimal("233.3"))).isEqualTo("+233.3%");
    }

    @Test
    void seed004FiguresInTurkish() {
        assertThat(TR.money(new BigDecimal("40000"), "TRY")).isEqualTo("40.000 TL");
        assertThat(TR.usdCents(new BigDecimal("1159.42"))).isEqualTo("1.159,42 $");
        assertThat(TR.count(150_000)).isEqualTo("150.000");
        assertThat(TR.share(new BigDecimal("0.3"), 1)).isEqualTo("%30,0");
        assertThat(TR.money(new BigDecimal("34.5"), "USD")).isEqualTo("34,50 $");
        assertThat(TR.usd(new BigDecimal("-140.07"))).isEqualTo("-140,07 $");
        assertThat(TR.percent(new BigDecimal("-20.0"))).isEqualTo("-%20,0");
        assertThat(TR.signedPercent(new BigDecimal("233.3"))).isEqualTo("+%233,3");
    }

    @Test
    void usdBesideShowsFourDecimalsOnlyWhenTheCentsWouldHideADifference() {
        assertThat(EN.usdBeside(new BigDecimal("6.95652"), new BigDecimal("6.96")))
                .isEqualTo("$6.9565");
        assertThat(EN.usdBeside(new BigDecimal("6.95652"), new BigDecimal("6.95")))
                .isEqualTo("$6.96");
        assertThat(TR.usdBeside(new BigDecimal("6.95652"), new BigDecimal("6.96")))
                .isEqualTo("6,9565 $");
    }

    @Property
    void groupingOnlyMarksTheDigits(
            @ForAll @BigRange(min = "-1e15", max = "1e15") @Scale(4) BigDecimal value) {
        assertThat(EN.number(value).replace(",", "")).isEqualTo(value.toPlainString());
        assertThat(TR.number(value).replace(".", "").replace(',', '.'))
                .isEqualTo(value.toPlainString());
        assertThat(EN.plain(value)).isEqualTo(value.toPlainString());
    }

    @Property
    void groupsAreThreeDigits(@ForAll long n) {
        String text = EN.count(n);
        String digits = text.startsWith("-") ? text.substring(1) : text;
        String[] groups = digits.split(",");
        assertThat(groups[0].length()).isBetween(1, 3);
        for (int i = 1; i < groups.length; i++) {
            assertThat(groups[i]).hasSize(3);
        }
        assertThat(TR.count(n)).isEqualTo(text.replace(',', '.'));
    }
}

package com.llmresale.pricing.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.CheckCode;
import com.llmresale.pricing.engine.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two bundles hold the same keys with the same arguments, and wordings come out as written. */
class WordsTest {
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                WordsTest.class.getResourceAsStream("/com/llmresale/pricing/render/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyEnglishKeyHasATurkishWordingAndViceVersa() throws IOException {
        Properties en = load("messages.properties");
        Properties tr = load("messages_tr.properties");
        assertThat(new TreeSet<>(tr.stringPropertyNames()))
                .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(100);
    }

    @Test
    void eachTurkishWordingUsesTheSameArgumentsAsTheEnglish() throws IOException {
        Properties en = load("messages.properties");
        Properties tr = load("messages_tr.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(arguments(tr.getProperty(key)))
                    .as(key)
                    .isEqualTo(arguments(en.getProperty(key)));
        }
    }

    private static Set<String> arguments(String template) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyCheckCodeHasAWording() {
        // the caps-against-caps and peak codes share their wordings (check.pair_*, check.peak*)
        for (String shared : List.of("pair_below", "pair_above", "peak", "peak_one_alias")) {
            assertThat(Words.TURKISH.get("check." + shared).isBlank()).isFalse();
        }
        for (CheckCode code : CheckCode.values()) {
            if (code.name().contains("_VS_") || code.name().startsWith("PEAK_")) {
                continue;
            }
            assertThat(Words.ENGLISH.get("check." + code.name()).isBlank())
                    .as(code.name())
                    .isFalse();
            assertThat(Words.TURKISH.get("check." + code.name()).isBlank())
                    .as(code.name())
                    .isFalse();
        }
    }

    @Test
    void aCheckInBothLanguages() {
        Check c =
                Check.warning(
                        CheckCode.COST_OVER_BUDGET,
                        new BigDecimal("1234.565"),
                        new BigDecimal("1000"),
                        7L,
                        new BigDecimal("234.565"));
        assertThat(Words.ENGLISH.check(c))
                .isEqualTo(
                        "cost $1,234.57 is over the $1,000.00 cost budget for 7 days by $234.57");
        assertThat(Words.TURKISH.check(c))
                .isEqualTo(
                        "maliyet 1.234,57 $; 7 günlük 1.000,00 $ maliyet bütçesini 234,57 $ aşıyor");
    }

    @Test
    void nestedPhrasesAndLists() {
        Check c =
                Check.info(
                        CheckCode.TOKEN_CAPS_ABOVE_REQUESTS,
                        400L,
                        List.of(
                                Phrase.of("check.caps_loose", "minute", 2L, 400L, 800L, 833L),
                                Phrase.of(
                                        "check.caps_loose",
                                        "month",
                                        3000L,
                                        400L,
                                        1_200_000L,
                                        1_500_000L)));
        assertThat(Words.ENGLISH.check(c))
                .startsWith(
                        "at 400 tokens per request the request caps use less than the "
                                + "token caps (per minute 2 x 400 = 800 < 833; per month 3,000 x 400 = 1,200,000 < 1,500,000); ");
        assertThat(Words.TURKISH.check(c))
                .contains(
                        "(dakikada 2 x 400 = 800 < 833; ayda 3.000 x 400 = 1.200.000 < 1.500.000)");
    }

    @Test
    void leverNotesReadAsBeforeInEnglishAndTakeTurkishNumbers() {
        Phrase cap = Phrase.of("lever.note.output_cap_tokens", 800, new BigDecimal("1200"));
        assertThat(Words.ENGLISH.phrase(cap))
                .isEqualTo("output capped at 800 tokens per request (average was 1200)");
        assertThat(Words.TURKISH.phrase(cap))
                .isEqualTo("çıktı istek başına 800 token ile sınırlandı (ortalama 1200 idi)");
        Phrase some =
                Phrase.of(
                        "lever.note.prompt_cache_hit_rate.some_without",
                        new BigDecimal("0.125"),
                        List.of("autox", "fast"));
        assertThat(Words.ENGLISH.phrase(some))
                .isEqualTo(
                        "12.5% of input tokens read from the prompt cache at the sheet's"
                                + " cached_input price (full input price for autox, fast, which"
                                + " has none)");
        assertThat(Words.TURKISH.phrase(some)).startsWith("girdi token'larının %12,5 kadarı");
        assertThat(
                        Words.ENGLISH.phrase(
                                Phrase.of(
                                        "lever.note.output_cap_tokens.no_saving",
                                        new BigDecimal("307.2"))))
                .isEqualTo(
                        "cap at or above the average output of 307.2 tokens per request: no"
                                + " saving on average");
        assertThat(
                        Words.ENGLISH.phrase(
                                Phrase.of(
                                        "lever.note.prompt_cache_hit_rate.no_price",
                                        new BigDecimal("0.33333"))))
                .isEqualTo(
                        "33.33% of input tokens read from the prompt cache, but no mix model has"
                                + " a cached_input price: no saving");
    }

    @Test
    void lintMessagesReadAsBeforeInEnglish() {
        assertThat(
                        Words.ENGLISH.phrase(
                                Phrase.of(
                                        "lint.PIN_OFF_STEP",
                                        30L,
                                        new BigDecimal("1.5"),
                                        32L,
                                        "standard")))
                .isEqualTo(
                        "pinned at 30 credits, between two multiplier steps: reports show it as"
                                + " 1.5x (32 credits) in tier standard; pin a whole step");
        assertThat(
                        Words.ENGLISH.phrase(
                                Phrase.of(
                                        "lint.CREDITS_ROUND_TO_ZERO",
                                        new BigDecimal("0.01"),
                                        new BigDecimal("0"))))
                .isEqualTo(
                        "average $0.01 per 1M tokens rounds to 0x = 0 credits: sold for nothing");
        assertThat(
                        Words.ENGLISH.phrase(
                                Phrase.of(
                                        "lint.PRICE_VS_UPSTREAM.change",
                                        "output",
                                        Phrase.of("lint.PRICE_VS_UPSTREAM.ours_unset"),
                                        new BigDecimal("2.5"),
                                        "litellm",
                                        "gpt-x",
                                        new BigDecimal("-12.5"))))
                .isEqualTo(
                        "output: not set here (the input price applies), $2.5 in litellm gpt-x"
                                + " (-12.5%)");
        assertThat(Words.TURKISH.phrase(Phrase.of("lint.FREE_BUT_PRICED", 1200L)))
                .isEqualTo("`free: true` olarak işaretli ama 1.200 kredi alınıyor");
        assertThat(
                        Words.TURKISH.phrase(
                                Phrase.of(
                                        "lint.PRICE_VS_UPSTREAM.change",
                                        "output",
                                        Phrase.of("lint.PRICE_VS_UPSTREAM.ours_unset"),
                                        new BigDecimal("2.5"),
                                        "litellm",
                                        "gpt-x",
                                        new BigDecimal("-12.5"))))
                .isEqualTo(
                        "çıktı: burada tanımlı değil (girdi fiyatı geçerli); litellm kataloğunda"
                                + " (gpt-x) 2,50 $ (-%12,5)");
    }
}

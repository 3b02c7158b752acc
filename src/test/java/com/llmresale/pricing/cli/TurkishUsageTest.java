package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code pricing usage --lang tr}: the dashboard of seed 004 read in Turkish, words and numbers, in
 * the table, Markdown and HTML formats. The figures are those of the English report (week.csv: 79
 * rows, $0.32 of cost); only their writing changes.
 */
class TurkishUsageTest {
    static final String WEEK = "src/test/resources/usage/week.csv";

    @Test
    void theTableIsTurkishThroughout() {
        String tr =
                Cli.run(
                                "usage",
                                WEEK,
                                "--scenario",
                                "balanced",
                                "--daily-alarm-usd",
                                "0.05",
                                "--lang",
                                "tr")
                        .assertOk()
                        .out();
        assertThat(tr)
                .startsWith(
                        "Kullanım 2025-11-01 - 2025-11-07 (7 gün, UTC), kaynak: " + WEEK + ".\n")
                .containsPattern("\ntoken +87\\.913\n")
                .containsPattern("\n  istem / tamamlama +77\\.593 / 10\\.320\n")
                .containsPattern("\nbaşarı oranı +%98,73\n")
                .containsPattern("\nortalama yanıt süresi +1,200 sn\n")
                .contains("Günler (günlük alarm eşiği 0,05 $: --daily-alarm-usd)")
                .containsPattern("\n2025-11-04 +15 +63\\.794 +0,24 \\$ +0,28 \\$ +AŞILDI\n")
                .contains("57.000/833 2025-11-04T14:10")
                .contains("Plan ve gerçekleşen (balanced; kullanıcı başına rakamlar 7 güne")
                .containsPattern("\nmaliyet \\(\\$\\) +81,16 \\$ +0,32 \\$\n")
                .containsPattern("\nkarışım payı % \\(autox\\) +40 +36,71\n")
                .endsWith("\nSayılan satır: 79.\n")
                .doesNotContain("$0.")
                .doesNotContainPattern("\\bOVER\\b");
    }

    @Test
    void theAlarmFromTheScenarioBudgetAndTheCutListAreWorded() {
        String tr =
                Cli.run("usage", WEEK, "--scenario", "economy", "--top", "2", "--lang", "tr")
                        .assertOk()
                        .out();
        // economy: 50 users x 600 TL / 34.5 TL/USD x 30% = $260.87 a month; / 30 = $8.70 a day
        assertThat(tr)
                .contains(
                        "Günler (günlük alarm eşiği 8,70 $: economy senaryosunun maliyet bütçesi / 30)")
                .contains("... 3 kullanıcı daha (--top N)");
    }

    @Test
    void theHtmlPageHasNoEnglishSentenceLeft() {
        String html =
                Cli.run(
                                "usage",
                                WEEK,
                                "--scenario",
                                "balanced",
                                "--daily-alarm-usd",
                                "0.05",
                                "-f",
                                "html",
                                "--lang",
                                "tr")
                        .assertOk()
                        .out();
        assertThat(html)
                .contains("<html lang=\"tr\">")
                .contains("Günlük maliyetimiz ve günlük alarm eşiği")
                .contains("11-04: 0,24 $, alarm eşiğinin üstünde")
                .contains("Limit aşımları: kullanıcı başına her limitin aşıldığı pencereler");
        String text =
                html.replaceAll("(?s)<style>.*?</style>", "")
                        .replaceAll("<[^>]*>", " ")
                        .replace("&#39;", "'");
        LanguageTest.assertNoEnglish(text, "limit");
    }
}

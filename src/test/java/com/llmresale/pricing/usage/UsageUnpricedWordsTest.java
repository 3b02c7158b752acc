package com.llmresale.pricing.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why a row is unpriced, and the notes under the report, are phrases worded in the reader's
 * language: the CSV and JSON keep the English sentence, the Turkish table says it in Turkish.
 */
class UsageUnpricedWordsTest {
    @TempDir Path dir;

    private void logs() throws IOException {
        Files.writeString(
                dir.resolve("a.csv"),
                UsageBadInputTest.HEADER
                        + "r1,2025-11-04 10:00:00,mystery,mystery-group,openrouter,,carol,,10,10,0.25,success,,\n"
                        + "r2,2025-11-04 10:00:00,mystery,mystery-group,openrouter,,,k9,10,10,0.25,failure,,\n"
                        + "r3,2025-11-04 10:01:00,claude-nope,,anthropic,dan,,,10,10,0.5,success,,\n");
    }

    private String run(String... args) {
        return Cli.run(dir, UsageSeed004Test.withFolders(args)).assertOk().out();
    }

    @Test
    void theReasonIsEnglishInCsvAndJsonAndTurkishInTheTable() throws IOException {
        logs();
        String csv = run("usage", "a.csv", "--scenario", "balanced", "-f", "csv");
        assertThat(csv)
                .contains(
                        "no sheet for provider 'openrouter' and model_group 'mystery-group' is no"
                                + " mix alias of the scenario")
                .contains("no model 'claude-nope' in the anthropic sheet");
        assertThat(run("usage", "a.csv", "--scenario", "balanced", "-f", "csv", "--lang", "tr"))
                .isEqualTo(csv);
        assertThat(run("usage", "a.csv", "--scenario", "balanced", "-f", "json"))
                .contains("\"no model 'claude-nope' in the anthropic sheet\"")
                .contains(
                        "\"3 requests of models no sheet prices are not in cost_usd (see unpriced;"
                                + " LiteLLM's spend for them is in litellm_spend_usd)\"");

        String tr = run("usage", "a.csv", "--scenario", "balanced", "--lang", "tr");
        assertThat(tr)
                .contains(
                        "'openrouter' sağlayıcısı için fiyat sayfası yok; model_group"
                                + " 'mystery-group' de senaryonun karışımında bir takma ad değil")
                .contains("anthropic fiyat sayfasında 'claude-nope' modeli yok")
                .contains("\nfiyatsız istek ")
                .contains(
                        "Not: hiçbir fiyat sayfasında fiyatı olmayan modellerin 3 isteği cost_usd"
                                + " içinde değil")
                .doesNotContain("no sheet for provider")
                .doesNotContain("requests of models");
    }
}

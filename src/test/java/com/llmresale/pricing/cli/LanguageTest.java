package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --lang and LANG/LC_ALL: Turkish words and numbers for people, never in CSV or JSON. */
class LanguageTest {
    static final Map<String, String> NONE = Map.of();
    static final Map<String, String> LANG_TR = Map.of("LANG", "tr_TR.UTF-8");

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json"})
    void csvAndJsonAreNeverLocalized(String format) {
        String plain = Cli.run("scenario", "balanced", "-f", format).assertOk().out();
        assertThat(Cli.run("scenario", "balanced", "-f", format, "--lang", "tr").assertOk().out())
                .isEqualTo(plain);
        assertThat(Cli.runIn(LANG_TR, false, "scenario", "balanced", "-f", format).assertOk().out())
                .isEqualTo(plain);
        assertThat(
                        Cli.runIn(
                                        Map.of("LC_ALL", "tr_TR"),
                                        true,
                                        "scenario",
                                        "balanced",
                                        "-f",
                                        format)
                                .assertOk()
                                .out())
                .isEqualTo(plain);
        // and the seed's figures are there as the contract writes them
        assertThat(plain).contains("1159.42").contains("347.83").doesNotContain("1.159,42");
    }

    /** The catalog reports too: CSV and JSON are the same bytes whatever the language. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "recompute -f csv",
                "recompute -f json",
                "recompute --provider together --usage src/test/resources/usage/week.csv -f csv",
                "recompute --provider together --usage src/test/resources/usage/week.csv -f json",
                "tiers -f csv",
                "tiers -f json",
                "models -f csv",
                "models -f json",
                "usage src/test/resources/usage/week.csv --scenario balanced --daily-alarm-usd 0.05 -f"
                        + " csv",
                "usage src/test/resources/usage/week.csv --scenario balanced --daily-alarm-usd 0.05 -f"
                        + " json",
                "usage src/test/resources/usage/week.csv --scenario economy -f csv",
                "margin --scenario balanced -f csv",
                "margin --scenario balanced -f json",
                "margin --usage src/test/resources/usage/week.csv --credit-value-usd 0.00001 -f csv",
                "margin --usage src/test/resources/usage/week.csv --credit-value-usd 0.00001 -f json",
                "compare -f csv",
                "compare -f json",
                "compare gpt-oss-20b llama-3.1-8b --scenario balanced -f csv",
                "compare gpt-oss-20b llama-3.1-8b --scenario balanced -f json"
            })
    void catalogCsvAndJsonAreNeverLocalized(String command) {
        String[] args = command.split(" ");
        String plain = Cli.run(args).assertOk().out();
        List<String> tr = new java.util.ArrayList<>(List.of(args));
        tr.addAll(List.of("--lang", "tr"));
        assertThat(Cli.run(tr.toArray(String[]::new)).assertOk().out()).isEqualTo(plain);
        assertThat(Cli.runIn(LANG_TR, false, args).assertOk().out()).isEqualTo(plain);
        assertThat(plain).doesNotContain("kredi").doesNotContain("Baz model");
    }

    /** lint, estimate, decide, roi and sync: CSV and JSON are the same bytes in Turkish. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "lint -f csv",
                "lint -f json",
                "estimate anthropic:claude-sonnet-4-6 --input-tokens 2000 --cached-input-tokens 1500 --output-tokens 500 --requests 100000 --batch -f csv",
                "estimate anthropic:claude-sonnet-4-6 --input-tokens 2000 --cached-input-tokens 1500 --output-tokens 500 --requests 100000 --batch -f json",
                "estimate --workloads src/test/resources/workloads/plan.jsonl --sheets src/test/resources/sheets/tiers -f csv",
                "estimate --workloads src/test/resources/workloads/plan.jsonl --sheets src/test/resources/sheets/tiers -f json",
                "decide --example seed-003 -f csv",
                "decide --example seed-003 -f json",
                "decide anthropic:claude-haiku-4-5 --tokens-per-day 5000000 --input-share 0.8 --cache-hit-rate 0.5 --gpu-usd-per-hour 2.50 --gpu-tokens-per-second 1500 --overhead 0.3 -f json",
                "roi --example seed-003 -f csv",
                "roi --example seed-003 -f json",
                "roi --training-usd 500 --monthly-before-usd 300 --monthly-after-usd 350 --claimed-months 3 -f json",
                "sync --from src/test/resources/upstream/litellm-excerpt.json -f csv",
                "sync --from src/test/resources/upstream/litellm-excerpt.json -f json",
                "sync --from src/test/resources/upstream/genai-prices-data.json -f json"
            })
    void checkAndCostCsvAndJsonAreNeverLocalized(String command) {
        catalogCsvAndJsonAreNeverLocalized(command);
    }

    /** Their HTML page is the Turkish document too, and the English one is unchanged. */
    @Test
    void checkAndCostHtmlIsTurkish() {
        assertThat(
                        Cli.run("roi", "--example", "seed-003", "-f", "html", "--lang", "tr")
                                .assertOk()
                                .out())
                .contains("<html lang=\"tr\">")
                .contains("Başa baş: 500,00 $ / ayda 2.700,00 $ = 5/27 ay = 0,185 ay")
                .doesNotContain("Break-even");
        assertThat(Cli.run("roi", "--example", "seed-003", "-f", "html").assertOk().out())
                .contains("Break-even: $500.00 / $2,700.00 per month = 5/27 months = 0.185 months");
        assertThat(Cli.run("lint", "-f", "html", "--lang", "tr").assertOk().out())
                .contains("11 uyarı.")
                .doesNotContain("warnings");
    }

    @Test
    void langFromTheEnvironmentWhenNoOptionIsGiven() {
        String tr = Cli.run("scenario", "balanced", "--lang", "tr").assertOk().out();
        assertThat(tr)
                .startsWith("Senaryo balanced")
                .containsPattern("\ngelir \\(USD\\) +1\\.159,42 \\$  gelir / döviz kuru\n")
                .contains("40.000 TL")
                .contains("%30,0");
        assertThat(Cli.runIn(LANG_TR, false, "scenario", "balanced").assertOk().out())
                .isEqualTo(tr);
        assertThat(Cli.runIn(Map.of("LANG", "tr"), false, "scenario", "balanced").assertOk().out())
                .isEqualTo(tr);
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndLcAllOverLang() {
        String en = Cli.run("scenario", "balanced").assertOk().out();
        assertThat(en).startsWith("Scenario balanced").contains("$1,159.42").contains("40,000 TL");
        assertThat(
                        Cli.runIn(LANG_TR, false, "scenario", "balanced", "--lang", "en")
                                .assertOk()
                                .out())
                .isEqualTo(en);
        assertThat(
                        Cli.runIn(
                                        Map.of("LANG", "tr_TR.UTF-8", "LC_ALL", "C"),
                                        false,
                                        "scenario",
                                        "balanced")
                                .assertOk()
                                .out())
                .isEqualTo(en);
        assertThat(
                        Cli.runIn(Map.of("LANG", "de_DE.UTF-8"), false, "scenario", "balanced")
                                .assertOk()
                                .out())
                .isEqualTo(en);
        assertThat(Cli.run("scenario", "balanced", "--lang", "TR_tr").assertOk().out())
                .startsWith("Senaryo");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        Cli run = Cli.run("scenario", "balanced", "--lang", "fr").assertError(2);
        assertThat(run.errorLine())
                .contains("--lang")
                .contains("'fr' is not a language (expected en or tr)");
    }

    @Test
    void errorsKeepTheirStructureWithTurkishFramingWords() {
        Cli missing = Cli.run("scenario", "balanced", "--lang", "tr", "--scenarios", "nowhere");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err())
                .isEqualTo(
                        "hata: --scenarios: klasör bulunamadı: nowhere (bkz. 'pricing scenario --help')\n");
        Cli typo = Cli.runIn(LANG_TR, false, "scenarioo");
        assertThat(typo.err())
                .isEqualTo(
                        "hata: bilinmeyen komut 'scenarioo' (bunu mu demek istediniz: scenario?) "
                                + "(bkz. 'pricing --help')\n");
        // a value's own text is never translated, and English stays as it was
        assertThat(Cli.run("scenario", "balanced", "--lang", "tr", "--users", "-3").err())
                .isEqualTo("hata: --users: 0'dan büyük olmalı, verilen: -3\n");
        assertThat(Cli.run("scenario", "balanced", "--scenarios", "nowhere").err())
                .isEqualTo(
                        "error: --scenarios: folder not found: nowhere (see 'pricing scenario --help')\n");
    }

    @Test
    void theHtmlPageSaysItsLanguage() {
        assertThat(Cli.run("scenario", "balanced", "-f", "html", "--lang", "tr").assertOk().out())
                .contains("<html lang=\"tr\">")
                .contains("Gelir ve bütçe")
                .contains("Gelirin (1.159,42 $) dağılımı")
                .doesNotContain("The revenue (")
                .doesNotContain("worst case");
        assertThat(Cli.run("scenario", "balanced", "-f", "html").assertOk().out())
                .contains("<html lang=\"en\">");
    }

    /**
     * English words of the reports that must not be left in a Turkish one (whole words, any case).
     */
    static final List<String> ENGLISH =
            List.of(
                    "revenue",
                    "budget",
                    "users",
                    "user",
                    "cost",
                    "margin",
                    "price",
                    "warnings",
                    "warning",
                    "info",
                    "month",
                    "per",
                    "worst",
                    "case",
                    "weight",
                    "share",
                    "tokens",
                    "requests",
                    "the",
                    "and",
                    "of",
                    "at",
                    "item",
                    "value",
                    "how",
                    "from",
                    "capacity",
                    "break-even",
                    "allowance",
                    "input",
                    "output",
                    "limit",
                    "limits",
                    "cap",
                    "blended",
                    "unlimited",
                    "over",
                    "under",
                    "day",
                    "hour",
                    "minute");

    static void assertNoEnglish(String text, String... allowed) {
        List<String> allow = List.of(allowed);
        for (String word : ENGLISH) {
            if (allow.contains(word)) {
                continue;
            }
            Pattern p =
                    Pattern.compile(
                            "(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
            assertThat(p.matcher(text).find())
                    .as("English '" + word + "' left in:\n" + text)
                    .isFalse();
        }
    }

    @Test
    void theTurkishScenarioReportHasNoEnglishLabelLeft() {
        String tr = Cli.run("scenario", "balanced", "--lang", "tr").assertOk().out();
        // the first line quotes the scenario file's own description, which is never translated
        assertNoEnglish(tr.substring(tr.indexOf('\n') + 1));
        String md =
                Cli.run("scenario", "balanced", "--lang", "tr", "-f", "markdown").assertOk().out();
        assertNoEnglish(md.substring(md.indexOf('\n') + 1));
    }
}

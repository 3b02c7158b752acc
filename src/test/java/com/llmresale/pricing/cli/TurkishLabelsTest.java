package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In Turkish, the column names and headings of every report are Turkish (the scenario report is
 * Turkish throughout: {@link LanguageTest}). Read from the Markdown format, where a header row is
 * the line above {@code |---} and a heading starts with {@code #}.
 */
class TurkishLabelsTest {
    /**
     * English words of column names and headings that must not be left ("limit", "plan", "model"
     * are Turkish too).
     */
    static final List<String> ENGLISH =
            List.of(
                    "provider",
                    "credits",
                    "cost",
                    "request",
                    "requests",
                    "tokens",
                    "users",
                    "user",
                    "margin",
                    "old",
                    "new",
                    "change",
                    "tier",
                    "note",
                    "input",
                    "output",
                    "cached",
                    "avg",
                    "mult",
                    "multiplier",
                    "fair",
                    "worst",
                    "cheapest",
                    "value",
                    "part",
                    "days",
                    "teams",
                    "top",
                    "summary",
                    "spread",
                    "providers",
                    "recommended",
                    "family",
                    "increased",
                    "decreased",
                    "unchanged",
                    "breaches",
                    "actual",
                    "active",
                    "expensive",
                    "models",
                    "per",
                    "why",
                    "first",
                    "date",
                    "bar",
                    "team",
                    "prompt",
                    "completion",
                    "charged");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "recompute",
                "models",
                "tiers",
                "compare",
                "compare gpt-oss-120b",
                "margin --scenario balanced",
                "estimate anthropic:claude-haiku-4-5 --input-tokens 2000 --output-tokens 500",
                "usage src/test/resources/usage/week.csv --scenario balanced --daily-alarm-usd 0.05"
            })
    void columnNamesAndHeadingsAreTurkish(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--lang", "tr", "-f", "markdown"));
        String out = Cli.run(args.toArray(String[]::new)).assertOk().out();
        List<String> lines = out.lines().toList();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#")) {
                labels.add(lines.get(i));
            }
            if (i > 0 && lines.get(i).startsWith("|---")
                    || i > 0 && lines.get(i).startsWith("| ---")
                    || i > 0 && lines.get(i).matches("\\|[-:| ]+\\|")) {
                labels.add(lines.get(i - 1));
            }
        }
        assertThat(labels).as(out).isNotEmpty();
        for (String label : labels) {
            // a heading may name the data after a colon or in parentheses (a family, a scenario, a
            // count)
            String words = label.replaceAll("\\(.*\\)", "").replaceAll(": .*", "");
            for (String english : ENGLISH) {
                Pattern p =
                        Pattern.compile(
                                "(?<![\\w-])" + english + "(?![\\w-])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
                assertThat(p.matcher(words).find()).as("'" + english + "' in " + label).isFalse();
            }
        }
    }

    /** The commands that are Turkish throughout, sentences and numbers too (scenario aside). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "recompute",
                "recompute --provider together --usage src/test/resources/usage/week.csv",
                "recompute --provider groq",
                "tiers",
                "tiers --provider together",
                "models",
                "models --all --provider groq",
                "usage src/test/resources/usage/week.csv --scenario balanced --daily-alarm-usd 0.05",
                "usage src/test/resources/usage/week.csv --scenario economy --top 2",
                "margin --scenario balanced",
                "margin --usage src/test/resources/usage/week.csv --credit-value-usd 0.00001",
                // compare's own words; the full report also quotes the sheets' provider notes and
                // recommendations.yaml, which are the data's own text (see below)
                "compare gpt-oss-120b",
                "compare gpt-oss-20b llama-3.1-8b llama-3.3-70b --scenario balanced",
                "compare llama-3.3-70b --provider groq"
            })
    void fullyTurkishReportsHaveNoEnglishWordLeft(String command) {
        for (String format : List.of("table", "markdown")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("--lang", "tr", "-f", format));
            String out = Cli.run(args.toArray(String[]::new)).assertOk().out();
            // "limit" and "plan" are Turkish words too (limit aşımları, plan ve gerçekleşen)
            LanguageTest.assertNoEnglish(out, "limit");
            for (String english : ENGLISH) {
                Pattern p =
                        Pattern.compile(
                                "(?<![\\w-])" + english + "(?![\\w-])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
                assertThat(p.matcher(out).find()).as("'" + english + "' in\n" + out).isFalse();
            }
        }
    }

    /**
     * The full compare report is Turkish but for the data's own text: the sheets' provider notes
     * and the recommendations' titles, descriptions and reasons (recommendations.yaml), quoted as
     * written.
     */
    @org.junit.jupiter.api.Test
    void theFullCompareReportIsTurkishButForTheDatasOwnText() {
        String out = Cli.run("compare", "--lang", "tr").assertOk().out();
        int notes = out.indexOf("\nSağlayıcı notları\n");
        assertThat(notes).isPositive();
        String own = out.substring(0, notes);
        LanguageTest.assertNoEnglish(own);
        for (String english : ENGLISH) {
            Pattern p =
                    Pattern.compile(
                            "(?<![\\w-])" + english + "(?![\\w-])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
            assertThat(p.matcher(own).find()).as("'" + english + "' in\n" + own).isFalse();
        }
        // after the notes: Turkish headings and column names, the recommendations as written
        assertThat(out.substring(notes))
                .contains("Önerilen: Low-budget projects")
                .contains("modelinin daha ucuz teklifi (etiketli)")
                .doesNotContain("cheaper offer of");
    }

    /** lint, estimate, decide, roi and sync are Turkish throughout too. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "lint",
                "lint --provider groq",
                "lint --upstream src/test/resources/upstream/litellm-excerpt.json --provider together",
                "estimate anthropic:claude-sonnet-4-6 --input-tokens 2000 --cached-input-tokens 1500 --output-tokens 500 --requests 100000 --batch",
                "estimate --sheets src/test/resources/sheets/bands sized:dense-41.1b --input-tokens 123457 --output-tokens 1000 --cached-input-tokens 457 --batch --requests 3",
                "estimate --sheets src/test/resources/sheets/bands sized:embed-m2 --input-tokens 123457 --output-tokens 10",
                "estimate --workloads src/test/resources/workloads/plan.jsonl --sheets src/test/resources/sheets/tiers",
                "decide anthropic:claude-haiku-4-5 --tokens-per-day 5000000 --input-share 0.8 --cache-hit-rate 0.5 --gpu-usd-per-hour 2.50 --gpu-tokens-per-second 1500 --overhead 0.3",
                "decide groq:llama-3.3-70b-versatile --tokens-per-day 150000000 --overhead-usd-per-month 1000 --gpu-usd-per-hour 2 --gpu-tokens-per-second 1000",
                "roi --training-usd 1200.50 --monthly-before-usd 900 --monthly-after-usd 450.25 --claimed-months 3 --horizons 1,3,6,12",
                "roi --training-usd 500 --monthly-before-usd 3000 --monthly-after-usd 300 --claimed-months 3",
                "roi --training-usd 500 --monthly-before-usd 300 --monthly-after-usd 350 --claimed-months 3",
                "roi --training-usd 0 --monthly-before-usd 300 --monthly-after-usd 200 --claimed-months 3",
                "roi --training-usd 0 --monthly-before-usd 300 --monthly-after-usd 350",
                "sync --from src/test/resources/upstream/litellm-excerpt.json",
                "sync --from src/test/resources/upstream/genai-prices-data.json --provider together"
            })
    void checkAndCostReportsHaveNoEnglishWordLeft(String command) {
        fullyTurkishReportsHaveNoEnglishWordLeft(command);
    }
}

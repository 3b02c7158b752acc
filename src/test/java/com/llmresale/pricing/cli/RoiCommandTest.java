package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoiCommandTest {
    @TempDir Path dir;

    @Test
    void theSeedExampleStatesTheRealBreakEvenAndRefutesTheClaim() {
        String out = Cli.run("roi", "--example", "seed-003").assertOk().out();
        assertThat(out)
                .contains(
                        "= 5/27 months = 0.185 months, about 5.6 days (30-day months): under one month.")
                .contains("The claimed \"break-even in 3 months\" does not follow");
    }

    @Test
    void optionsOverrideTheExample() {
        String json =
                Cli.run(
                                "roi",
                                "--example",
                                "seed-003",
                                "--training-usd",
                                "8100",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json)
                .contains("\"break_even_months_exact\" : \"3\"")
                .contains("\"holds\" : true");
    }

    @Test
    void noSavingIsNotAnError() {
        String out =
                Cli.run(
                                "roi",
                                "--training-usd",
                                "500",
                                "--monthly-before-usd",
                                "300",
                                "--monthly-after-usd",
                                "400")
                        .assertOk()
                        .out();
        assertThat(out)
                .contains("No break-even: the fine-tuned model costs $100.00 more per month");
    }

    static String roi(String training, String before, String after, String... more) {
        java.util.List<String> args =
                new java.util.ArrayList<>(
                        java.util.List.of(
                                "roi",
                                "--training-usd",
                                training,
                                "--monthly-before-usd",
                                before,
                                "--monthly-after-usd",
                                after));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new)).assertOk().out();
    }

    @Test
    void freeTrainingIsNotSaidToBeNeverPaidBack() {
        assertThat(roi("0", "300", "300"))
                .contains("Nothing to pay back: the training costs $0.00")
                .doesNotContain("never paid back");
        assertThat(roi("0", "300", "300", "--claimed-months", "1"))
                .contains("The claimed \"break-even in 1 month\" follows from these figures.");
        assertThat(roi("0", "300", "300", "--claimed-months", "3"))
                .contains("does not follow: there is no training cost, so nothing to pay back.")
                .doesNotContain("$0.00.");
        assertThat(roi("0", "300", "350"))
                .contains("there is no training cost, but it never saves anything")
                .doesNotContain("never paid back");
        assertThat(roi("500", "300", "350")).contains("so the $500.00 training is never paid back");
    }

    @Test
    void oneMonthIsSingular() {
        assertThat(roi("100", "300", "200", "--claimed-months", "2"))
                .contains("= 1 month = 1.000 months")
                .contains("\"break-even in 2 months\" does not follow")
                .contains(" 2 months would need");
        assertThat(roi("300", "300", "200", "--claimed-months", "1"))
                .contains("\"break-even in 1 month\" does not follow")
                .contains(" 1 month would need");
    }

    @Test
    void fractionalClaimsAreJudgedOnTheExactBreakEven() {
        // 2/5 = 0.4 months: "0.4 months" holds, "0.5 months" does not, as "1.5" does not for 7/5
        // and "2" does
        assertThat(roi("40", "300", "200", "--claimed-months", "0.4"))
                .contains("follows from these figures");
        assertThat(roi("40", "300", "200", "--claimed-months", "0.5")).contains("does not follow");
        assertThat(roi("140", "300", "200", "--claimed-months", "1.5")).contains("does not follow");
        assertThat(roi("145", "300", "200", "--claimed-months", "1.5"))
                .contains("follows from these figures");
        assertThat(roi("140", "300", "200", "--claimed-months", "2"))
                .contains("follows from these figures");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            negative training | --training-usd=-1 | --monthly-before-usd=3 | --monthly-after-usd=1 | error: --training-usd: must not be negative, got -1
            negative before   | --training-usd=1  | --monthly-before-usd=-3 | --monthly-after-usd=1 | error: --monthly-before-usd: must not be negative, got -3
            negative after    | --training-usd=1  | --monthly-before-usd=3 | --monthly-after-usd=-0.5 | error: --monthly-after-usd: must not be negative, got -0.5
            missing after     | --training-usd=1  | --monthly-before-usd=3 | --horizons=3 | error: missing --monthly-after-usd (or --example NAME)
            zero horizon      | --training-usd=1  | --monthly-before-usd=3 | --horizons=0,3 | error: --horizons: each must be at least 1 month, got 0
            zero claim        | --example=seed-003 | --claimed-months=0 | --horizons=3 | error: --claimed-months: must be greater than 0, got 0
            unknown example   | --example=seed-999 | --horizons=3 | --horizons=6 | error: --example: no ROI example 'seed-999' in (bundled) scenarios/roi (known: seed-003)
            """)
    void badValuesAreUsageErrors(String name, String a, String b, String c, String expected) {
        Cli result = new Workspace(dir).runFailing(2, "roi", a, b, c, "--output", "roi.txt");
        assertThat(result.errorLine()).as(name).isEqualTo(expected.strip());
    }

    @Test
    void aBadExampleFileIsAOneLineDataError() {
        Workspace ws = new Workspace(dir);
        ws.write(
                "scenarios/roi/bad.yaml",
                "training_usd: 500\nmonthly_before_usd: -3000\nmonthly_after_usd: 300\n");
        assertThat(ws.runFailing(1, "roi", "--example", "bad").errorLine())
                .isEqualTo(
                        "error: scenarios/roi/bad.yaml:2: monthly_before_usd: must not be negative, got -3000");
    }
}

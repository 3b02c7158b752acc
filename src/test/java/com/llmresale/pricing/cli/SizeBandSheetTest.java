package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sheets with size bands: derived prices through the loader, and bad bands as one-line errors. */
class SizeBandSheetTest {
    @TempDir Path dir;

    private static final String HEAD =
            """
            provider: sized
            currency: USD
            size_bands:
              dense:
                - {max_params: 4, price: 0.10}
                - {max_params: 8, price: 0.20}
                - {max_params: 21, price: 0.30}
                - {max_params: 41, price: 0.80}
                - {max_params: 80, price: 0.90}
                - {max_params: 110, price: 1.80}
              moe:
                - {max_params: 56, price: 0.60}
                - {max_params: 176, price: 1.20}
                - {max_params: 480, price: 2.40}
            models:
            """;

    private Workspace sheet(String text) {
        Workspace ws = new Workspace(dir);
        ws.write("pricing/sized.yaml", text);
        return ws;
    }

    @ParameterizedTest(name = "{0}B moe={1} -> {2} credits")
    @CsvSource(
            textBlock =
                    """
            4,     false, 0.10, 6
            4.1,   false, 0.20, 14
            8,     false, 0.20, 14
            8.1,   false, 0.30, 20
            21,    false, 0.30, 20
            41,    false, 0.80, 54
            41.1,  false, 0.90, 60
            80,    false, 0.90, 60
            80.1,  false, 1.80, 120
            110,   false, 1.80, 120
            56,    true,  0.60, 40
            56.1,  true,  1.20, 80
            176,   true,  1.20, 80
            176.1, true,  2.40, 160
            480,   true,  2.40, 160
            """)
    void aModelWithParamsAndNoPriceTakesItsBandsPriceAndIsMarkedDerived(
            String params, boolean moe, String price, int credits) {
        Workspace ws =
                sheet(
                        HEAD
                                + "  - id: m\n    params: "
                                + params
                                + "\n"
                                + (moe ? "    moe: true\n" : ""));
        String csv = ws.run("models", "--format", "csv").assertOk().out();
        String row = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(row)
                .startsWith("sized,m," + price + "," + price + "," + price + ",")
                .contains("," + credits + ",")
                .endsWith(",size_band,"); // published_credits: none
    }

    @ParameterizedTest(name = "{0}B moe={1}")
    @CsvSource(
            textBlock =
                    """
            110.1, false, dense, 110
            480.1, true,  moe,   480
            """)
    void aModelAboveTheTopBandWithNoPriceIsAnErrorNamingTheField(
            String params, boolean moe, String arch, String top) {
        sheet(HEAD + "  - id: big\n    params: " + params + "\n" + (moe ? "    moe: true\n" : ""));
        Cli result = new Workspace(dir).runFailing(1, "models");
        assertThat(result.errorLine())
                .isEqualTo(
                        "error: pricing/sized.yaml:17: models[big].params: "
                                + params
                                + "B is above the top "
                                + arch
                                + " size band (max_params "
                                + top
                                + ") and the model has no price: give `input` and `output`, or pin `credits`");
    }

    @Test
    void anExplicitPriceOrAPinWinsOverTheBand() {
        Workspace ws =
                sheet(
                        HEAD
                                + """
                  - id: own
                    params: 70
                    input: 0.88
                    output: 0.88
                  - id: pinned
                    params: 405
                    credits: 30
                """);
        String csv = ws.run("models", "--format", "csv").assertOk().out();
        assertThat(csv)
                .contains("sized,own,0.88,0.88,0.88,2.9,58,PREMIUM,false,,,new,58,,sheet,\n")
                .contains("sized,pinned,,,,1.5,30,AFFORDABLE,true,,,new,,,,\n");
    }

    @Test
    void theTableSaysWhereADerivedPriceComesFrom() {
        Workspace ws = sheet(HEAD + "  - id: m\n    params: 70\n");
        assertThat(ws.run("models").assertOk().out())
                .contains("price from size band dense above 41B up to 80B");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            not ascending       | - {max_params: 4, price: 0.10}\\n    - {max_params: 4, price: 0.20}                | error: pricing/sized.yaml:6: size_bands.dense[1].max_params: 4 must be above the previous band's 4 (bands ascend without overlap)
            descending          | - {max_params: 8, price: 0.10}\\n    - {max_params: 4, price: 0.20}                | error: pricing/sized.yaml:6: size_bands.dense[1].max_params: 4 must be above the previous band's 8 (bands ascend without overlap)
            zero price          | - {max_params: 4, price: 0}                                                    | error: pricing/sized.yaml:5: size_bands.dense[0].price: must be greater than 0, got 0
            negative max        | - {max_params: -4, price: 0.1}                                                 | error: pricing/sized.yaml:5: size_bands.dense[0].max_params: -4 must be above the previous band's 0 (bands ascend without overlap)
            price and input     | - {max_params: 4, price: 0.1, input: 0.1}                                      | error: pricing/sized.yaml:5: size_bands.dense[0].price: give either `price` (input and output) or `input` and `output`, not both
            no price            | - {max_params: 4}                                                              | error: pricing/sized.yaml:5: size_bands.dense[0].input: missing (give `price`, or `input` and `output`)
            unknown field       | - {max_params: 4, prize: 0.1}                                                  | error: pricing/sized.yaml:5: size_bands.dense[0].prize: unknown field (expected one of: input, max_params, output, price)
            """)
    void badBandsAreOneLineErrorsWithTheirLine(String name, String bands, String expected) {
        sheet(
                "provider: sized\ncurrency: USD\nsize_bands:\n  dense:\n    "
                        + bands.replace("\\n", "\n")
                        + "\nmodels:\n  - id: a\n    input: 1\n    output: 1\n");
        Cli result = new Workspace(dir).runFailing(1, "models");
        assertThat(result.errorLine()).as(name).isEqualTo(expected.strip());
    }

    @Test
    void anEmbeddingModelIsBilledOnInputOnly() {
        Workspace ws =
                sheet(
                        "provider: sized\ncurrency: USD\nmodels:\n  - id: embed\n    kind: embedding\n    input: 0.02\n");
        // Credits come from the input price alone: 0.02 / 0.30 = 0.0667 -> 0.1x = 2 credits.
        assertThat(ws.run("models", "--format", "csv").assertOk().out())
                .contains("sized,embed,0.02,0,0.02,0.1,2,ULTRA_CHEAP,");
        String json =
                ws.run(
                                "estimate",
                                "sized:embed",
                                "--input-tokens",
                                "1000000",
                                "--output-tokens",
                                "5000",
                                "--format",
                                "json")
                        .assertOk()
                        .out();
        assertThat(json)
                .contains("\"input_usd\" : 0.02,")
                .contains("\"output_usd\" : 0,")
                .contains("\"total_usd\" : 0.02,")
                .contains("embedding model: billed on input tokens only");
    }

    @Test
    void anEmbeddingModelWithAnOutputPriceIsAnError() {
        sheet(
                "provider: sized\ncurrency: USD\nmodels:\n  - id: embed\n    kind: embedding\n    input: 0.02\n    output: 0.02\n");
        assertThat(new Workspace(dir).runFailing(1, "models").errorLine())
                .isEqualTo(
                        "error: pricing/sized.yaml:7: models[embed].output: an embedding model is billed on input "
                                + "tokens only; give just `input`, got output 0.02");
    }
}

package com.llmresale.pricing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.PublishedCredit;
import com.llmresale.pricing.model.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepricingTest {
    private static RecomputeReport recompute(
            List<ModelEntry> models, List<PublishedCredit> published) {
        Catalog catalog =
                new Catalog(
                        Settings.defaults(),
                        List.of(
                                new ProviderSheet(
                                        "p", "P", "USD", null, null, null, List.of(), models)));
        return new Repricing(catalog)
                .recompute(published, com.llmresale.pricing.model.ProviderScope.ALL);
    }

    private static PriceRow row(RecomputeReport report, String model) {
        return report.rows().stream()
                .filter(r -> r.model().equals(model))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anInactivePublishedModelIsWithdrawnWithItsOldCreditsAndNoNewOnes() {
        ModelEntry retired =
                Fixtures.priced("retired", "0.30", "0.30").toBuilder().active(false).build();

        RecomputeReport report =
                recompute(List.of(retired), List.of(new PublishedCredit("p", "retired", 10)));
        PriceRow row = row(report, "retired");

        assertThat(row.status()).isEqualTo(Status.INACTIVE);
        assertThat(row.previousCredits()).isEqualTo(10);
        assertThat(row.credits()).as("not published again").isNull();
        assertThat(row.changePct()).isNull();
        assertThat(row.computedCredits())
                .as("what its price computes to, as information")
                .isEqualTo(20);
        assertThat(report.summary().withdrawn()).isEqualTo(1);
        assertThat(report.summary().moved()).isEqualTo(1);
    }

    @Test
    void aFreeModelThatIsNowChargedIsTheLargestRise() {
        RecomputeReport report =
                recompute(
                        List.of(
                                Fixtures.priced("was-free", "0.03", "0.03"),
                                Fixtures.priced("tripled", "0.90", "0.90")),
                        List.of(
                                new PublishedCredit("p", "was-free", 0),
                                new PublishedCredit("p", "tripled", 20)));

        assertThat(row(report, "was-free").changePct()).isNull();
        assertThat(report.summary().largestRise().model()).isEqualTo("was-free");
    }
}

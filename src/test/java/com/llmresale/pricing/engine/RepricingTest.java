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
    private static RecomputeReport recompute(List<ModelEntry> models, List<PublishedCredit> published) {
        Catalog catalog = new Catalog(Settings.defaults(),
                List.of(new ProviderSheet("p", "P", "USD", null, null, null, List.of(), models)));
        return new Repricing(catalog).recompute(published, null);
    }

    private static PriceRow row(RecomputeReport report, String model) {
        return report.rows().stream().filter(r -> r.model().equals(model)).findFirst().orElseThrow();
    }

    @Test
    void anInactiveModelStillShowsItsChangeWhenBothValuesAreKnown() {
        ModelEntry retired = ModelEntry.priced("retired", "0.30", "0.30").withActive(false);

        PriceRow row = row(recompute(List.of(retired), List.of(new PublishedCredit("p", "retired", 10))), "retired");

        assertThat(row.status()).isEqualTo(Status.INACTIVE);
        assertThat(row.credits()).isEqualTo(20);
        assertThat(row.changePct()).isEqualByComparingTo("100.0");
    }

    @Test
    void aFreeModelThatIsNowChargedIsTheLargestRise() {
        RecomputeReport report = recompute(
                List.of(ModelEntry.priced("was-free", "0.03", "0.03"), ModelEntry.priced("tripled", "0.90", "0.90")),
                List.of(new PublishedCredit("p", "was-free", 0), new PublishedCredit("p", "tripled", 20)));

        assertThat(row(report, "was-free").changePct()).isNull();
        assertThat(report.summary().largestRise().model()).isEqualTo("was-free");
    }
}

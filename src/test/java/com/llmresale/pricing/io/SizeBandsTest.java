package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.cli.Cli;
import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.SizeBand;
import com.llmresale.pricing.model.SizeBands;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 002's size bands as pricing/together.yaml declares them: every edge. */
class SizeBandsTest {
    private static final Path PRICING = Cli.PROJECT.resolve("pricing");

    private static SizeBands together() {
        Catalog catalog = CatalogLoader.load(new Folder(PRICING, "pricing", false));
        ProviderSheet sheet = catalog.sheet("together").orElseThrow();
        assertThat(sheet.sizeBands()).as("together.yaml declares size_bands").isNotNull();
        return sheet.sizeBands();
    }

    @ParameterizedTest(name = "{0}B moe={1} -> ${2}")
    @CsvSource(
            textBlock =
                    """
            # seed 002, dense: up to 4B $0.10; 4.1-8B $0.20; 8.1-21B $0.30; 21.1-41B $0.80; 41.1-80B $0.90; 80.1-110B $1.80
            0.5,   false, 0.10
            4,     false, 0.10
            4.1,   false, 0.20
            8,     false, 0.20
            8.1,   false, 0.30
            21,    false, 0.30
            21.1,  false, 0.80
            41,    false, 0.80
            41.1,  false, 0.90
            80,    false, 0.90
            80.1,  false, 1.80
            110,   false, 1.80
            110.1, false, none
            # MoE by total parameters: up to 56B $0.60; 56.1-176B $1.20; 176.1-480B $2.40
            56,    true,  0.60
            56.1,  true,  1.20
            176,   true,  1.20
            176.1, true,  2.40
            480,   true,  2.40
            480.1, true,  none
            """)
    void everyEdgeOfSeed002(String params, boolean moe, String expected) {
        var band = together().bandFor(new BigDecimal(params), moe);
        if (expected.equals("none")) {
            assertThat(band).isEmpty();
        } else {
            assertThat(band).isPresent();
            assertThat(band.get().input()).isEqualByComparingTo(expected);
            assertThat(band.get().output()).isEqualByComparingTo(expected);
        }
    }

    @Test
    void theBandsOfTogetherAreSeed002sAndMoeIsNotDense() {
        SizeBands bands = together();
        assertThat(bands.dense())
                .extracting(SizeBand::maxParams)
                .extracting(BigDecimal::intValue)
                .containsExactly(4, 8, 21, 41, 80, 110);
        assertThat(bands.moe())
                .extracting(SizeBand::maxParams)
                .extracting(BigDecimal::intValue)
                .containsExactly(56, 176, 480);
        // 21B is $0.30 dense but $0.60 as a mixture of experts.
        assertThat(bands.bandFor(new BigDecimal("21"), true).orElseThrow().input())
                .isEqualByComparingTo("0.60");
    }

    @Test
    void togetherModelsWithTheirOwnPriceOrAPinAreNotDerived() {
        Catalog catalog = CatalogLoader.load(new Folder(PRICING, "pricing", false));
        assertThat(catalog.sheet("together").orElseThrow().models())
                .noneMatch(ModelEntry::priceDerived);
        ModelEntry pinned =
                catalog.model("together", "llama-3.1-405b-instruct-turbo").orElseThrow();
        assertThat(pinned.hasPrice()).isFalse();
    }
}

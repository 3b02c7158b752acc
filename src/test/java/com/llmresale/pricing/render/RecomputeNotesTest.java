package com.llmresale.pricing.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.llmresale.pricing.engine.Phrase;
import org.junit.jupiter.api.Test;

/**
 * recompute --usage: the impact's notes are phrases with typed values, worded in render/ (no
 * matching of English text): English reads as the engine's sentences did, Turkish takes Turkish
 * numbers.
 */
class RecomputeNotesTest {
    @Test
    void countsAreTypedAndTakeTheReadersNumbers() {
        Phrase outside = Phrase.of("recompute.impact.note.outside", 12345L);
        assertThat(Words.ENGLISH.phrase(outside))
                .isEqualTo(
                        "12345 requests of models outside this recompute or of no sheet model are"
                                + " left out");
        assertThat(Words.TURKISH.phrase(outside))
                .isEqualTo(
                        "bu yeniden hesaplamanın dışındaki ya da hiçbir fiyat sayfasında olmayan"
                                + " modellerin 12.345 isteği hesaba katılmadı");
        Phrase noCredits = Phrase.of("recompute.impact.note.no_credits", 1500L);
        assertThat(Words.ENGLISH.phrase(noCredits))
                .startsWith("1500 charged requests of models without old or new credits");
        assertThat(Words.TURKISH.phrase(noCredits)).contains(" 1.500 ücretlenen isteği ");
    }

    @Test
    void theFileNameIsKeptAsItIs() {
        Phrase noOldPrice = Phrase.of("recompute.impact.note.no_old_price", 7L, "old-prices.csv");
        assertThat(Words.ENGLISH.phrase(noOldPrice))
                .isEqualTo(
                        "7 requests of models without an old $ price in old-prices.csv are not in"
                                + " the cost change");
        assertThat(Words.TURKISH.phrase(noOldPrice))
                .isEqualTo(
                        "old-prices.csv içinde eski $ fiyatı olmayan modellerin 7 isteği maliyet"
                                + " değişimine dahil değil");
    }
}

package com.llmresale.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids read back as written: no spaces at the ends, nothing that prints as something else. */
class IdsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "llama-3.1-8b-instant",
                "openai/gpt-oss-20b",
                "Qwen/Qwen2.5 7B",
                "modèle-ü",
                "a"
            })
    void realIdsPass(String id) {
        assertThat(Ids.check("id", id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x ", " x", "dup\t", "\u00a0x", "x\u2003"})
    void spacesAtEitherEndAreRefused(String id) {
        assertThatThrownBy(() -> Ids.check("id", id))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                            assertThat(e.field()).isEqualTo("id");
                            assertThat(e.problem()).startsWith("has spaces at its start or end");
                        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u001b[31mb",
                "a\nb",
                "a\rb",
                "a\u0000b",
                "a\u007fb",
                "a\u009bb",
                "a\u202eb",
                "a\u2066b",
                "a\u2028b",
                "a\u200bb"
            })
    void controlFormatAndSeparatorCharactersAreRefusedAndShownVisibly(String id) {
        assertThatThrownBy(() -> Ids.check("id", id))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> {
                            assertThat(e.problem())
                                    .startsWith("has the control character U+")
                                    .contains("at position 2");
                            assertThat(e.problem().codePoints().noneMatch(Ids::invisible)).isTrue();
                        });
    }

    @Property
    void anIdWithAnInvisibleCharacterAnywhereIsRefused(
            @ForAll("printable") String head,
            @ForAll("invisible") char bad,
            @ForAll("printable") String tail) {
        assertThatThrownBy(() -> Ids.check("model", head + bad + tail))
                .isInstanceOf(InvalidValueException.class);
    }

    @Property
    void aPrintableStrippedIdPasses(@ForAll("printable") String id) {
        String stripped = id.strip();
        if (!stripped.isEmpty()) {
            assertThat(Ids.check("id", stripped)).isEqualTo(stripped);
        }
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings()
                .withCharRange('!', '~')
                .withChars("éüığş ")
                .ofMinLength(1)
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<Character> invisible() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u001f'),
                Arbitraries.chars().range('\u007f', '\u009f'),
                Arbitraries.of(
                        '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067',
                        '\u2068', '\u2069', '\u2028', '\u2029', '\u200b', '\ufeff'));
    }
}

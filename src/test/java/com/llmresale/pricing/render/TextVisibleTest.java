package com.llmresale.pricing.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;

/** What {@link Text#visible} shows instead of characters that would act on a terminal. */
class TextVisibleTest {

    @Example
    void controlsLineBreaksAndBidiOverridesAreShownEscaped() {
        assertThat(Text.visible("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
        assertThat(Text.visible("\u001b[31mred\u0007\u0000\u007f"))
                .isEqualTo("\\x1b[31mred\\x07\\x00\\x7f");
        assertThat(Text.visible("\u009b2J\u0085")).isEqualTo("\\u009b2J\\u0085");
        assertThat(Text.visible("\u202aA\u202eB\u2066C\u2069\u2028\u2029"))
                .isEqualTo("\\u202aA\\u202eB\\u2066C\\u2069\\u2028\\u2029");
        assertThat(Text.visible("plain llama-3.3-70b: 46 | $0.59 é 漢"))
                .isEqualTo("plain llama-3.3-70b: 46 | $0.59 é 漢");
    }

    @Property(tries = 300)
    void nothingThatActsIsLeft(@ForAll @CharRange(from = '\u0000', to = '\u2100') String text) {
        String shown = Text.visible(text);

        assertThat(shown.chars())
                .noneMatch(
                        c ->
                                c < 0x20
                                        || (c >= 0x7f && c <= 0x9f)
                                        || (c >= 0x202a && c <= 0x202e)
                                        || (c >= 0x2066 && c <= 0x2069)
                                        || c == 0x2028
                                        || c == 0x2029);
    }
}

package com.llmresale.pricing.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * ModelKey writes out equals and hashCode (start-up speed): they must behave exactly as a record's
 * own, which the JDK makes at run time, so that maps and sets of keys keep their order and meaning.
 */
class ModelKeyPropertiesTest {
    /** A record with the same components: its equals and hashCode are the JDK's. */
    private record Twin(String provider, String model) {}

    @Property
    void hashCodeIsTheRecordsOwn(@ForAll String provider, @ForAll String model) {
        assertThat(new ModelKey(provider, model).hashCode())
                .isEqualTo(new Twin(provider, model).hashCode());
    }

    @Property
    void equalExactlyWhenTheRecordsAre(
            @ForAll String provider,
            @ForAll String model,
            @ForAll String otherProvider,
            @ForAll String otherModel) {
        boolean twins = new Twin(provider, model).equals(new Twin(otherProvider, otherModel));
        assertThat(new ModelKey(provider, model).equals(new ModelKey(otherProvider, otherModel)))
                .isEqualTo(twins);
        assertThat(new ModelKey(provider, model))
                .isEqualTo(new ModelKey(provider, model))
                .isNotEqualTo(new Twin(provider, model));
    }
}

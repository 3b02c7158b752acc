package com.llmresale.pricing.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Grid.Column writes out equals and hashCode (start-up speed): exactly a record's own. */
class GridColumnPropertiesTest {
    /** A record with the same components: its equals and hashCode are the JDK's. */
    private record Twin(String name, boolean numeric, boolean change) {}

    @Property
    void hashCodeIsTheRecordsOwn(
            @ForAll String name, @ForAll boolean numeric, @ForAll boolean change) {
        assertThat(new Grid.Column(name, numeric, change).hashCode())
                .isEqualTo(new Twin(name, numeric, change).hashCode());
    }

    @Property
    void equalExactlyWhenTheRecordsAre(
            @ForAll String name,
            @ForAll boolean numeric,
            @ForAll boolean change,
            @ForAll boolean otherNumeric,
            @ForAll boolean otherChange) {
        for (String otherName : new String[] {name, name + "x"}) {
            assertThat(
                            new Grid.Column(name, numeric, change)
                                    .equals(new Grid.Column(otherName, otherNumeric, otherChange)))
                    .isEqualTo(
                            new Twin(name, numeric, change)
                                    .equals(new Twin(otherName, otherNumeric, otherChange)));
        }
    }
}

package com.llmresale.pricing.engine;

import java.util.Locale;

/** How a model's credits compare with the published ones. Order = report order. */
public enum Status {
    INCREASED,
    DECREASED,
    UNCHANGED,
    NEW,
    REMOVED,
    INACTIVE;

    /** The contract's lower-case name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

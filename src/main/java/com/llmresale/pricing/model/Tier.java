package com.llmresale.pricing.model;

/** The seven price tiers of seed 000, cheapest first. Names are part of the contract. */
public enum Tier {
    FREE,
    ULTRA_CHEAP,
    CHEAP,
    AFFORDABLE,
    STANDARD,
    PREMIUM,
    FLAGSHIP
}

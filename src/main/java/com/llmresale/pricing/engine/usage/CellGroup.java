package com.llmresale.pricing.engine.usage;

/** What a cell is of, but its day. */
record CellGroup(
        String user, String team, String provider, String model, String group, boolean cacheHit) {}

package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code pricing sync}: the sheets against an outside catalog.
 *
 * @param kind the catalog's kind
 * @param file the catalog file as named
 * @param entries how many priced models the catalog holds
 * @param differences every sheet price the catalog gives differently
 * @param missingHere the catalog's models of providers we sell that no sheet lists
 * @param missingThere our priced models the catalog does not list
 */
public record SyncReport(
        String kind,
        String file,
        int entries,
        List<Difference> differences,
        List<Missing> missingHere,
        List<Missing> missingThere) {

    public SyncReport {
        differences = List.copyOf(differences);
        missingHere = List.copyOf(missingHere);
        missingThere = List.copyOf(missingThere);
    }

    /**
     * One price that differs: $ per 1M tokens.
     *
     * @param changePct {@code (theirs - ours) / ours x 100}, one decimal HALF_UP; null when ours is
     *     0 or absent
     */
    public record Difference(
            String provider,
            String model,
            String field,
            BigDecimal ours,
            BigDecimal theirs,
            BigDecimal changePct,
            String upstreamKey) {}

    /**
     * A model on one side only; {@code input}/{@code output} are the catalog's when it has them.
     */
    public record Missing(
            String provider,
            String model,
            BigDecimal input,
            BigDecimal output,
            String upstreamKey) {}
}

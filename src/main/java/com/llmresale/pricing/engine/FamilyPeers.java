package com.llmresale.pricing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One family's $-priced, non-free models sorted once by computed credits, then key, so that what a
 * pin needs (the nearest peers, how many there are, their range) costs O(log n), not a sort. Models
 * with equal computed credits form a run; runs are in increasing credits.
 */
final class FamilyPeers {
    static final Comparator<PricedModel> ORDER =
            Comparator.comparingInt((PricedModel p) -> p.computedCredits())
                    .thenComparing(PricedModel::key);

    private final List<PricedModel> sorted;

    /**
     * The index in {@link #sorted} where each run starts, plus {@code sorted.size()} at the end.
     */
    private final int[] runStart;

    private final int[] runCredits;

    FamilyPeers(List<PricedModel> family) {
        sorted = family.stream().filter(Comparison::comparable).sorted(ORDER).toList();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0
                    || !sorted.get(i)
                            .computedCredits()
                            .equals(sorted.get(i - 1).computedCredits())) {
                starts.add(i);
            }
        }
        runStart = new int[starts.size() + 1];
        runCredits = new int[starts.size()];
        for (int r = 0; r < starts.size(); r++) {
            runStart[r] = starts.get(r);
            runCredits[r] = sorted.get(starts.get(r)).computedCredits();
        }
        runStart[starts.size()] = sorted.size();
    }

    /** How many peers {@code m} has: the family's priced models other than itself. */
    int peerCount(PricedModel m) {
        return sorted.size() - (Comparison.comparable(m) ? 1 : 0);
    }

    int lowestCredits() {
        return runCredits[0];
    }

    int highestCredits() {
        return runCredits[runCredits.length - 1];
    }

    /**
     * At most {@code limit} peers of {@code m} nearest to {@code credits}: by distance, then key
     * (so the first is "the nearest"), returned in family order (credits, then key).
     */
    List<PricedModel> nearest(PricedModel m, int credits, int limit) {
        // the first run at or above the credits; runs before it are below
        int above = java.util.Arrays.binarySearch(runCredits, credits);
        if (above < 0) {
            above = -above - 1;
        }
        List<PricedModel> candidates = new ArrayList<>();
        // the best `limit` on each side are the runs nearest first, each run's smallest keys first
        collect(m, above, 1, limit, candidates);
        collect(m, above - 1, -1, limit, candidates);
        candidates.sort(
                Comparator.comparingInt((PricedModel p) -> Math.abs(p.computedCredits() - credits))
                        .thenComparing(PricedModel::key));
        List<PricedModel> out =
                new ArrayList<>(candidates.subList(0, Math.min(limit, candidates.size())));
        out.sort(ORDER);
        return out;
    }

    private void collect(PricedModel m, int run, int step, int limit, List<PricedModel> out) {
        int taken = 0;
        for (int r = run; r >= 0 && r < runCredits.length && taken < limit; r += step) {
            for (int i = runStart[r]; i < runStart[r + 1] && taken < limit; i++) {
                if (sorted.get(i) != m) {
                    out.add(sorted.get(i));
                    taken++;
                }
            }
        }
    }
}

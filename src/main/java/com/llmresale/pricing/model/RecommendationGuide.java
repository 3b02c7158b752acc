package com.llmresale.pricing.model;

import java.util.List;

/**
 * How {@code compare} turns sheet tags into recommendations: the labels are data
 * (pricing/recommendations.yaml), the models are the ones whose sheet entry carries the tag.
 *
 * @param groups lists of models by tag (seed 000: best value, speed + quality, ...)
 * @param scenarios one pick per use case (seed 001's scenario -> provider -> model table)
 */
public record RecommendationGuide(List<Group> groups, List<Scenario> scenarios) {

    /** No recommendations: a sheet folder without recommendations.yaml. */
    public static RecommendationGuide none() {
        return new RecommendationGuide(List.of(), List.of());
    }

    public RecommendationGuide {
        groups = groups == null ? List.of() : List.copyOf(groups);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /** Which end of the price range comes first (or is picked). */
    public enum Order {
        CHEAPEST,
        MOST_EXPENSIVE
    }

    /**
     * @param title what the group is called in reports
     * @param tag the sheet tag that puts a model in the group
     * @param order cheapest or most expensive first
     * @param limit at most this many models, or null for all
     * @param description one line for people, or null
     */
    public record Group(String title, String tag, Order order, Integer limit, String description) {
        public Group {
            if (title == null || title.isBlank()) {
                throw new InvalidValueException("title", "missing");
            }
            if (tag == null || tag.isBlank()) {
                throw new InvalidValueException("tag", "missing");
            }
            if (limit != null && limit < 1) {
                throw new InvalidValueException("limit", "must be at least 1, got " + limit);
            }
            order = order == null ? Order.CHEAPEST : order;
        }
    }

    /**
     * @param scenario the use case
     * @param tag the sheet tag of the models suited to it
     * @param pick which of the tagged models is recommended: the cheapest or the most expensive
     * @param why the reason, for people
     */
    public record Scenario(String scenario, String tag, Order pick, String why) {
        public Scenario {
            if (scenario == null || scenario.isBlank()) {
                throw new InvalidValueException("scenario", "missing");
            }
            if (tag == null || tag.isBlank()) {
                throw new InvalidValueException("tag", "missing");
            }
            pick = pick == null ? Order.CHEAPEST : pick;
        }
    }
}

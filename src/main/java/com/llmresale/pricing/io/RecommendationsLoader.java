package com.llmresale.pricing.io;

import com.llmresale.pricing.model.RecommendationGuide;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads {@code recommendations.yaml} from a sheet folder: the labels of the recommendation groups
 * and use-case scenarios of {@code pricing compare}. The models come from sheet tags.
 */
public final class RecommendationsLoader {
    public static final String FILE_NAME = "recommendations.yaml";

    static final Set<String> ROOT_FIELDS = Set.of("groups", "scenarios");
    static final Set<String> GROUP_FIELDS = Set.of("title", "tag", "order", "limit", "description");
    static final Set<String> SCENARIO_FIELDS = Set.of("scenario", "tag", "pick", "why");

    private RecommendationsLoader() {}

    /** The folder's recommendations, or none when it has no recommendations.yaml. */
    public static RecommendationGuide load(Folder folder) {
        Path file = folder.path().resolve(FILE_NAME);
        if (!folder.requireReadableIfPresent(file)) {
            return RecommendationGuide.none();
        }
        YamlObject root = YamlObject.read(file, folder.display(file));
        root.rejectUnknown(ROOT_FIELDS);
        List<RecommendationGuide.Group> groups = new ArrayList<>();
        for (YamlObject g : root.objects("groups", "tag")) {
            g.rejectUnknown(GROUP_FIELDS);
            String title = g.requireString("title");
            String tag = g.requireString("tag");
            RecommendationGuide.Order order = order(g, "order");
            Integer limit = g.integer("limit");
            String description = g.string("description");
            groups.add(
                    g.build(
                            () ->
                                    new RecommendationGuide.Group(
                                            title, tag, order, limit, description)));
        }
        List<RecommendationGuide.Scenario> scenarios = new ArrayList<>();
        for (YamlObject s : root.objects("scenarios", "scenario")) {
            s.rejectUnknown(SCENARIO_FIELDS);
            String scenario = s.requireString("scenario");
            String tag = s.requireString("tag");
            RecommendationGuide.Order pick = order(s, "pick");
            String why = s.string("why");
            scenarios.add(
                    s.build(() -> new RecommendationGuide.Scenario(scenario, tag, pick, why)));
        }
        return new RecommendationGuide(groups, scenarios);
    }

    private static RecommendationGuide.Order order(YamlObject o, String key) {
        String text = o.string(key);
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
            case "cheapest" -> RecommendationGuide.Order.CHEAPEST;
            case "most_expensive" -> RecommendationGuide.Order.MOST_EXPENSIVE;
            default ->
                    throw o.error(
                            key,
                            "unknown value '" + text + "' (expected cheapest or most_expensive)");
        };
    }
}

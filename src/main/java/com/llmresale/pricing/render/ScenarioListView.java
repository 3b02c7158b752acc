package com.llmresale.pricing.render;

import com.llmresale.pricing.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/** {@code pricing scenario list}: the scenarios of the folder with their headline figures. */
public record ScenarioListView(String folder) implements View<List<Scenario>> {

    @Override
    public Doc document(List<Scenario> scenarios) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.text("scenario"),
                        Grid.Column.number("users"),
                        Grid.Column.number("price/user"),
                        Grid.Column.number("fx"),
                        Grid.Column.number("margin"),
                        Grid.Column.text("mix"),
                        Grid.Column.text("description"));
        for (Scenario s : scenarios) {
            g.row(
                    s.name(),
                    String.valueOf(s.users()),
                    s.pricePerUser().toPlainString() + " " + s.currency(),
                    s.fxRate().toPlainString(),
                    Text.plain(ScenarioView.pct(s.costMargin())) + "%",
                    mix(s),
                    s.description() == null ? "" : s.description());
        }
        return Doc.builder()
                .grid(g.build())
                .paragraph(
                        scenarios.size()
                                + " scenarios in "
                                + folder
                                + "; run `pricing scenario NAME` for one.")
                .build();
    }

    private static String mix(Scenario s) {
        List<String> parts = new ArrayList<>();
        s.mix()
                .forEach(
                        m ->
                                parts.add(
                                        m.alias()
                                                + " "
                                                + ScenarioView.plain(m.weight()).toPlainString()));
        return String.join(", ", parts);
    }

    @Override
    public Grid csv(List<Scenario> scenarios) {
        Grid.Builder g =
                Grid.builder(
                        Grid.Column.text("scenario"),
                        Grid.Column.number("users"),
                        Grid.Column.text("currency"),
                        Grid.Column.number("price_per_user"),
                        Grid.Column.number("fx_rate"),
                        Grid.Column.number("cost_margin"),
                        Grid.Column.text("mix"),
                        Grid.Column.text("description"),
                        Grid.Column.text("file"));
        for (Scenario s : scenarios) {
            g.row(
                    s.name(),
                    String.valueOf(s.users()),
                    s.currency(),
                    s.pricePerUser().toPlainString(),
                    s.fxRate().toPlainString(),
                    s.costMargin().toPlainString(),
                    mix(s),
                    s.description() == null ? "" : s.description(),
                    s.file());
        }
        return g.build();
    }

    @Override
    public Object json(List<Scenario> scenarios) {
        List<Object> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<Object> mix = new ArrayList<>();
            s.mix()
                    .forEach(
                            m ->
                                    mix.add(
                                            Json.obj(
                                                    "alias",
                                                    m.alias(),
                                                    "provider",
                                                    m.provider(),
                                                    "model",
                                                    m.model(),
                                                    "weight",
                                                    ScenarioView.plain(m.weight()))));
            out.add(
                    Json.obj(
                            "scenario",
                            s.name(),
                            "description",
                            s.description(),
                            "users",
                            s.users(),
                            "currency",
                            s.currency(),
                            "price_per_user",
                            s.pricePerUser(),
                            "fx_rate",
                            s.fxRate(),
                            "cost_margin",
                            s.costMargin(),
                            "model_mix",
                            mix,
                            "file",
                            s.file()));
        }
        return Json.obj("folder", folder, "scenarios", out);
    }
}

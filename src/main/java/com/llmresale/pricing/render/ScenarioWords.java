package com.llmresale.pricing.render;

import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;

/**
 * The words and numbers of one scenario page in one language: its {@code scenario.*} messages,
 * money in USD and in the scenario's currency, counts ("unlimited" for no limit) and column heads.
 */
final class ScenarioWords {
    final Words w;
    final Fmt f;
    private final Scenario s;

    ScenarioWords(Scenario s, Words w) {
        this.s = s;
        this.w = w;
        this.f = w.fmt();
    }

    String t(String key) {
        return w.get("scenario." + key);
    }

    String t(String key, Object... args) {
        return w.format("scenario." + key, args);
    }

    String usd(BigDecimal value) {
        return f.usdCents(value);
    }

    String local(BigDecimal amount) {
        return f.money(amount, s.currency());
    }

    String count(long value) {
        return value == Long.MAX_VALUE ? w.get("word.unlimited") : f.count(value);
    }

    /** A decimal as written in the sheet: no trailing zeros. */
    String plain(BigDecimal value) {
        return f.plain(ScenarioView.plain(value));
    }

    Grid.Column text(String key) {
        return Grid.Column.text(t("col." + key));
    }

    Grid.Column number(String key) {
        return Grid.Column.number(t("col." + key));
    }
}

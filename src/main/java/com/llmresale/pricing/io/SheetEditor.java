package com.llmresale.pricing.io;

import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.PriceTier;
import com.llmresale.pricing.model.ProviderSheet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits a sheet's YAML text in place ({@code sync --apply}): each changed price is rewritten at its
 * own line, a price the model did not have is added below its prices, the replaced prices go into
 * {@code history} with {@code until} = the day of the change, and {@code updated} becomes that day.
 * Every other line (comments, order, spacing) is kept byte for byte. The result is read back and
 * must hold exactly the new prices, or nothing is written.
 */
public final class SheetEditor {
    /** A key and a plain, quoted or numeric scalar on one line, an optional comment after. */
    private static final Pattern KEY_VALUE =
            Pattern.compile(
                    "^(\\s*(?:-\\s+)?)([A-Za-z_]+)(\\s*:\\s*)(\"[^\"]*\"|'[^']*'|[^\\s#]+)(.*)$");

    /** A new price for a model's field. */
    public record Change(String model, String field, BigDecimal value) {}

    private record Edit(int line, boolean insertAfter, int order, String text) {}

    private SheetEditor() {}

    /**
     * The sheet's new text.
     *
     * @param text the file as it is
     * @param sheet the sheet as loaded from that text
     * @param changes the new prices
     * @param added models to append (as {@code active: false} entries), may be empty
     * @param today the day of the change
     * @throws DataException when a value cannot be edited in place (flow style) or the result reads
     *     back wrong
     */
    public static String apply(
            String text,
            String display,
            ProviderSheet sheet,
            List<Change> changes,
            List<ModelEntry> added,
            LocalDate today) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        YamlObject root = YamlObject.readText(text, display);
        YamlNode.Mapping top = root.node();
        List<Edit> edits = new ArrayList<>();
        YamlNode modelsNode = top.fields().get("models");
        if (!(modelsNode instanceof YamlNode.Sequence models)) {
            throw new DataException(display, 0, "models", "not a list");
        }
        int order = 0;
        for (ModelEntry model : sheet.models()) {
            List<Change> mine = changes.stream().filter(c -> c.model().equals(model.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            int index = sheet.models().indexOf(model);
            YamlNode.Mapping node = (YamlNode.Mapping) models.items().get(index);
            int anchor = lastPriceLine(node);
            String indent = indentOf(lines.get(node.keyLines().get("input") - 1), "input", display);
            for (Change c : mine) {
                Integer line = node.keyLines().get(c.field());
                if (line != null) {
                    edits.add(
                            new Edit(
                                    line,
                                    false,
                                    order++,
                                    replaceValue(
                                            lines.get(line - 1),
                                            c.field(),
                                            SheetYaml.number(c.value()),
                                            display,
                                            line)));
                } else {
                    edits.add(
                            new Edit(
                                    anchor,
                                    true,
                                    order++,
                                    indent + c.field() + ": " + SheetYaml.number(c.value())));
                }
            }
            String period = period(model, today);
            if (period != null) {
                YamlNode history = node.fields().get("history");
                if (history instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
                    String itemIndent =
                            lines.get(seq.items().get(0).line() - 1)
                                    .replaceAll("^(\\s*)-.*$", "$1");
                    int end = endOfValue(lines, node, "history", models, index, top);
                    edits.add(new Edit(end, true, order++, itemIndent + "- " + period));
                } else if (history == null) {
                    edits.add(new Edit(anchor, true, order++, indent + "history:"));
                    edits.add(new Edit(anchor, true, order++, indent + "  - " + period));
                }
            }
        }
        if (!added.isEmpty()) {
            int end = endOfModels(lines, models, top);
            String itemIndent =
                    lines.get(models.items().get(0).line() - 1).replaceAll("^(\\s*)-.*$", "$1");
            for (ModelEntry m : added) {
                edits.add(
                        new Edit(
                                end,
                                true,
                                order++,
                                itemIndent + "- id: " + SheetYaml.text(m.id())));
                String in = itemIndent + "  ";
                edits.add(
                        new Edit(end, true, order++, in + "input: " + SheetYaml.number(m.input())));
                edits.add(
                        new Edit(
                                end,
                                true,
                                order++,
                                in + "output: " + SheetYaml.number(m.output())));
                if (m.cachedInput() != null) {
                    edits.add(
                            new Edit(
                                    end,
                                    true,
                                    order++,
                                    in + "cached_input: " + SheetYaml.number(m.cachedInput())));
                }
                if (m.cacheWrite() != null) {
                    edits.add(
                            new Edit(
                                    end,
                                    true,
                                    order++,
                                    in + "cache_write: " + SheetYaml.number(m.cacheWrite())));
                }
                edits.add(
                        new Edit(
                                end,
                                true,
                                order++,
                                in + "active: false   # added by pricing sync --add-new"));
            }
        }
        Integer updated = top.keyLines().get("updated");
        if (updated != null) {
            edits.add(
                    new Edit(
                            updated,
                            false,
                            order++,
                            replaceValue(
                                    lines.get(updated - 1),
                                    "updated",
                                    today.toString(),
                                    display,
                                    updated)));
        } else {
            edits.add(new Edit(top.keyLines().get("currency"), true, order++, "updated: " + today));
        }
        // bottom-up, so that line numbers stay valid; inserts after one line keep their order
        edits.sort(
                Comparator.comparingInt(Edit::line)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Edit::order).reversed()));
        for (Edit e : edits) {
            if (e.insertAfter()) {
                lines.add(e.line(), e.text());
            } else {
                lines.set(e.line() - 1, e.text());
            }
        }
        String result = String.join("\n", lines);
        check(result, display, sheet, changes, added);
        return result;
    }

    /**
     * The replaced prices as a one-line history period, or null when nothing replaced is worth
     * keeping.
     */
    private static String period(ModelEntry model, LocalDate today) {
        if (!model.history().isEmpty()
                && !model.history().get(model.history().size() - 1).until().isBefore(today)) {
            return null; // changed twice in one day: the prices in between never applied
        }
        StringBuilder sb =
                new StringBuilder("{until: ")
                        .append(today)
                        .append(", input: ")
                        .append(SheetYaml.number(model.input()))
                        .append(", output: ")
                        .append(SheetYaml.number(model.output()));
        if (model.cachedInput() != null) {
            sb.append(", cached_input: ").append(SheetYaml.number(model.cachedInput()));
        }
        if (model.cacheWrite() != null) {
            sb.append(", cache_write: ").append(SheetYaml.number(model.cacheWrite()));
        }
        if (!model.tiers().isEmpty()) {
            List<String> tiers = new ArrayList<>();
            for (PriceTier t : model.tiers()) {
                StringBuilder tb =
                        new StringBuilder("{above_input_tokens: ").append(t.aboveInputTokens());
                append(tb, "input", t.input());
                append(tb, "output", t.output());
                append(tb, "cached_input", t.cachedInput());
                append(tb, "cache_write", t.cacheWrite());
                tiers.add(tb.append('}').toString());
            }
            sb.append(", tiers: [").append(String.join(", ", tiers)).append(']');
        }
        return sb.append('}').toString();
    }

    private static void append(StringBuilder sb, String field, BigDecimal value) {
        if (value != null) {
            sb.append(", ").append(field).append(": ").append(SheetYaml.number(value));
        }
    }

    private static int lastPriceLine(YamlNode.Mapping node) {
        int line = 0;
        for (String key : List.of("input", "output", "cached_input", "cache_write")) {
            Integer l = node.keyLines().get(key);
            if (l != null && l > line) {
                line = l;
            }
        }
        return line;
    }

    private static String indentOf(String line, String key, String display) {
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.matches() || !m.group(2).equals(key)) {
            throw new DataException(
                    display,
                    0,
                    key,
                    "cannot be edited in place (write it as `" + key + ": VALUE` on its own line)");
        }
        return " ".repeat(m.group(1).length());
    }

    private static String replaceValue(
            String line, String key, String value, String display, int number) {
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.matches() || !m.group(2).equals(key)) {
            throw new DataException(
                    display,
                    number,
                    key,
                    "cannot be edited in place (write it as `" + key + ": VALUE` on its own line)");
        }
        return m.group(1) + m.group(2) + m.group(3) + value + m.group(5);
    }

    /**
     * The last line (1-based) that belongs to {@code key}'s value in a model: before the next key
     * or model.
     */
    private static int endOfValue(
            List<String> lines,
            YamlNode.Mapping node,
            String key,
            YamlNode.Sequence models,
            int index,
            YamlNode.Mapping top) {
        int start = node.keyLines().get(key);
        int next = Integer.MAX_VALUE;
        for (int l : node.keyLines().values()) {
            if (l > start && l < next) {
                next = l;
            }
        }
        if (next == Integer.MAX_VALUE) {
            next =
                    index + 1 < models.items().size()
                            ? models.items().get(index + 1).line()
                            : afterModels(top, lines);
        }
        return backOverBlank(lines, next - 1, start);
    }

    private static int endOfModels(
            List<String> lines, YamlNode.Sequence models, YamlNode.Mapping top) {
        return backOverBlank(
                lines,
                afterModels(top, lines) - 1,
                models.items().get(models.items().size() - 1).line());
    }

    /**
     * The first line after the models list: the next top-level key, or past the end of the file.
     */
    private static int afterModels(YamlNode.Mapping top, List<String> lines) {
        int models = top.keyLines().get("models");
        int next = lines.size() + 1;
        for (int l : top.keyLines().values()) {
            if (l > models && l < next) {
                next = l;
            }
        }
        return next;
    }

    /** Steps back from {@code line} over blank and comment-only lines, not above {@code floor}. */
    private static int backOverBlank(List<String> lines, int line, int floor) {
        while (line > floor
                && line - 1 < lines.size()
                && (lines.get(line - 1).isBlank() || lines.get(line - 1).strip().startsWith("#"))) {
            line--;
        }
        return Math.min(line, lines.size());
    }

    /** The new text must read back as the old sheet with exactly the new prices. */
    private static void check(
            String text,
            String display,
            ProviderSheet before,
            List<Change> changes,
            List<ModelEntry> added) {
        ProviderSheet after;
        try {
            after = CatalogLoader.sheet(YamlObject.readText(text, display));
        } catch (DataException e) {
            throw new DataException(
                    display,
                    e.line(),
                    e.field(),
                    "the edited sheet would not read back ("
                            + e.problem()
                            + "); nothing was written",
                    e);
        }
        for (Change c : changes) {
            ModelEntry m = after.model(c.model()).orElseThrow();
            BigDecimal now =
                    switch (c.field()) {
                        case "input" -> m.input();
                        case "output" -> m.output();
                        case "cached_input" -> m.cachedInput();
                        default -> m.cacheWrite();
                    };
            if (now == null || now.compareTo(c.value()) != 0) {
                throw new DataException(
                        display,
                        0,
                        c.field(),
                        c.model()
                                + " would read back as "
                                + now
                                + ", not "
                                + c.value().toPlainString()
                                + "; nothing was written");
            }
        }
        if (after.models().size() != before.models().size() + added.size()) {
            throw new DataException(
                    display,
                    0,
                    "models",
                    "the edited sheet would not hold the same models; nothing was written");
        }
        for (ModelEntry m : before.models()) {
            if (after.model(m.id()).isEmpty()) {
                throw new DataException(
                        display, 0, "models", m.id() + " would be lost; nothing was written");
            }
        }
    }
}

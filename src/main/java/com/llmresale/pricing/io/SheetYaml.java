package com.llmresale.pricing.io;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.PricePeriod;
import com.llmresale.pricing.model.PriceTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a new provider sheet as YAML text (for {@code pricing import}): every price the schema
 * holds, text quoted where YAML would read it as something else, numbers as plain decimals.
 */
public final class SheetYaml {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9._/@:+-]*");
    private static final Set_ RESERVED = new Set_();

    private SheetYaml() {}

    /** A sheet's text; {@code header} lines become comments at the top. */
    public static String sheet(
            List<String> header,
            String provider,
            String name,
            String litellmProvider,
            LocalDate updated,
            String source,
            List<ModelEntry> models,
            java.util.Map<String, String> notes) {
        StringBuilder sb = new StringBuilder();
        for (String line : header) {
            sb.append("# ").append(line.replaceAll("[\\r\\n]", " ")).append('\n');
        }
        sb.append("provider: ").append(text(provider)).append('\n');
        sb.append("name: ").append(text(name)).append('\n');
        if (litellmProvider != null && !litellmProvider.equals(provider)) {
            sb.append("litellm_provider: ").append(text(litellmProvider)).append('\n');
        }
        sb.append("currency: USD\n");
        sb.append("updated: ").append(updated).append('\n');
        sb.append("source: ").append(text(source)).append('\n');
        sb.append("models:\n");
        for (ModelEntry m : models) {
            sb.append("  - id: ").append(text(m.id())).append('\n');
            if (m.billedOnInputOnly()) {
                sb.append("    kind: embedding\n");
                price(sb, "    ", "input", m.input());
            } else {
                price(sb, "    ", "input", m.input());
                price(sb, "    ", "output", m.output());
            }
            price(sb, "    ", "cached_input", m.cachedInput());
            price(sb, "    ", "cache_write", m.cacheWrite());
            tiers(sb, "    ", m.tiers());
            if (!m.active()) {
                sb.append("    active: false\n");
            }
            if (!m.history().isEmpty()) {
                sb.append("    history:\n");
                for (PricePeriod p : m.history()) {
                    sb.append("      - until: ").append(p.until()).append('\n');
                    price(sb, "        ", "input", p.input());
                    price(sb, "        ", "output", p.output());
                    price(sb, "        ", "cached_input", p.cachedInput());
                    price(sb, "        ", "cache_write", p.cacheWrite());
                    tiers(sb, "        ", p.tiers());
                }
            }
            String note = notes.get(m.id());
            if (note != null) {
                sb.append("    note: ").append(text(note)).append('\n');
            }
        }
        return sb.toString();
    }

    private static void tiers(StringBuilder sb, String indent, List<PriceTier> tiers) {
        if (tiers.isEmpty()) {
            return;
        }
        sb.append(indent).append("tiers:\n");
        for (PriceTier t : tiers) {
            sb.append(indent)
                    .append("  - above_input_tokens: ")
                    .append(t.aboveInputTokens())
                    .append('\n');
            price(sb, indent + "    ", "input", t.input());
            price(sb, indent + "    ", "output", t.output());
            price(sb, indent + "    ", "cached_input", t.cachedInput());
            price(sb, indent + "    ", "cache_write", t.cacheWrite());
        }
    }

    private static void price(StringBuilder sb, String indent, String field, BigDecimal value) {
        if (value != null) {
            sb.append(indent).append(field).append(": ").append(number(value)).append('\n');
        }
    }

    /** A plain decimal, never scientific notation. */
    public static String number(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** Text as a YAML scalar: plain when it cannot be misread, else double-quoted. */
    public static String text(String value) {
        if (PLAIN.matcher(value).matches() && !RESERVED.contains(value) && !value.contains(": ")) {
            return value;
        }
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }

    /** Words YAML 1.1 reads as booleans or null. */
    private static final class Set_ {
        private final java.util.Set<String> words =
                java.util.Set.of(
                        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf");

        boolean contains(String value) {
            return words.contains(value.toLowerCase(java.util.Locale.ROOT));
        }
    }
}

package com.llmresale.pricing.io;

import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.Numbers;
import com.llmresale.pricing.model.Snippet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A YAML mapping read field by field. Every accessor checks the value's type; every failure is a
 * {@link DataException} naming the file, the line and the field's path (e.g. {@code
 * models[openai/gpt-oss-20b].input}).
 */
public final class YamlObject {
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)");

    private final String file;
    private final String path;
    private final YamlNode.Mapping node;

    YamlObject(String file, String path, YamlNode.Mapping node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** The top-level mapping of a YAML file. */
    public static YamlObject read(java.nio.file.Path file, String display) {
        YamlNode root = YamlCache.read(file, display);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new DataException(
                    display,
                    root.line(),
                    null,
                    "expected a mapping of fields at the top, got " + root.describe());
        }
        return new YamlObject(display, "", mapping);
    }

    /** The top-level mapping of YAML text in memory. */
    static YamlObject readText(String text, String display) {
        YamlNode root = YamlReader.readText(text, display);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new DataException(
                    display,
                    root.line(),
                    null,
                    "expected a mapping of fields at the top, got " + root.describe());
        }
        return new YamlObject(display, "", mapping);
    }

    /** The node this object reads. */
    YamlNode.Mapping node() {
        return node;
    }

    public String file() {
        return file;
    }

    public int line() {
        return node.line();
    }

    public boolean has(String key) {
        return node.fields().containsKey(key) && !isNull(node.fields().get(key));
    }

    /** The line of {@code key}, or of this mapping when the key is absent. */
    public int lineOf(String key) {
        return node.keyLines().getOrDefault(key, node.line());
    }

    /** This object's path with a field appended, as error messages name it. */
    public String fieldPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** An error about {@code key} of this object. */
    public DataException error(String key, String problem) {
        return new DataException(file, lineOf(key), fieldPath(key), problem);
    }

    /** An error about this object as a whole. */
    public DataException error(String problem) {
        return new DataException(file, line(), path.isEmpty() ? null : path, problem);
    }

    /** Rejects any field not in {@code known}, naming the first unknown one and what is allowed. */
    public YamlObject rejectUnknown(Collection<String> known) {
        for (String key : node.fields().keySet()) {
            if (!known.contains(key)) {
                throw error(
                        key,
                        "unknown field (expected one of: "
                                + String.join(", ", new TreeSet<>(known))
                                + ")");
            }
        }
        return this;
    }

    public String requireString(String key) {
        String value = string(key);
        if (value == null || value.isBlank()) {
            throw error(key, "missing");
        }
        return value;
    }

    public String string(String key) {
        YamlNode value = node.fields().get(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof YamlNode.Scalar scalar) {
            return scalar.text();
        }
        throw error(key, "expected text, got " + value.describe());
    }

    public BigDecimal requireDecimal(String key) {
        return required(key, decimal(key));
    }

    /**
     * A number; a quoted plain decimal ("0.30") is accepted, anything else is an error. Bounded by
     * {@link Numbers}: no digits or exponent beyond its limits get in.
     */
    public BigDecimal decimal(String key) {
        YamlNode value = node.fields().get(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof YamlNode.Scalar scalar
                && (scalar.type() == YamlNode.Scalar.Type.NUMBER
                        || (scalar.type() == YamlNode.Scalar.Type.STRING
                                && PLAIN_DECIMAL.matcher(scalar.text().strip()).matches()))) {
            try {
                return Numbers.decimal(scalar.text().replace("_", ""));
            } catch (Numbers.NumberException e) {
                throw error(key, e.getMessage());
            }
        }
        throw error(key, "not a number: " + value.describe());
    }

    public Integer integer(String key) {
        YamlNode value = node.fields().get(key);
        if (value == null || isNull(value)) {
            return null;
        }
        BigDecimal number = decimal(key);
        try {
            return Math.toIntExact(
                    Numbers.whole(number.toPlainString(), Integer.MIN_VALUE, Integer.MAX_VALUE));
        } catch (Numbers.NumberException e) {
            throw error(
                    key,
                    e.syntax()
                            ? "must be a whole number, got " + number.toPlainString()
                            : e.getMessage());
        }
    }

    public Integer requireInteger(String key) {
        return required(key, integer(key));
    }

    public boolean bool(String key, boolean fallback) {
        YamlNode value = node.fields().get(key);
        if (value == null || isNull(value)) {
            return fallback;
        }
        if (value instanceof YamlNode.Scalar scalar
                && scalar.type() == YamlNode.Scalar.Type.BOOLEAN) {
            return Boolean.parseBoolean(scalar.text().toLowerCase(java.util.Locale.ROOT));
        }
        throw error(key, "expected true or false, got " + value.describe());
    }

    public LocalDate date(String key) {
        String value = string(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw error(key, "not a date (YYYY-MM-DD): " + Snippet.quoted(value));
        }
    }

    /** A list of text values; a single scalar is taken as a list of one. */
    public List<String> strings(String key) {
        YamlNode value = node.fields().get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (value instanceof YamlNode.Scalar scalar) {
            return List.of(scalar.text());
        }
        if (value instanceof YamlNode.Sequence seq) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (!(item instanceof YamlNode.Scalar scalar) || isNull(item)) {
                    throw error(
                            key,
                            "expected a list of text values, got "
                                    + item.describe()
                                    + " on line "
                                    + item.line());
                }
                out.add(scalar.text());
            }
            return out;
        }
        throw error(key, "expected a list, got " + value.describe());
    }

    public YamlObject object(String key) {
        YamlNode value = node.fields().get(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof YamlNode.Mapping mapping) {
            return new YamlObject(file, fieldPath(key), mapping);
        }
        throw error(key, "expected a mapping of fields, got " + value.describe());
    }

    public YamlObject requireObject(String key) {
        return required(key, object(key));
    }

    /**
     * A list of mappings. {@code naming} picks, per item, the label used in error paths (for
     * example the model id); it may return null, then the index is used.
     */
    public List<YamlObject> objects(String key, String namingField) {
        YamlNode value = node.fields().get(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (!(value instanceof YamlNode.Sequence seq)) {
            throw error(key, "expected a list, got " + value.describe());
        }
        List<YamlObject> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YamlNode item = seq.items().get(i);
            if (!(item instanceof YamlNode.Mapping mapping)) {
                throw new DataException(
                        file,
                        item.line(),
                        fieldPath(key) + "[" + i + "]",
                        "expected a mapping of fields, got " + item.describe());
            }
            YamlNode name = namingField == null ? null : mapping.fields().get(namingField);
            String label =
                    name instanceof YamlNode.Scalar s && !isNull(s) && !s.text().isBlank()
                            ? Snippet.of(s.text())
                            : String.valueOf(i);
            out.add(new YamlObject(file, fieldPath(key) + "[" + label + "]", mapping));
        }
        return out;
    }

    /** Builds a value object, turning its validation failure into an error on that field's line. */
    public <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidValueException e) {
            throw new DataException(file, lineOf(e.key()), fieldPath(e.field()), e.problem(), e);
        }
    }

    private <T> T required(String key, T value) {
        if (value == null) {
            throw error(key, "missing");
        }
        return value;
    }

    private static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL;
    }
}

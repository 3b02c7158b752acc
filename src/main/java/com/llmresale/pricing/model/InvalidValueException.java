package com.llmresale.pricing.model;

import java.util.Objects;

/**
 * A value that failed validation where it was built: which field, and what is wrong with it.
 *
 * <p>Typed so that nobody reads the field back out of a message: a loader adds the file and the
 * line of {@link #key()} (a {@link DataException}); the command line's error handler names the
 * option that supplied {@link #field()} and exits with the usage code.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String field;
    private final String problem;

    /**
     * @param key the top-level field of the object being built, whose line a loader reports
     * @param field the field as users read it: {@code key} itself, or a path below or beside it
     *     ({@code input/output}, {@code tiers[2].min_multiplier})
     * @param problem what is wrong, without the field's name
     */
    public InvalidValueException(String key, String field, String problem) {
        super(field + ": " + problem);
        this.key = Objects.requireNonNull(key);
        this.field = Objects.requireNonNull(field);
        this.problem = Objects.requireNonNull(problem);
    }

    /** A problem with one top-level field. */
    public InvalidValueException(String field, String problem) {
        this(field, field, problem);
    }

    /** The top-level field whose line locates the problem. */
    public String key() {
        return key;
    }

    /** The field as it is named to users. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field's name. */
    public String problem() {
        return problem;
    }
}

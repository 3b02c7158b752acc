package com.llmresale.pricing.model;

/**
 * The rule every model id (and family, alias) follows, so that what is published reads back as the
 * same model: no spaces at either end, no control, format or line-separator characters (a terminal
 * escape, a line break, a bidi override), and a bounded length.
 */
public final class Ids {
    /** Longest id accepted; real ids are under 100 characters. */
    public static final int MAX_LENGTH = 256;

    private Ids() {}

    /**
     * @throws InvalidValueException on {@code field} when {@code id} breaks the rule
     */
    public static String check(String field, String id) {
        if (id.isEmpty()) {
            throw new InvalidValueException(field, "missing");
        }
        if (id.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    field,
                    "too long ("
                            + id.length()
                            + " characters, at most "
                            + MAX_LENGTH
                            + "): "
                            + Snippet.quoted(id));
        }
        if (isSpace(id.codePointAt(0)) || isSpace(id.codePointBefore(id.length()))) {
            throw new InvalidValueException(
                    field,
                    "has spaces at its start or end: "
                            + Snippet.quoted(id)
                            + " (they would publish a different id)");
        }
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (invisible(c)) {
                throw new InvalidValueException(
                        field,
                        String.format(
                                "has the control character U+%04X at position %d: %s",
                                c, id.codePointCount(0, i) + 1, Snippet.quoted(id)));
            }
            i += Character.charCount(c);
        }
        return id;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * True for characters that change how text prints instead of printing: controls, format marks,
     * separators.
     */
    public static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }
}

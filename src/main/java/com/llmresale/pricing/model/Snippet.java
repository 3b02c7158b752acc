package com.llmresale.pricing.model;

/**
 * Outside text as an error message shows it: whole when short, else its start and its length, so
 * that no message repeats a 100,000-character value, and never a character that would act on the
 * terminal instead of printing.
 */
public final class Snippet {
    /** Longest text shown whole. */
    public static final int MAX_SHOWN = 48;

    private static final int HEAD = 40;

    private Snippet() {}

    /**
     * The text, every invisible character (control, format, separator: see {@link Ids#invisible})
     * written as a backslash, u and four hex digits, shortened when long: {@code xxxx... (100000
     * characters)}.
     */
    public static String of(String raw) {
        String text = visible(raw);
        if (text.length() <= MAX_SHOWN) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(HEAD - 1)) ? HEAD - 1 : HEAD;
        return text.substring(0, end) + "... (" + text.length() + " characters)";
    }

    /**
     * The text with every invisible character written out: {@code \\n}, {@code \\r}, {@code \\t},
     * other C0 controls and DEL as {@code \\x1b}, the rest (C1 controls, bidi overrides, line
     * separators, zero-width marks) as a backslash, u and four hex digits. The one escaping every
     * table, Markdown line and error message goes through.
     */
    public static String visible(String text) {
        if (printableAscii(text) || text.codePoints().noneMatch(Ids::invisible)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints()
                .forEach(
                        c -> {
                            if (!Ids.invisible(c)) {
                                out.appendCodePoint(c);
                            } else if (c == '\n') {
                                out.append("\\n");
                            } else if (c == '\r') {
                                out.append("\\r");
                            } else if (c == '\t') {
                                out.append("\\t");
                            } else if (c < 0x20 || c == 0x7f) {
                                out.append(String.format("\\x%02x", c));
                            } else {
                                out.append(String.format("\\u%04x", c));
                            }
                        });
        return out.toString();
    }

    /** {@link #of} in single quotes. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }

    /**
     * True when every character is printable ASCII: the common case, decided without a code-point
     * stream.
     */
    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }
}

package com.llmresale.pricing.render;

/** The one escaping function of the HTML format: every text from the data goes through it. */
public final class Html {
    private Html() {}

    /**
     * {@code text} safe in HTML and SVG element content and in double- or single-quoted attribute
     * values: first shown as {@link Text#visible} shows it (no control character, line break or
     * bidi override acts), then {@code & < > " '} as character references. Null is empty.
     */
    public static String escape(String text) {
        String visible = Text.visible(text);
        StringBuilder out = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

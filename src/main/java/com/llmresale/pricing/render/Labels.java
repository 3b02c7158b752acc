package com.llmresale.pricing.render;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column names and headings of the views that are not worded through keys yet (all but {@code
 * scenario}), put in the reader's language: each fixed English label has a {@code label.*} key in
 * the bundles ({@code label.cost_request} for "cost/request"). A heading keeps a count or a name
 * after it ({@code INCREASED (14)}, {@code Providers: 46 active models}). Sentences, notes and the
 * data's own text are left as they are.
 */
final class Labels {
    private static final Pattern COUNTED = Pattern.compile("(.+?)( \\(.*\\))");

    private Labels() {}

    static Doc translate(Doc doc, Words words) {
        if (words.english()) {
            return doc;
        }
        List<Doc.Block> blocks = new ArrayList<>();
        for (Doc.Block block : doc.blocks()) {
            if (block instanceof Doc.Heading h) {
                blocks.add(new Doc.Heading(heading(h.text(), words)));
            } else if (block instanceof Grid g) {
                List<Grid.Column> columns =
                        g.columns().stream()
                                .map(
                                        c ->
                                                new Grid.Column(
                                                        label(c.name(), words),
                                                        c.numeric(),
                                                        c.change()))
                                .toList();
                blocks.add(new Grid(columns, g.rows(), g.warnings()));
            } else {
                blocks.add(block);
            }
        }
        return new Doc(blocks);
    }

    static String heading(String text, Words words) {
        String whole = find(text, words);
        if (whole != null) {
            return whole;
        }
        Matcher counted = COUNTED.matcher(text);
        if (counted.matches() && find(counted.group(1), words) != null) {
            return find(counted.group(1), words) + counted.group(2);
        }
        int colon = text.indexOf(": ");
        if (colon > 0 && find(text.substring(0, colon), words) != null) {
            return find(text.substring(0, colon), words) + text.substring(colon);
        }
        int space = text.indexOf(' ');
        if (space > 0 && find(text.substring(0, space), words) != null) {
            return find(text.substring(0, space), words) + text.substring(space);
        }
        return text;
    }

    static String label(String english, Words words) {
        String found = find(english, words);
        return found == null ? english : found;
    }

    /** The bundle key of an English label: {@code label.} and its words joined by {@code _}. */
    static String key(String english) {
        String words = english.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return words.isEmpty() ? null : "label." + words;
    }

    /**
     * The label in the reader's language, else null. A label with numbers in it ("Cheapest 3 active
     * models") is looked up with each number as N ({@code label.Cheapest_N_active_models}) and the
     * numbers put back in ({@code {0}}, {@code {1}}...).
     */
    private static String find(String english, Words words) {
        String found = lookup(key(english), words);
        if (found != null) {
            return found;
        }
        Matcher numbers = NUMBER.matcher(english);
        List<Object> args = new ArrayList<>();
        while (numbers.find()) {
            args.add(numbers.group());
        }
        if (args.isEmpty()) {
            return null;
        }
        String key = key(NUMBER.matcher(english).replaceAll("N"));
        return lookup(key, words) == null ? null : words.format(key, args.toArray());
    }

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");

    private static String lookup(String key, Words words) {
        if (key == null) {
            return null;
        }
        try {
            return words.get(key);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof MissingResourceException) {
                return null;
            }
            throw e;
        }
    }
}

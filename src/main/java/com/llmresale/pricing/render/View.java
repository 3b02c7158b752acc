package com.llmresale.pricing.render;

/**
 * How one kind of report looks in each format. A view only arranges values: it formats numbers as
 * text and never computes them.
 *
 * @param <R> the report record
 */
public interface View<R> {
    /** The table and Markdown formats. */
    Doc document(R report);

    /**
     * The HTML format: the same document, to which a view may add a title and charts ({@link
     * Doc.Chart}) beside its tables. By default the table format's document.
     */
    default Doc html(R report) {
        return document(report);
    }

    /**
     * The table and Markdown formats in the language of {@code words}; English-only views keep
     * {@link #document(Object)}.
     */
    default Doc document(R report, Words words) {
        return document(report);
    }

    /** The HTML format in the language of {@code words}. */
    default Doc html(R report, Words words) {
        return html(report);
    }

    /** The CSV format: one flat grid, the contract's columns first. */
    Grid csv(R report);

    /**
     * The JSON format: maps, lists, strings, numbers, booleans and nulls, keys as in the contract.
     */
    Object json(R report);
}

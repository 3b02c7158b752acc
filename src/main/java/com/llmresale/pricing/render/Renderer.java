package com.llmresale.pricing.render;

/** Turns a report into text in the chosen format. */
public final class Renderer {
    private Renderer() {}

    /** In English, without colour. */
    public static <R> String render(Format format, View<R> view, R report) {
        return render(format, view, report, Words.ENGLISH, false);
    }

    /**
     * The table, Markdown and HTML formats in the language of {@code words} (the table coloured
     * when {@code colour}); CSV and JSON always as the contract writes them, never localized.
     */
    public static <R> String render(
            Format format, View<R> view, R report, Words words, boolean colour) {
        return switch (format) {
            case TABLE ->
                    TextRenderer.render(
                            Labels.translate(view.document(report, words), words), colour);
            case MARKDOWN ->
                    MarkdownRenderer.render(Labels.translate(view.document(report, words), words));
            case CSV -> CsvRenderer.render(view.csv(report));
            case JSON -> JsonRenderer.render(view.json(report));
            case HTML ->
                    HtmlRenderer.render(Labels.translate(view.html(report, words), words), words);
            case SQL ->
                    throw new IllegalArgumentException(
                            "sql is not a report format (only recompute --write prints SQL)");
        };
    }
}

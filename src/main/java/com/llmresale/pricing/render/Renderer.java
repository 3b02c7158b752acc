package com.llmresale.pricing.render;

/** Turns a report into text in the chosen format. */
public final class Renderer {
    private Renderer() {
    }

    public static <R> String render(Format format, View<R> view, R report) {
        return switch (format) {
            case TABLE -> TextRenderer.render(view.document(report));
            case MARKDOWN -> MarkdownRenderer.render(view.document(report));
            case CSV -> CsvRenderer.render(view.csv(report));
            case JSON -> JsonRenderer.render(view.json(report));
            case HTML -> HtmlRenderer.render(view.html(report));
            case SQL -> throw new IllegalArgumentException("sql is not a report format (only recompute --write prints SQL)");
        };
    }
}

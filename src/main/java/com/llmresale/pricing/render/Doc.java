package com.llmresale.pricing.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A report laid out for people: headings, paragraphs and grids. The table and Markdown renderers
 * draw the same document.
 */
public record Doc(List<Block> blocks) {
    public Doc {
        blocks = List.copyOf(blocks);
    }

    public sealed interface Block permits Title, Heading, Paragraph, Grid, Chart {}

    /** The page title of the HTML format (the table and Markdown formats have none and skip it). */
    public record Title(String text) implements Block {}

    /**
     * A chart of the HTML format, drawn beside the tables (the table and Markdown formats skip it).
     *
     * @param caption what the chart shows, in words (escaped when drawn)
     * @param svg the SVG element, built by {@link Svg}, which escapes every text it holds
     */
    public record Chart(String caption, Svg.Markup svg) implements Block {}

    /** A section title. */
    public record Heading(String text) implements Block {}

    /** Text lines shown as they are. */
    public record Paragraph(List<String> lines) implements Block {
        public Paragraph {
            lines = List.copyOf(lines);
        }

        public static Paragraph of(String... lines) {
            return new Paragraph(List.of(lines));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects blocks in order. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        public Builder title(String text) {
            blocks.add(new Title(text));
            return this;
        }

        /** Adds the chart; nothing when {@code chart} is null (no data to draw). */
        public Builder chart(Chart chart) {
            if (chart != null) {
                blocks.add(chart);
            }
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder paragraph(String... lines) {
            blocks.add(Paragraph.of(lines));
            return this;
        }

        public Builder paragraph(List<String> lines) {
            if (!lines.isEmpty()) {
                blocks.add(new Paragraph(lines));
            }
            return this;
        }

        public Builder grid(Grid grid) {
            blocks.add(grid);
            return this;
        }

        public Doc build() {
            return new Doc(blocks);
        }
    }
}

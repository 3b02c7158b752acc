package com.llmresale.pricing.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of text cells under named columns; null cells are empty. {@code warnings} are the indexes of
 * rows that are warnings (a terminal table shows them in yellow).
 */
public record Grid(List<Column> columns, List<List<String>> rows, java.util.Set<Integer> warnings)
        implements Doc.Block {

    public Grid(List<Column> columns, List<List<String>> rows) {
        this(columns, rows, java.util.Set.of());
    }

    public Grid {
        warnings = java.util.Set.copyOf(warnings);
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /**
     * A column; numbers are right-aligned in the table and Markdown formats. A {@code change}
     * column holds signed changes: a terminal table shows rises ({@code +}) in green and falls
     * ({@code -}) in red.
     */
    public record Column(String name, boolean numeric, boolean change) {
        public Column(String name, boolean numeric) {
            this(name, numeric, false);
        }

        // written out (the record's values): a record's own are made at run time by method
        // handles, a cost every command's start-up paid (see ModelKey)
        @Override
        public boolean equals(Object other) {
            return other instanceof Column column
                    && java.util.Objects.equals(name, column.name)
                    && numeric == column.numeric
                    && change == column.change;
        }

        @Override
        public int hashCode() {
            return (31 * java.util.Objects.hashCode(name) + Boolean.hashCode(numeric)) * 31
                    + Boolean.hashCode(change);
        }

        public static Column text(String name) {
            return new Column(name, false);
        }

        public static Column number(String name) {
            return new Column(name, true);
        }

        /** A numeric column of signed changes ({@code +233.3%}, {@code -$140.07}). */
        public static Column change(String name) {
            return new Column(name, true, true);
        }

        /** Columns by name: those in {@code numbers} hold numbers, the others text. */
        public static List<Column> of(List<String> names, java.util.Set<String> numbers) {
            return names.stream().map(n -> new Column(n, numbers.contains(n))).toList();
        }
    }

    public static Builder builder(Column... columns) {
        return new Builder(List.of(columns));
    }

    public static Builder builder(List<Column> columns) {
        return new Builder(columns);
    }

    public static final class Builder {
        private final List<Column> columns;
        private final List<List<String>> rows = new ArrayList<>();
        private final java.util.Set<Integer> warnings = new java.util.HashSet<>();

        private Builder(List<Column> columns) {
            this.columns = columns;
        }

        public Builder row(String... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public Builder row(List<String> cells) {
            rows.add(cells);
            return this;
        }

        /** A row that is a warning. */
        public Builder warning(String... cells) {
            warnings.add(rows.size());
            return row(cells);
        }

        public Grid build() {
            return new Grid(columns, rows, warnings);
        }
    }
}

package com.llmresale.pricing.model;

import java.util.Objects;

/**
 * Input that cannot be used: a sheet, scenario or CSV file with something wrong in it. Carries
 * where (file, line) and what (field, message) so that users get one precise line.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String field;
    private final String problem;

    /**
     * @param file the file, as the user named it or as found; may be null
     * @param line 1-based line, or 0 when unknown
     * @param field the field, or null
     * @param problem what is wrong
     */
    public DataException(String file, int line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public DataException(String file, int line, String field, String problem, Throwable cause) {
        super(format(file, line, field, problem), cause);
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = Objects.requireNonNull(problem);
    }

    private static String format(String file, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        if (field != null && !problem.startsWith(field + ":")) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}

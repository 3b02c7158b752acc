package com.llmresale.pricing.io.usage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.llmresale.pricing.engine.usage.SpendRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The fields of one spend-log row as text, whatever file they came from, and how they become a
 * {@link SpendRow}: bounded whole numbers, the contract's timestamp forms, LiteLLM's spend as
 * PostgreSQL keeps it (double precision: 15 significant digits).
 */
final class SpendFields {
    /** The columns read; any other column is ignored. */
    static final String[] COLUMNS = {
        "request_id",
        "startTime",
        "endTime",
        "request_duration_ms",
        "model",
        "model_group",
        "custom_llm_provider",
        "user",
        "end_user",
        "api_key",
        "team_id",
        "status",
        "prompt_tokens",
        "completion_tokens",
        "spend",
        "cache_hit",
        "metadata"
    };

    static final int REQUEST_ID = 0;
    static final int START = 1;
    static final int END = 2;
    static final int DURATION = 3;
    static final int MODEL = 4;
    static final int MODEL_GROUP = 5;
    static final int PROVIDER = 6;
    static final int USER = 7;
    static final int END_USER = 8;
    static final int API_KEY = 9;
    static final int TEAM = 10;
    static final int STATUS = 11;
    static final int PROMPT = 12;
    static final int COMPLETION = 13;
    static final int SPEND = 14;
    static final int CACHE_HIT = 15;
    static final int METADATA = 16;

    /** The columns a source must have (the contract's minimum). */
    static final int[] REQUIRED = {REQUEST_ID, START, MODEL, PROMPT, COMPLETION};

    /**
     * LiteLLM's spend is a PostgreSQL double: what it keeps of a decimal is 15 significant digits.
     */
    private static final MathContext DOUBLE_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private static final BigDecimal MAX_SPEND = new BigDecimal("1000000000");
    private static final JsonFactory JSON = new JsonFactory();

    final String[] values = new String[COLUMNS.length];
    String cachedTokens;
    String cacheWriteTokens;
    private boolean usageParsed;

    void clear() {
        java.util.Arrays.fill(values, null);
        cachedTokens = null;
        cacheWriteTokens = null;
        usageParsed = false;
    }

    static int column(String name) {
        for (int i = 0; i < COLUMNS.length; i++) {
            if (COLUMNS[i].equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    /** The row; an IllegalArgumentException names the field and what is wrong. */
    SpendRow row() {
        String id = values[REQUEST_ID];
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("request_id: missing");
        }
        String start = values[START];
        if (start == null || start.isEmpty()) {
            throw new IllegalArgumentException("startTime: missing");
        }
        long startMillis = timestamp("startTime", start);
        long duration = -1;
        String d = values[DURATION];
        if (d != null && !d.isEmpty()) {
            duration = count("request_duration_ms", d);
        } else if (values[END] != null && !values[END].isEmpty()) {
            duration = Math.max(0, timestamp("endTime", values[END]) - startMillis);
        }
        if (!usageParsed && values[METADATA] != null) {
            usage(values[METADATA]);
        }
        String status = values[STATUS];
        String cacheHit = values[CACHE_HIT];
        return new SpendRow(
                id,
                startMillis,
                values[MODEL],
                values[MODEL_GROUP],
                values[PROVIDER],
                SpendRow.userOf(values[USER], values[END_USER], values[API_KEY]),
                values[TEAM],
                "failure".equalsIgnoreCase(status),
                count("prompt_tokens", values[PROMPT]),
                count("completion_tokens", values[COMPLETION]),
                count("metadata.usage_object.prompt_tokens_details.cached_tokens", cachedTokens),
                count("metadata.usage_object.cache_creation_input_tokens", cacheWriteTokens),
                spend(values[SPEND]),
                duration,
                "true".equalsIgnoreCase(cacheHit));
    }

    /**
     * A token count: a whole number, not negative, at most 18 digits ({@code 12.0} is 12); empty is
     * 0.
     */
    static long count(String field, String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int end = text.length();
        int dot = text.indexOf('.');
        if (dot >= 0) {
            for (int i = dot + 1; i < end; i++) {
                if (text.charAt(i) != '0') {
                    throw new IllegalArgumentException(
                            field + ": not a whole number: '" + shorten(text) + "'");
                }
            }
            end = dot;
        }
        if (end == 0 || end > 18) {
            throw new IllegalArgumentException(
                    field
                            + ": "
                            + (end > 18 ? "too large" : "not a whole number")
                            + ": '"
                            + shorten(text)
                            + "'");
        }
        long v = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(
                        field
                                + ": "
                                + (c == '-' ? "negative" : "not a whole number")
                                + ": '"
                                + shorten(text)
                                + "'");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** LiteLLM's spend in USD: a plain decimal, not negative, below $1,000,000,000; empty is 0. */
    static BigDecimal spend(String text) {
        if (text == null || text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        if (text.length() > 40) {
            throw new IllegalArgumentException(
                    "spend: not a dollar amount: '" + shorten(text) + "'");
        }
        BigDecimal v;
        try {
            v = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("spend: not a number: '" + shorten(text) + "'");
        }
        if (v.signum() < 0) {
            throw new IllegalArgumentException("spend: negative: '" + text + "'");
        }
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (v.scale() > 60 || v.compareTo(MAX_SPEND) >= 0) {
            throw new IllegalArgumentException("spend: out of range: '" + shorten(text) + "'");
        }
        return v.precision() > 15 ? v.round(DOUBLE_DIGITS) : v;
    }

    /**
     * A UTC timestamp: {@code 2025-11-03 14:22:05.123}, ISO 8601 with {@code T}, any fraction, and
     * {@code Z} or an offset ({@code +03:00}, {@code +0300}, {@code +03}); no zone means UTC.
     */
    static long timestamp(String field, String t) {
        try {
            int n = t.length();
            if (n < 16
                    || t.charAt(4) != '-'
                    || t.charAt(7) != '-'
                    || (t.charAt(10) != ' ' && t.charAt(10) != 'T')
                    || t.charAt(13) != ':') {
                throw new IllegalArgumentException();
            }
            long day =
                    LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10)).toEpochDay();
            int hour = digits(t, 11, 13);
            int minute = digits(t, 14, 16);
            boolean seconds = n >= 19 && t.charAt(16) == ':'; // ISO 8601 may leave out the seconds
            int second = seconds ? digits(t, 17, 19) : 0;
            if (hour > 23 || minute > 59 || second > 59) {
                throw new IllegalArgumentException();
            }
            int i = seconds ? 19 : 16;
            long millis = 0;
            if (i < n && t.charAt(i) == '.') {
                int start = ++i;
                while (i < n && Character.isDigit(t.charAt(i))) {
                    i++;
                }
                if (i == start || i - start > 9) {
                    throw new IllegalArgumentException();
                }
                for (int k = 0; k < 3; k++) {
                    millis = millis * 10 + (start + k < i ? t.charAt(start + k) - '0' : 0);
                }
            }
            long offsetSeconds = 0;
            if (i < n) {
                char z = t.charAt(i);
                if ((z == 'Z' || z == 'z') && i == n - 1) {
                    offsetSeconds = 0;
                } else if (z == '+' || z == '-') {
                    String rest = t.substring(i + 1).replace(":", "");
                    if (rest.length() != 2 && rest.length() != 4) {
                        throw new IllegalArgumentException();
                    }
                    int oh = digits(rest, 0, 2);
                    int om = rest.length() == 4 ? digits(rest, 2, 4) : 0;
                    if (oh > 18 || om > 59) {
                        throw new IllegalArgumentException();
                    }
                    offsetSeconds = (z == '-' ? -1 : 1) * (oh * 3600L + om * 60L);
                } else {
                    throw new IllegalArgumentException();
                }
            }
            return ((day * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds) * 1000L)
                    + millis;
        } catch (IllegalArgumentException | DateTimeException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(
                    field
                            + ": not a timestamp: '"
                            + shorten(t)
                            + "' (expected 2025-11-03 14:22:05.123, or ISO 8601 with T and Z or an offset)");
        }
    }

    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException();
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Reads cached tokens and cache writes from metadata given as JSON text (a CSV cell). */
    void usage(String metadata) {
        usageParsed = true;
        if (metadata.indexOf("cached_tokens") < 0
                && metadata.indexOf("cache_creation_input_tokens") < 0) {
            return;
        }
        try (JsonParser p = JSON.createParser(metadata)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                metadata(p);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "metadata: not JSON: "
                            + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                                    ? j.getOriginalMessage()
                                    : e.getMessage()));
        }
    }

    /**
     * With the parser on the metadata object's START_OBJECT: finds {@code
     * usage_object.prompt_tokens_details.cached_tokens} and {@code
     * usage_object.cache_creation_input_tokens}, skipping everything else; ends on its END_OBJECT.
     */
    void metadata(JsonParser p) throws IOException {
        usageParsed = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("usage_object") && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken v = p.nextToken();
                    if (field.equals("prompt_tokens_details") && v == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String detail = p.currentName();
                            JsonToken dv = p.nextToken();
                            if (detail.equals("cached_tokens") && dv.isScalarValue()) {
                                cachedTokens = scalar(p, dv);
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else if (field.equals("cache_creation_input_tokens") && v.isScalarValue()) {
                        cacheWriteTokens = scalar(p, v);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** A scalar's text; null for JSON null. */
    static String scalar(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}

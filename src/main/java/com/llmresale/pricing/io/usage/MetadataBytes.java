package com.llmresale.pricing.io.usage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The two figures read from a row's {@code metadata} JSON ({@code
 * usage_object.prompt_tokens_details.cached_tokens} and {@code
 * usage_object.cache_creation_input_tokens}), found by walking its bytes: no parser object per row.
 * It declines (false) anything but plain JSON (an escape in a string, a syntax error), which then
 * goes to Jackson, so both ways agree.
 */
final class MetadataBytes {
    private static final byte[] USAGE = bytes("usage_object");
    private static final byte[] DETAILS = bytes("prompt_tokens_details");
    private static final byte[] CACHED = bytes("cached_tokens");
    private static final byte[] CACHE_WRITE = bytes("cache_creation_input_tokens");
    private static final int MAX_DEPTH = 64;

    private byte[] b;
    private int p;
    private int end;

    /**
     * Reads {@code b[from, to)} into {@code found}'s cached and cache-write texts; false when it
     * declines.
     */
    boolean read(byte[] bytes, int from, int to, SpendFields found) {
        b = bytes;
        p = from;
        end = to;
        try {
            space();
            if (p >= end) {
                return true; // no JSON at all: nothing to find (as Jackson finds no token)
            }
            if (b[p] != '{') {
                return skipValue(0) && done(); // not an object: nothing to find
            }
            return object(0, found) && done();
        } catch (ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    private boolean done() {
        space();
        return p == end;
    }

    /** An object at depth {@code path} (0: metadata, 1: usage_object, 2: prompt_tokens_details). */
    private boolean object(int path, SpendFields found) {
        p++; // {
        space();
        if (peek() == '}') {
            p++;
            return true;
        }
        while (true) {
            space();
            if (peek() != '"') {
                return false;
            }
            int ks = p + 1;
            if (!skipString()) {
                return false;
            }
            int ke = p - 1;
            space();
            if (peek() != ':') {
                return false;
            }
            p++;
            space();
            byte v = peek();
            if (path == 0 && v == '{' && is(ks, ke, USAGE)) {
                if (!object(1, found)) {
                    return false;
                }
            } else if (path == 1 && v == '{' && is(ks, ke, DETAILS)) {
                if (!object(2, found)) {
                    return false;
                }
            } else if ((path == 2 && is(ks, ke, CACHED))
                    || (path == 1 && is(ks, ke, CACHE_WRITE))) {
                int vs = p;
                if (v == '{' || v == '[') {
                    if (!skipValue(0)) {
                        return false;
                    }
                } else {
                    String text = scalar();
                    if (text == NO) {
                        return false;
                    }
                    if (path == 2) {
                        found.cachedTokens = text;
                    } else {
                        found.cacheWriteTokens = text;
                    }
                }
                if (vs == p) {
                    return false;
                }
            } else if (!skipValue(0)) {
                return false;
            }
            space();
            byte c = peek();
            p++;
            if (c == '}') {
                return true;
            }
            if (c != ',') {
                return false;
            }
        }
    }

    private static final String NO = new String("no");

    /**
     * A scalar's text as Jackson gives it (a string's contents, a number or literal as written;
     * null for null).
     */
    private String scalar() {
        byte c = peek();
        if (c == '"') {
            int s = p + 1;
            if (!skipString()) {
                return NO;
            }
            return new String(b, s, p - 1 - s, StandardCharsets.ISO_8859_1);
        }
        int s = p;
        if (!skipValue(0)) {
            return NO;
        }
        String text = new String(b, s, p - s, StandardCharsets.ISO_8859_1);
        return text.equals("null") ? null : text;
    }

    private boolean skipValue(int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        byte c = peek();
        if (c == '"') {
            return skipString();
        }
        if (c == '{' || c == '[') {
            byte close = (byte) (c == '{' ? '}' : ']');
            p++;
            space();
            if (peek() == close) {
                p++;
                return true;
            }
            while (true) {
                space();
                if (c == '{') {
                    if (peek() != '"' || !skipString()) {
                        return false;
                    }
                    space();
                    if (peek() != ':') {
                        return false;
                    }
                    p++;
                    space();
                }
                if (!skipValue(depth + 1)) {
                    return false;
                }
                space();
                byte n = peek();
                p++;
                if (n == close) {
                    return true;
                }
                if (n != ',') {
                    return false;
                }
            }
        }
        if (c == 't' || c == 'f' || c == 'n') {
            for (byte[] word : new byte[][] {bytes("true"), bytes("false"), bytes("null")}) {
                if (p + word.length <= end
                        && Arrays.equals(b, p, p + word.length, word, 0, word.length)) {
                    p += word.length;
                    return true;
                }
            }
            return false;
        }
        // a plain number: -?digits, no leading zero issues checked, [.digits][e[+-]digits]
        int s = p;
        if (peek() == '-') {
            p++;
        }
        int digits = 0;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            p++;
            digits++;
        }
        if (digits == 0 || (digits > 1 && b[s + (b[s] == '-' ? 1 : 0)] == '0')) {
            return false;
        }
        if (p < end && (b[p] == '.' || b[p] == 'e' || b[p] == 'E')) {
            return false; // fractions and exponents: left to Jackson
        }
        return true;
    }

    /** Past a string without escapes; false on an escape or a control character. */
    private boolean skipString() {
        p++;
        while (p < end) {
            byte c = b[p++];
            if (c == '"') {
                return true;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                return false;
            }
        }
        return false;
    }

    private byte peek() {
        return p < end ? b[p] : 0;
    }

    private void space() {
        while (p < end && (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r')) {
            p++;
        }
    }

    private boolean is(int s, int e, byte[] word) {
        return Arrays.equals(b, s, e, word, 0, word.length);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}

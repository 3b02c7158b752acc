package com.llmresale.pricing.io.usage;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The distinct values of one CSV column as strings, looked up by their bytes: a row makes no string
 * for a user, model or team already seen, and the same value always gives the same instance. Memory
 * grows with the distinct values, not the rows.
 */
final class Strings {
    private final String prefix;
    private int[] table = new int[64];
    private byte[][] keys = new byte[32][];
    private String[] values = new String[32];
    private int size;
    private int last = -1;

    /**
     * @param prefix put before every value ("key:" for API keys standing in for a user)
     */
    Strings(String prefix) {
        this.prefix = prefix;
        Arrays.fill(table, -1);
    }

    /** The value of {@code b[from, from + length)}; null when the bytes are not UTF-8. */
    String get(byte[] b, int from, int length) {
        int to = from + length;
        if (last >= 0 && Arrays.equals(keys[last], 0, keys[last].length, b, from, to)) {
            return values[last];
        }
        int h = hash(b, from, to);
        int mask = table.length - 1;
        int i = h & mask;
        while (table[i] >= 0) {
            int e = table[i];
            if (Arrays.equals(keys[e], 0, keys[e].length, b, from, to)) {
                last = e;
                return values[e];
            }
            i = (i + 1) & mask;
        }
        String text = utf8(b, from, length);
        if (text == null) {
            return null;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = Arrays.copyOfRange(b, from, to);
        values[size] = prefix.isEmpty() ? text : prefix + text;
        table[i] = size;
        last = size++;
        if (size * 2 > table.length) {
            rehash();
        }
        return values[last];
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int e = 0; e < size; e++) {
            int i = hash(keys[e], 0, keys[e].length) & mask;
            while (table[i] >= 0) {
                i = (i + 1) & mask;
            }
            table[i] = e;
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    /**
     * The bytes as text: Latin-1 when ASCII (no decoding), else strict UTF-8; null when not UTF-8.
     */
    static String utf8(byte[] b, int from, int length) {
        if (ascii(b, from, length)) {
            return new String(b, from, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, from, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean ascii(byte[] b, int from, int length) {
        for (int i = from, to = from + length; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }
}

package com.llmresale.pricing.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.Snippet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code estimate --workloads FILE}: JSON lines, one workload per line ({@code provider, model,
 * input_tokens, output_tokens} and the optional {@code cached_input_tokens, cache_write_tokens,
 * requests, batch}). Blank lines are skipped; every error names the file and the line.
 */
public final class WorkloadsFile {
    /** The most lines one file may hold: far above any real plan, low enough to stay in memory. */
    public static final int MAX_LINES = 100_000;

    static final Set<String> KEYS =
            Set.of(
                    "provider",
                    "model",
                    "input_tokens",
                    "cached_input_tokens",
                    "cache_write_tokens",
                    "output_tokens",
                    "requests",
                    "batch");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One line of the file, as written (the engine checks the token counts). */
    public record Line(
            int line,
            String provider,
            String model,
            long inputTokens,
            long cachedInputTokens,
            long cacheWriteTokens,
            long outputTokens,
            long requests,
            boolean batch) {}

    private WorkloadsFile() {}

    public static List<Line> read(Path file, String display) {
        List<Line> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                if (out.size() == MAX_LINES) {
                    throw new DataException(
                            display,
                            number,
                            null,
                            "more than " + MAX_LINES + " workloads in one file");
                }
                out.add(line(text, number, display));
            }
        } catch (NoSuchFileException e) {
            throw new DataException(display, 0, null, "file not found", e);
        } catch (IOException e) {
            throw new DataException(display, 0, null, "cannot read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new DataException(display, 0, null, "no workloads (one JSON object per line)");
        }
        return out;
    }

    private static Line line(String text, int number, String display) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DataException(
                    display,
                    number,
                    null,
                    "not a JSON object: " + firstLine(e.getOriginalMessage()),
                    e);
        }
        if (node == null || !node.isObject()) {
            throw new DataException(display, number, null, "expected one JSON object per line");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new DataException(
                        display,
                        number,
                        Snippet.of(key),
                        "unknown key (expected one of: "
                                + String.join(", ", new TreeSet<>(KEYS))
                                + ")");
            }
        }
        return new Line(
                number,
                text(node, "provider", number, display),
                text(node, "model", number, display),
                count(node, "input_tokens", true, 0, number, display),
                count(node, "cached_input_tokens", false, 0, number, display),
                count(node, "cache_write_tokens", false, 0, number, display),
                count(node, "output_tokens", true, 0, number, display),
                count(node, "requests", false, 1, number, display),
                bool(node, "batch", number, display));
    }

    private static String text(JsonNode node, String key, int number, String display) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            throw new DataException(display, number, key, "missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new DataException(
                    display,
                    number,
                    key,
                    "expected a non-empty text, got " + Snippet.of(value.toString()));
        }
        return value.asText();
    }

    private static long count(
            JsonNode node,
            String key,
            boolean required,
            long fallback,
            int number,
            String display) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw new DataException(display, number, key, "missing");
            }
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new DataException(
                    display,
                    number,
                    key,
                    "expected a whole number, got " + Snippet.of(value.toString()));
        }
        return value.longValue();
    }

    private static boolean bool(JsonNode node, String key, int number, String display) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new DataException(
                    display,
                    number,
                    key,
                    "expected true or false, got " + Snippet.of(value.toString()));
        }
        return value.booleanValue();
    }

    private static String firstLine(String message) {
        return message == null
                ? "syntax error"
                : message.strip().lines().findFirst().orElse("syntax error");
    }
}

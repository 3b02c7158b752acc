package com.llmresale.pricing.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.llmresale.pricing.model.DataException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML file into a {@link YamlNode} tree with line numbers, using Jackson's streaming
 * YAML parser (no data binding: fast to start, and every value keeps its line).
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** Parses {@code file}; {@code display} is how errors name it. */
    static YamlNode read(Path file, String display) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DataException(display, 0, null, "the file is empty");
            }
            return node(parser, display);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DataException(display, at == null ? 0 : at.getLineNr(), null,
                    "not valid YAML: " + firstLine(e.getOriginalMessage()), e);
        } catch (NoSuchFileException e) {
            throw new DataException(display, 0, null, "file not found", e);
        } catch (IOException e) {
            throw new DataException(display, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static YamlNode node(JsonParser parser, String display) throws IOException {
        JsonToken token = parser.currentToken();
        int line = parser.currentTokenLocation().getLineNr();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> fields = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    if (fields.containsKey(key)) {
                        throw new DataException(display, keyLine, key, "duplicate key (first on line "
                                + keyLines.get(key) + ")");
                    }
                    parser.nextToken();
                    keyLines.put(key, keyLine);
                    fields.put(key, node(parser, display));
                }
                return new YamlNode.Mapping(line, fields, keyLines);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, display));
                }
                return new YamlNode.Sequence(line, items);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(line, parser.getText(), YamlNode.Scalar.Type.NUMBER);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                // YAML 1.1 also spells booleans yes/no/on/off: keep the parser's verdict, not the spelling
                return new YamlNode.Scalar(line, String.valueOf(token == JsonToken.VALUE_TRUE), YamlNode.Scalar.Type.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(line, "", YamlNode.Scalar.Type.NULL);
            }
            default -> {
                return new YamlNode.Scalar(line, parser.getText(), YamlNode.Scalar.Type.STRING);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.strip().lines().findFirst().orElse("syntax error");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}

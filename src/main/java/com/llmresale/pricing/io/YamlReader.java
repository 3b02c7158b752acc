package com.llmresale.pricing.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.llmresale.pricing.model.DataException;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML file into a {@link YamlNode} tree with line numbers, using Jackson's streaming YAML
 * parser (no data binding: fast to start, and every value keeps its line).
 */
final class YamlReader {
    /** Made at the first parse: a file the cache answers for loads no YAML parser. */
    private static final class Factory {
        static final YAMLFactory FACTORY = YAMLFactory.builder().build();
    }

    private YamlReader() {}

    /** The bytes of {@code file}; {@code display} is how errors name it. */
    static byte[] bytes(Path file, String display) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(display, 0, null, "file not found", e);
        } catch (IOException e) {
            throw new DataException(display, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the UTF-8 text {@code bytes} read from {@code file}. */
    static YamlNode parse(byte[] bytes, Path file, String display) {
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw notUtf8(file, display, e);
        }
        try {
            return read(
                    new CharArrayReader(
                            text.array(), text.arrayOffset() + text.position(), text.remaining()),
                    file,
                    display);
        } catch (IOException e) {
            throw new DataException(display, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses YAML text held in memory (a sheet about to be written, read back to check it). */
    static YamlNode readText(String text, String display) {
        try {
            return read(new java.io.StringReader(text), null, display);
        } catch (IOException e) {
            throw new DataException(display, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static YamlNode read(Reader reader, Path file, String display) throws IOException {
        try (JsonParser parser = Factory.FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new DataException(display, 0, null, "the file is empty");
            }
            YamlNode root = node(parser, display);
            if (parser.nextToken() != null) {
                throw new DataException(
                        display,
                        parser.currentTokenLocation().getLineNr(),
                        null,
                        "a second YAML document (after '---'): one file holds one document");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (file != null && cause(e, CharacterCodingException.class) != null) {
                throw notUtf8(file, display, e);
            }
            MarkedYAMLException marked = cause(e, MarkedYAMLException.class);
            if (marked != null && marked.getProblemMark() != null) {
                // SnakeYAML's own problem and where it is, rather than the context it was parsing
                int line = marked.getProblemMark().getLine() + 1;
                String context = "";
                if (marked.getContext() != null
                        && marked.getContextMark() != null
                        && marked.getContextMark().getLine() + 1 != line) {
                    // e.g. an unclosed [ found at the end of the file: say where it was opened
                    context =
                            " ("
                                    + firstLine(marked.getContext())
                                    + " on line "
                                    + (marked.getContextMark().getLine() + 1)
                                    + ")";
                }
                String problem = firstLine(marked.getProblem());
                // the parser speaks of its own tokens; what usually causes them is indentation
                String hint =
                        problem.contains("<block")
                                ? " (check the indentation of this line and the one above)"
                                : "";
                throw new DataException(
                        display, line, null, "not valid YAML: " + problem + context + hint, e);
            }
            JsonLocation at = e.getLocation();
            throw new DataException(
                    display,
                    at == null ? 0 : at.getLineNr(),
                    null,
                    "not valid YAML: " + firstLine(e.getOriginalMessage()),
                    e);
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
                        throw new DataException(
                                display,
                                keyLine,
                                key,
                                "duplicate key (first on line " + keyLines.get(key) + ")");
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
                // YAML 1.1 also spells booleans yes/no/on/off: keep the parser's verdict, not the
                // spelling
                return new YamlNode.Scalar(
                        line,
                        String.valueOf(token == JsonToken.VALUE_TRUE),
                        YamlNode.Scalar.Type.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(line, "", YamlNode.Scalar.Type.NULL);
            }
            default -> {
                return new YamlNode.Scalar(line, parser.getText(), YamlNode.Scalar.Type.STRING);
            }
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static DataException notUtf8(Path file, String display, Exception e) {
        return new DataException(
                display,
                firstLineNotUtf8(file),
                null,
                "not UTF-8 text (save the file as UTF-8)",
                e);
    }

    /** The 1-based line of the first byte sequence that is not UTF-8; 0 when it cannot tell. */
    private static int firstLineNotUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int line = 1;
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    try {
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .decode(ByteBuffer.wrap(bytes, start, i - start));
                    } catch (CharacterCodingException bad) {
                        return line;
                    }
                    line++;
                    start = i + 1;
                }
            }
        } catch (IOException ignored) {
            // the caller's message stands without a line
        }
        return 0;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        String line = message.strip().lines().findFirst().orElse("syntax error");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}

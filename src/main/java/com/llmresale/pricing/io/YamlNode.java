package com.llmresale.pricing.io;

import com.llmresale.pricing.model.Snippet;
import java.util.List;
import java.util.Map;

/** A YAML document as a tree that remembers the line of every node (1-based). */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
    int line();

    /** What kind of value this is, for error messages. */
    String describe();

    /** A mapping; {@code keyLines} gives the line each key is on. */
    record Mapping(int line, Map<String, YamlNode> fields, Map<String, Integer> keyLines)
            implements YamlNode {
        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar as written; {@code type} says how YAML resolved it. */
    record Scalar(int line, String text, Type type) implements YamlNode {
        enum Type {
            STRING,
            NUMBER,
            BOOLEAN,
            NULL
        }

        @Override
        public String describe() {
            return switch (type) {
                case NULL -> "nothing";
                case STRING -> Snippet.quoted(text);
                default -> Snippet.of(text);
            };
        }
    }
}

package com.llmresale.pricing.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML text that means what it says whatever strings it carries: a string is written plain only
 * when it is a plain word a YAML 1.1 parser (the proxy reads its config with PyYAML) reads back as
 * that same string; every other string is double-quoted, with escapes for line breaks and control
 * characters. So no value can add a key, start a document, or become a number, a date, a boolean,
 * null or a merge key ({@code 12:30}, {@code 1_000}, {@code 2025-01-01}, {@code .5}, {@code yes},
 * {@code ~}, {@code <<}, {@code ---}). Comment text is kept on its line.
 */
final class SafeYaml {
    /**
     * Letters, digits and {@code . _ / @ + -}, starting with a letter or digit: no YAML indicator.
     */
    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/@+-]*");

    /** What some parser might read as a number (1e3 is a float in YAML 1.2). */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9][0-9._+eE-]*");

    private static final Resolver YAML_1_1 = new Resolver();

    private SafeYaml() {}

    /** Block style, no "---", arrays indented under their key, as the export has always looked. */
    static String write(Object tree) {
        YAMLFactory factory = new Factory();
        factory.disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);
        factory.enable(YAMLGenerator.Feature.MINIMIZE_QUOTES);
        factory.enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR);
        // prices per token are tiny: 0.00000025, never 2.5E-7
        factory.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        try {
            return new YAMLMapper(factory).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code text} may be written without quotes. */
    static boolean plainIsSafe(String text) {
        return PLAIN_WORD.matcher(text).matches()
                && !NUMBER_LIKE.matcher(text).matches()
                && YAML_1_1.resolve(NodeId.scalar, text, true).equals(Tag.STR);
    }

    /**
     * Data for a {@code #} comment, kept on its line: line breaks, control characters and anything
     * else YAML does not allow raw are shown as {@code \}{@code uXXXX}.
     */
    static String comment(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .forEach(
                        cp -> {
                            boolean printable =
                                    (cp >= 0x20 && cp <= 0x7e)
                                            || (cp >= 0xa0
                                                    && cp <= 0xd7ff
                                                    && cp != 0x2028
                                                    && cp != 0x2029)
                                            || (cp >= 0xe000 && cp <= 0xfffd && cp != 0xfeff)
                                            || cp >= 0x10000;
                            if (printable) {
                                out.appendCodePoint(cp);
                            } else {
                                out.append(String.format("\\u%04x", cp));
                            }
                        });
        return out.toString();
    }

    /** Jackson's YAML factory, making {@link Generator}s. */
    private static final class Factory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLGenerator _createGenerator(Writer out, IOContext ctxt) throws IOException {
            return new Generator(
                    ctxt,
                    _generatorFeatures,
                    _yamlGeneratorFeatures,
                    _quotingChecker,
                    _objectCodec,
                    out,
                    _version);
        }
    }

    /** Writes a string plain when {@link #plainIsSafe} says so, else double-quoted. */
    private static final class Generator extends YAMLGenerator {
        Generator(
                IOContext ctxt,
                int jsonFeatures,
                int yamlFeatures,
                StringQuotingChecker quoting,
                ObjectCodec codec,
                Writer out,
                DumperOptions.Version version)
                throws IOException {
            super(ctxt, jsonFeatures, yamlFeatures, quoting, codec, out, version);
        }

        @Override
        public void writeString(String text) throws IOException {
            if (text == null || plainIsSafe(text)) {
                super.writeString(text);
                return;
            }
            _verifyValueWrite("write String value");
            _writeScalar(text, "string", DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        }
    }
}

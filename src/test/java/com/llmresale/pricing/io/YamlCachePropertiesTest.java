package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The cache's entries: any tree comes back as it went in, and an entry damaged anywhere (a byte
 * changed, cut short) is never taken for a tree: the file is parsed again.
 */
class YamlCachePropertiesTest {
    private static final String BUILD = "pricing yaml tree test";

    @Property(tries = 300)
    void anyTreeComesBackAsItWentIn(@ForAll("trees") YamlNode tree) throws IOException {
        byte[] source = "source text ü\n".getBytes(StandardCharsets.UTF_8);

        YamlNode back = YamlCache.decode(YamlCache.encode(source, tree, BUILD), source, BUILD);

        assertThat(back).isEqualTo(tree);
        assertThat(String.valueOf(back)).isEqualTo(String.valueOf(tree));
    }

    @Property(tries = 500)
    void aDamagedEntryIsNeverATree(
            @ForAll("trees") YamlNode tree,
            @ForAll @IntRange(min = 0, max = 100_000) int where,
            @ForAll @IntRange(min = 1, max = 255) int flip,
            @ForAll boolean cut)
            throws IOException {
        byte[] source = "a: 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] entry = YamlCache.encode(source, tree, BUILD);
        int at = where % entry.length;
        byte[] damaged;
        if (cut) {
            damaged = java.util.Arrays.copyOf(entry, at);
        } else {
            damaged = entry.clone();
            damaged[at] = (byte) (damaged[at] ^ flip);
        }

        assertThat(YamlCache.decode(damaged, source, BUILD)).isNull();
    }

    @Property(tries = 300)
    void randomBytesAreNeverATree(@ForAll byte[] data) {
        assertThat(YamlCache.decode(data, new byte[0], BUILD)).isNull();
    }

    @Provide
    Arbitrary<YamlNode> trees() {
        return node(3);
    }

    private Arbitrary<YamlNode> node(int depth) {
        Arbitrary<YamlNode> scalar =
                net.jqwik.api.Combinators.combine(
                                Arbitraries.integers().between(0, 100_000),
                                Arbitraries.strings().ofMaxLength(40),
                                Arbitraries.of(YamlNode.Scalar.Type.class))
                        .as((line, text, type) -> new YamlNode.Scalar(line, text, type));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<YamlNode> child = node(depth - 1);
        Arbitrary<YamlNode> sequence =
                net.jqwik.api.Combinators.combine(
                                Arbitraries.integers().between(0, 100_000),
                                child.list().ofMaxSize(4))
                        .as((line, items) -> new YamlNode.Sequence(line, new ArrayList<>(items)));
        Arbitrary<YamlNode> mapping =
                net.jqwik.api.Combinators.combine(
                                Arbitraries.integers().between(0, 100_000),
                                Arbitraries.strings()
                                        .ofMaxLength(12)
                                        .list()
                                        .uniqueElements()
                                        .ofMaxSize(4),
                                child.list().ofSize(4),
                                Arbitraries.integers().between(0, 100_000).list().ofSize(4))
                        .as(
                                (line, keys, values, keyLines) -> {
                                    Map<String, YamlNode> fields = new LinkedHashMap<>();
                                    Map<String, Integer> lines = new LinkedHashMap<>();
                                    for (int i = 0; i < keys.size(); i++) {
                                        fields.put(keys.get(i), values.get(i));
                                        lines.put(keys.get(i), keyLines.get(i));
                                    }
                                    return new YamlNode.Mapping(line, fields, lines);
                                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalar),
                net.jqwik.api.Tuple.of(1, sequence),
                net.jqwik.api.Tuple.of(1, mapping));
    }
}

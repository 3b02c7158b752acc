package com.llmresale.pricing.io;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * YAML files parsed once, not at every start: the tree of a file ({@link YamlNode}, with its line
 * numbers) is kept on disk and used again while the file's bytes are the same. Parsing the
 * project's sheets takes about a tenth of a short command on the project's machine (a YAML parser
 * running before the JIT has compiled it); reading the tree back takes a few milliseconds
 * (docs/speed.md).
 *
 * <p>One entry per file path and build, in the cache folder the command line enables ({@code
 * ~/.cache/pricing/yaml}): the file's whole content and its tree. An entry is used only when it was
 * written by this very build (the jar's path, size and time) and holds exactly the bytes the file
 * has now, compared byte for byte: a changed file, a new build or an entry cut short or damaged is
 * parsed again and the entry replaced (written atomically; two commands may race, each entry stays
 * whole). Only files that parse are kept: an error is always the parser's. The cache is the tool's
 * own, like the launcher's class-data archive; it never stands in for what a user's file says. Off
 * until {@link #enable} (tests and library use parse every time).
 */
public final class YamlCache {
    /** Bump when the encoding below or what {@link YamlReader} makes of a file changes. */
    private static final int FORMAT = 1;

    private static final int MAGIC = 0x50594331; // "PYC1"

    /** Entries kept: beyond, the least recently written go (files read from many temp folders). */
    static final int MAX_ENTRIES = 256;

    private static final byte MAPPING = 0;
    private static final byte SEQUENCE = 1;
    private static final byte SCALAR = 2;

    private static volatile Path folder;
    private static volatile String build;

    private YamlCache() {}

    /**
     * Keeps parsed trees in {@code dir} from now on (created when first written). Nothing is read
     * or written until a YAML file is.
     */
    public static void enable(Path dir) {
        folder = dir;
    }

    /** Parses every file again from now on. */
    public static void disable() {
        folder = null;
    }

    /** The cache folder; null while the cache is off. */
    static Path folder() {
        return folder;
    }

    /** This build's identity (see {@link #buildIdentity}), worked out once. */
    static String build() {
        String known = build;
        if (known == null) {
            known = buildIdentity();
            build = known;
        }
        return known;
    }

    /** The tree of {@code file}; {@code display} is how errors name it. */
    static YamlNode read(Path file, String display) {
        byte[] bytes = YamlReader.bytes(file, display);
        Path dir = folder;
        if (dir == null) {
            return YamlReader.parse(bytes, file, display);
        }
        String build = build();
        Path entry = dir.resolve(entryName(file, build));
        YamlNode cached = load(entry, bytes, build);
        if (cached != null) {
            return cached;
        }
        YamlNode tree = YamlReader.parse(bytes, file, display);
        store(entry, bytes, tree, build);
        return tree;
    }

    /**
     * The entry's name: the file's name (to be recognisable) and a checksum of its whole path and
     * the build (two builds used in turn on the same files each keep their own entries).
     */
    static String entryName(Path file, String build) {
        Path absolute = file.toAbsolutePath().normalize();
        // a file inside the jar (the bundled sheets) by its URI, so it never shares an entry with
        // a file of the same path on disk; a file on disk by its path (cheaper to make)
        String where =
                absolute.getFileSystem() == java.nio.file.FileSystems.getDefault()
                        ? absolute.toString()
                        : absolute.toUri().toString();
        CRC32C crc = new CRC32C();
        crc.update((where + "\n" + build).getBytes(StandardCharsets.UTF_8));
        Path name = file.getFileName();
        StringBuilder base = new StringBuilder(name == null ? "yaml" : name.toString());
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            boolean plain =
                    (c >= 'a' && c <= 'z')
                            || (c >= 'A' && c <= 'Z')
                            || (c >= '0' && c <= '9')
                            || c == '.'
                            || c == '_'
                            || c == '-';
            if (!plain) {
                base.setCharAt(i, '_');
            }
        }
        return base + "-" + Long.toHexString(crc.getValue()) + ".tree";
    }

    /** Writes an entry for {@code source} and its tree; a failure leaves the cache as it was. */
    static void store(Path entry, byte[] source, YamlNode tree, String build) {
        Path tmp = null;
        try {
            Files.createDirectories(entry.getParent());
            tmp = Files.createTempFile(entry.getParent(), ".entry", ".tmp");
            Files.write(tmp, encode(source, tree, build));
            Files.move(
                    tmp,
                    entry,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            prune(entry.getParent(), MAX_ENTRIES);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written is a cache that is not used
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for the next cleaner; it is never read (its name is not an entry's)
                }
            }
        }
    }

    /**
     * Deletes the least recently written entries of {@code dir} when it holds more than {@code
     * max}, down to three quarters of it.
     */
    static void prune(Path dir, int max) throws IOException {
        List<Path> entries;
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(".tree")).toList();
        }
        if (entries.size() <= max) {
            return;
        }
        Map<Path, Long> written = new java.util.HashMap<>();
        for (Path p : entries) {
            written.put(p, Files.getLastModifiedTime(p).toMillis());
        }
        List<Path> oldestFirst = new ArrayList<>(entries);
        oldestFirst.sort(java.util.Comparator.comparing(written::get));
        for (Path p : oldestFirst.subList(0, entries.size() - max * 3 / 4)) {
            Files.deleteIfExists(p);
        }
    }

    /** The tree kept in {@code entry} for exactly {@code source}; null when there is none. */
    static YamlNode load(Path entry, byte[] source, String build) {
        byte[] data;
        try {
            data = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return decode(data, source, build);
    }

    /** The entry's bytes: a header, the source as it was, then the tree. */
    static byte[] encode(byte[] source, YamlNode tree, String build) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(source.length * 2 + 64);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        writeString(out, build);
        out.writeInt(source.length);
        out.write(source);
        writeNode(out, tree);
        out.flush();
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * The tree in {@code data} when it was written by {@code build} for exactly {@code source};
     * null for anything else, including damaged data (never an exception).
     */
    static YamlNode decode(byte[] data, byte[] source, String build) {
        try {
            if (data.length < 8) {
                return null;
            }
            int end = data.length - 4;
            CRC32C crc = new CRC32C();
            crc.update(data, 0, end);
            if (new Input(data, data.length).at(end).readInt() != (int) crc.getValue()) {
                return null;
            }
            Input in = new Input(data, end);
            if (in.readInt() != MAGIC || !build.equals(in.readString())) {
                return null;
            }
            int length = in.readInt();
            int start = in.at;
            if (length != source.length
                    || !Arrays.equals(data, start, in.skip(length), source, 0, source.length)) {
                return null;
            }
            YamlNode tree = in.readNode(0);
            return in.at == end ? tree : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void writeNode(DataOutputStream out, YamlNode node) throws IOException {
        if (node instanceof YamlNode.Mapping m) {
            out.writeByte(MAPPING);
            out.writeInt(m.line());
            out.writeInt(m.fields().size());
            for (Map.Entry<String, YamlNode> field : m.fields().entrySet()) {
                writeString(out, field.getKey());
                out.writeInt(m.keyLines().get(field.getKey()));
                writeNode(out, field.getValue());
            }
        } else if (node instanceof YamlNode.Sequence s) {
            out.writeByte(SEQUENCE);
            out.writeInt(s.line());
            out.writeInt(s.items().size());
            for (YamlNode item : s.items()) {
                writeNode(out, item);
            }
        } else {
            YamlNode.Scalar s = (YamlNode.Scalar) node;
            out.writeByte(SCALAR);
            out.writeInt(s.line());
            out.writeByte(s.type().ordinal());
            writeString(out, s.text());
        }
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * What this build is: the format, and the jar's path, size and time (a class folder's when run
     * from the build's classes). An entry written by another build is never used.
     */
    static String buildIdentity() {
        String where = "unknown";
        try {
            CodeSource code = YamlCache.class.getProtectionDomain().getCodeSource();
            if (code != null && code.getLocation() != null) {
                Path jar = Path.of(code.getLocation().toURI());
                where =
                        jar
                                + " "
                                + Files.size(jar)
                                + " "
                                + Files.getLastModifiedTime(jar).toMillis();
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            where = "unknown " + System.nanoTime(); // matches no entry: parse every time
        }
        return "pricing yaml tree " + FORMAT + " " + where;
    }

    /** Reads an entry, every count and length checked against what is left. */
    private static final class Input {
        private static final int MAX_DEPTH = 200;
        private static final YamlNode.Scalar.Type[] TYPES = YamlNode.Scalar.Type.values();

        private final byte[] data;
        private final int end;
        private int at;

        Input(byte[] data, int end) {
            this.data = data;
            this.end = end;
        }

        Input at(int position) {
            at = position;
            return this;
        }

        /** Moves past {@code length} bytes; returns the position after them. */
        int skip(int length) {
            if (length < 0 || length > end - at) {
                throw new IllegalArgumentException("past the end");
            }
            at += length;
            return at;
        }

        int readInt() {
            int start = at;
            skip(4);
            return (data[start] & 0xff) << 24
                    | (data[start + 1] & 0xff) << 16
                    | (data[start + 2] & 0xff) << 8
                    | (data[start + 3] & 0xff);
        }

        byte readByte() {
            int start = at;
            skip(1);
            return data[start];
        }

        String readString() {
            int length = readInt();
            int start = at;
            skip(length);
            return new String(data, start, length, StandardCharsets.UTF_8);
        }

        /** A count of items each taking at least {@code minBytes}: at most what is left. */
        int readCount(int minBytes) {
            int count = readInt();
            if (count < 0 || count > (end - at) / minBytes) {
                throw new IllegalArgumentException("count past the end");
            }
            return count;
        }

        YamlNode readNode(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("too deep");
            }
            byte kind = readByte();
            int line = readInt();
            switch (kind) {
                case MAPPING -> {
                    int count = readCount(17); // a key (4 + its bytes), its line (4), a node (9+)
                    Map<String, YamlNode> fields = new LinkedHashMap<>(count * 2);
                    Map<String, Integer> keyLines = new LinkedHashMap<>(count * 2);
                    for (int i = 0; i < count; i++) {
                        String key = readString();
                        int keyLine = readInt();
                        if (fields.put(key, readNode(depth + 1)) != null) {
                            throw new IllegalArgumentException("duplicate key");
                        }
                        keyLines.put(key, keyLine);
                    }
                    return new YamlNode.Mapping(line, fields, keyLines);
                }
                case SEQUENCE -> {
                    int count = readCount(9); // the smallest node: an empty list or mapping
                    List<YamlNode> items = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        items.add(readNode(depth + 1));
                    }
                    return new YamlNode.Sequence(line, items);
                }
                case SCALAR -> {
                    int type = readByte();
                    if (type < 0 || type >= TYPES.length) {
                        throw new IllegalArgumentException("scalar type");
                    }
                    return new YamlNode.Scalar(line, readString(), TYPES[type]);
                }
                default -> throw new IllegalArgumentException("node kind");
            }
        }
    }
}

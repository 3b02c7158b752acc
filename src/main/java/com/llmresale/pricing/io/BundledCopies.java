package com.llmresale.pricing.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The folders bundled in the jar ({@code pricing/}, {@code scenarios/}), copied once onto disk
 * beside the YAML cache, so that a command run where there is no {@code ./pricing} does not open
 * the jar as a file system at every start: reading a folder inside the jar indexes all of the jar's
 * 24,000 entries first (about a fifth of such a command, docs/speed.md).
 *
 * <p>A copy belongs to one build (the jar's path, size and time, as the YAML cache's entries do),
 * is made whole in a temp folder and renamed into place (a command that races another, or is
 * killed, leaves no half copy), and a new build's copy replaces the older ones. Off while the YAML
 * cache is off.
 */
final class BundledCopies {
    private BundledCopies() {}

    /** This build's copy of the bundled folder {@code name}; null when there is none yet. */
    static Path copyOf(String name) {
        Path root = root();
        if (root == null) {
            return null;
        }
        Path copy = root.resolve(name);
        return Files.isDirectory(copy) ? copy : null;
    }

    /**
     * Copies {@code source} (the bundled folder {@code name}, inside the jar) for the next runs; a
     * failure leaves nothing behind and is not an error (the jar is read instead).
     */
    static void keep(Path source, String name) {
        Path root = root();
        if (root == null || Files.isDirectory(root.resolve(name))) {
            return;
        }
        Path parent = root.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, ".copy");
            Path copy = tmp.resolve(name);
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path target = copy.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            for (Path old : others(parent, root)) {
                deleteTree(old);
            }
            Files.createDirectories(root);
            Files.move(copy, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // another command made it first, or the disk said no: the jar is read instead
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
    }

    /** Where this build's copies go: a folder named by a checksum of the build's identity. */
    private static Path root() {
        Path cache = YamlCache.folder();
        if (cache == null) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(YamlCache.build().getBytes(StandardCharsets.UTF_8));
        return cache.resolve("bundled").resolve(Long.toHexString(crc.getValue()));
    }

    /** The other builds' copies beside {@code root}. */
    private static List<Path> others(Path parent, Path root) throws IOException {
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(p -> !p.equals(root) && !p.getFileName().toString().startsWith("."))
                    .toList();
        }
    }

    private static void deleteTree(Path top) {
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // what is left is never read: it is not this build's copy
        }
    }
}

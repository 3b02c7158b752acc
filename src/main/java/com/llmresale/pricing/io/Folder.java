package com.llmresale.pricing.io;

import com.llmresale.pricing.model.DataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder the tool reads from: a real directory, or one of the copies bundled in the jar.
 *
 * @param path where it is (for a bundled one: inside the jar, or this build's copy of it on disk,
 *     see {@link BundledCopies})
 * @param display how messages name it
 * @param bundled true for the read-only copy carried by the jar
 */
public record Folder(Path path, String display, boolean bundled) {

    /** How a file in this folder is named in messages. */
    public String display(Path file) {
        String name = path.relativize(file).toString();
        return display.endsWith("/") ? display + name : display + "/" + name;
    }

    /**
     * The folder's {@code *.yaml} / {@code *.yml} files other than {@code except} and hidden ones,
     * sorted. An entry with such a name that is not a readable file (a folder, a link to nothing)
     * is an error rather than silently skipped: skipping a sheet would unpublish its provider.
     */
    public List<Path> yamlFiles(Set<String> except) {
        try (Stream<Path> list = Files.list(path)) {
            List<Path> files =
                    list.filter(
                                    p -> {
                                        String name = p.getFileName().toString();
                                        return (name.endsWith(".yaml") || name.endsWith(".yml"))
                                                && !except.contains(name)
                                                && !name.startsWith(".");
                                    })
                            .sorted()
                            .toList();
            for (Path file : files) {
                requireReadableIfPresent(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when {@code file} is a regular file; false when there is nothing by that name; an error
     * when the name is taken by something else (a folder, a link to nothing).
     */
    public boolean requireReadableIfPresent(Path file) {
        if (Files.isRegularFile(file)) {
            return true;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        throw new DataException(
                display(file),
                0,
                null,
                Files.isDirectory(file)
                        ? "is a folder, not a file"
                        : Files.isSymbolicLink(file) && !Files.exists(file)
                                ? "is a link to nothing (a missing file)"
                                : "not a regular file");
    }

    /**
     * Resolves a folder: the one an option names (it must exist), else {@code cwd/name} when it
     * exists, else the copy bundled in the jar under {@code /bundled/name}.
     *
     * @return the folder; null when {@code explicit} names a folder that does not exist
     */
    public static Folder resolve(Path cwd, Path explicit, String name) {
        if (explicit != null) {
            Path dir = cwd.resolve(explicit).normalize();
            return Files.isDirectory(dir) ? new Folder(dir, explicit.toString(), false) : null;
        }
        Path local = cwd.resolve(name);
        if (Files.isDirectory(local)) {
            return new Folder(local, name, false);
        }
        return bundled(name);
    }

    /** The copy of {@code name} carried by the jar (or the test class path). */
    public static Folder bundled(String name) {
        Path copy = BundledCopies.copyOf(name);
        if (copy != null) {
            return new Folder(copy, "(bundled) " + name, true);
        }
        URL url = Folder.class.getResource("/bundled/" + name);
        if (url == null) {
            throw new IllegalStateException("no bundled '" + name + "' folder on the class path");
        }
        try {
            URI uri = url.toURI();
            Path path;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                path = fs.provider().getPath(uri);
                BundledCopies.keep(path, name);
            } else {
                path = Path.of(uri);
            }
            return new Folder(path, "(bundled) " + name, true);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

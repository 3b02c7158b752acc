package com.llmresale.pricing.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A folder the tool reads from: a real directory, or one of the copies bundled in the jar.
 *
 * @param path     where it is (inside the jar for a bundled one)
 * @param display  how messages name it
 * @param bundled  true for the read-only copy carried by the jar
 */
public record Folder(Path path, String display, boolean bundled) {

    /** How a file in this folder is named in messages. */
    public String display(Path file) {
        String name = path.relativize(file).toString();
        return display.endsWith("/") ? display + name : display + "/" + name;
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

package com.llmresale.pricing.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes files so that a reader sees the old content or the new one, never a part, and so that a
 * command writing several files changes none of them unless all could be prepared.
 *
 * <p>A {@link Batch} stages each file as a temp file beside its target; only when every file is
 * staged does {@link Batch#commit()} rename them into place. Temp files are created like any other
 * file (so the umask applies), take over the permissions of the file they replace, and are flushed
 * to disk ({@code fsync}) before the rename, their folder after it. A report target ({@code -o})
 * that is a symbolic link is written through (the link stays a link); the tool's own files ({@link
 * Batch#stageOwned}: the published credits, their backup, export files) are never written through a
 * link or onto anything but a regular file. What goes wrong is a {@link WriteException}, worded by
 * {@link OsErrors}.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {}

    /**
     * Files to write together: {@link #stage} prepares each one (a temp file beside it), and {@link
     * #commit} renames them all into place. Closing an uncommitted batch deletes its temp files and
     * any folder it created, so nothing is left changed.
     */
    public static final class Batch implements AutoCloseable {
        private record Staged(Path target, String display, Path temp) {}

        private record Expected(Path file, String display, FileFingerprint fingerprint) {}

        private final List<Staged> staged = new ArrayList<>();
        private final List<Expected> expected = new ArrayList<>();
        private final List<Path> createdDirs = new ArrayList<>();
        private final List<Runnable> beforeRename = new ArrayList<>();
        private boolean committed;

        /**
         * Runs {@code step} in {@link #commit()} once every file is staged and every {@link
         * #requireUnchanged} check has passed, just before the renames: e.g. a database transaction
         * that must commit before the files change. If it throws, nothing is renamed.
         */
        public void beforeRename(Runnable step) {
            beforeRename.add(step);
        }

        public void stage(Path target, String display, String content) throws WriteException {
            stage(target, display, content.getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Writes {@code content} to a temp file beside {@code target} (its real target if a link).
         */
        public void stage(Path target, String display, byte[] content) throws WriteException {
            stage(target, display, content, null, false);
        }

        /**
         * As {@link #stage(Path, String, String)} for a file the tool owns (the published credits,
         * an export): a symbolic link or anything but a regular file there is refused, not
         * followed.
         */
        public void stageOwned(Path target, String display, String content) throws WriteException {
            stage(target, display, content.getBytes(StandardCharsets.UTF_8), null, true);
        }

        /**
         * Makes {@link #commit()} refuse (and write nothing) unless {@code file} still has {@code
         * fingerprint}, taken when the command read it: a compare-and-swap, so that a change made
         * meanwhile by someone else is never silently overwritten.
         */
        public void requireUnchanged(Path file, String display, FileFingerprint fingerprint) {
            expected.add(new Expected(file, display, fingerprint));
        }

        /**
         * As {@link #stage(Path, String, byte[])}, the new file taking the permissions of {@code
         * permissionsFrom} (its own current ones when null).
         */
        private void stage(
                Path target, String display, byte[] content, Path permissionsFrom, boolean owned)
                throws WriteException {
            if (committed) {
                throw new IllegalStateException("batch already committed");
            }
            if (owned) {
                refuseLinkOrSpecial(target, display);
            }
            Path real;
            try {
                real = resolveLinks(target.toAbsolutePath().normalize());
            } catch (IOException e) {
                throw new WriteException(display, OsErrors.reason(e), e);
            }
            if (Files.isDirectory(real)) {
                throw new WriteException(display, "is a directory", null);
            }
            if (Files.exists(real) && !Files.isRegularFile(real)) {
                // a device or pipe (/dev/null, a FIFO): renaming over it would replace it with a
                // file
                throw new WriteException(display, "not a regular file", null);
            }
            for (Staged s : staged) {
                if (s.target().equals(real)) {
                    throw new WriteException(display, "written twice by one command", null);
                }
            }
            Path dir = real.getParent();
            createParents(dir, display);
            Path temp =
                    dir.resolve(
                            "."
                                    + real.getFileName()
                                    + "."
                                    + HexFormat.of().formatHex(randomBytes())
                                    + ".tmp");
            try {
                try (FileChannel out =
                        FileChannel.open(
                                temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    staged.add(new Staged(real, display, temp));
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    out.force(true); // on disk before the rename makes it the file
                }
                copyPermissions(permissionsFrom == null ? real : permissionsFrom, temp);
            } catch (IOException e) {
                throw new WriteException(display, OsErrors.reason(e), e);
            }
        }

        /**
         * Stages a copy of {@code target}'s current content as {@code backup}; returns false (and
         * stages nothing) when {@code target} does not exist.
         */
        public boolean stageBackup(Path target, Path backup, String backupDisplay)
                throws WriteException {
            if (!Files.isRegularFile(target)) {
                return false;
            }
            byte[] current;
            try {
                current = Files.readAllBytes(target);
            } catch (IOException e) {
                throw new WriteException(backupDisplay, OsErrors.reason(e), e);
            }
            // a backup is as private as the file it copies, whatever an older backup allowed
            stage(backup, backupDisplay, current, target, true);
            return true;
        }

        /** Renames every staged file into place, in the order staged. */
        public void commit() throws WriteException {
            if (committed) {
                throw new IllegalStateException("batch already committed");
            }
            committed = true;
            for (Expected e : expected) {
                FileFingerprint now;
                try {
                    now = FileFingerprint.of(e.file());
                } catch (IOException io) {
                    throw new WriteException(e.display(), OsErrors.reason(io), io);
                }
                if (!now.equals(e.fingerprint())) {
                    throw new WriteException(
                            e.display(),
                            "changed on disk while this command ran (someone else "
                                    + "published?); nothing was written, run the command again",
                            null);
                }
            }
            beforeRename.forEach(Runnable::run);
            Set<Path> folders = new LinkedHashSet<>();
            for (Staged s : staged) {
                try {
                    move(s.temp(), s.target());
                } catch (IOException e) {
                    throw new WriteException(s.display(), OsErrors.reason(e), e);
                }
                folders.add(s.target().getParent());
            }
            folders.forEach(AtomicFiles::forceFolder);
            staged.clear();
            createdDirs.clear();
        }

        /**
         * Deletes what an uncommitted (or failed) batch left: temp files and folders it created.
         */
        @Override
        public void close() {
            for (Staged s : staged) {
                try {
                    Files.deleteIfExists(s.temp());
                } catch (IOException ignored) {
                    // best effort: nothing else can be done about a temp file that cannot be
                    // deleted
                }
            }
            staged.clear();
            for (int i = createdDirs.size() - 1; i >= 0; i--) {
                try {
                    Files.deleteIfExists(createdDirs.get(i));
                } catch (IOException ignored) {
                    // not empty (someone else wrote there) or gone: leave it
                }
            }
            createdDirs.clear();
        }

        /**
         * Creates the missing folders above a target, remembering them so that close() can undo it.
         */
        private void createParents(Path dir, String display) throws WriteException {
            List<Path> missing = new ArrayList<>();
            Path p = dir;
            while (p != null && !Files.exists(p)) {
                missing.add(0, p);
                p = p.getParent();
            }
            if (p != null && !Files.isDirectory(p)) {
                throw new WriteException(
                        display, ancestorName(display, dir, p) + " is a file, not a folder", null);
            }
            for (Path m : missing) {
                try {
                    Files.createDirectory(m);
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(m)) {
                        throw new WriteException(
                                display,
                                ancestorName(display, dir, m) + " is a file, not a folder",
                                e);
                    }
                    continue;
                } catch (IOException e) {
                    throw new WriteException(display, OsErrors.reason(e), e);
                }
                createdDirs.add(m);
            }
        }
    }

    /**
     * A tool-owned file is replaced only when it is a regular file or absent; a link is not
     * followed.
     */
    private static void refuseLinkOrSpecial(Path target, String display) throws WriteException {
        if (Files.isSymbolicLink(target)) {
            throw new WriteException(
                    display,
                    "is a symbolic link (the tool does not write its own files through "
                            + "links; remove the link)",
                    null);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteException(
                    display,
                    Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                            ? "is a directory"
                            : "not a regular file",
                    null);
        }
    }

    /**
     * Flushes a folder's entries (the rename) to disk; some platforms cannot, which is then left
     * be.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException ignored) {
            // e.g. Windows cannot open a folder as a channel: the rename is as durable as it gets
        }
    }

    /**
     * How the user would name {@code ancestor} of {@code dir}: the matching prefix of {@code
     * display}.
     */
    private static String ancestorName(String display, Path dir, Path ancestor) {
        Path shown = Path.of(display).getParent();
        Path d = dir;
        while (shown != null && d != null && !d.equals(ancestor)) {
            shown = shown.getParent();
            d = d.getParent();
        }
        return shown != null && d != null ? shown.toString() : ancestor.toString();
    }

    /**
     * The file a write to {@code path} should replace: {@code path}, or the file its links lead to.
     */
    static Path resolveLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            Path link = Files.readSymbolicLink(p);
            p = p.toAbsolutePath().getParent().resolve(link).normalize();
        }
        if (Files.isSymbolicLink(p)) {
            throw new FileSystemException(
                    path.toString(), null, "Too many levels of symbolic links");
        }
        return p;
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView source =
                Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target =
                Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

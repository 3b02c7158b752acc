package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.llmresale.pricing.cli.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir Path dir;

    @Test
    void aCommittedBatchPutsEveryFileInPlaceAndLeavesNoTempFile() throws IOException {
        write("a.txt", "old a");
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stage(dir.resolve("a.txt"), "a.txt", "new a");
            batch.stage(dir.resolve("sub/b.txt"), "sub/b.txt", "new b");
            assertThat(read("a.txt")).as("nothing in place before commit").isEqualTo("old a");
            assertThat(dir.resolve("sub/b.txt")).doesNotExist();
            batch.commit();
        }
        assertThat(snapshot()).isEqualTo(Map.of("a.txt", "new a", "sub/b.txt", "new b"));
    }

    @Test
    void whenAnyFileCannotBeStagedNoFileChangesAndTheTempFilesAreDeleted() throws IOException {
        write("a.txt", "old a");
        write("c.txt", "old c");
        Files.createDirectories(dir.resolve("d.txt")); // a folder where a file should go
        Map<String, String> before = snapshot();

        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stage(dir.resolve("a.txt"), "a.txt", "new a");
            batch.stage(dir.resolve("new/b.txt"), "new/b.txt", "new b");
            batch.stageBackup(dir.resolve("c.txt"), dir.resolve("c.txt.bak"), "c.txt.bak");
            assertThatThrownBy(() -> batch.stage(dir.resolve("d.txt"), "d.txt", "new d"))
                    .isInstanceOf(WriteException.class)
                    .hasMessage("d.txt: is a directory");
        }

        assertThat(snapshot()).isEqualTo(before);
        assertThat(dir.resolve("new"))
                .as("a folder the failed batch created is removed")
                .doesNotExist();
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("a.txt", "c.txt", "d.txt");
        }
    }

    @Test
    void aBackupHoldsTheOldContentAndIsOnlyStagedWhenThereIsAnOldFile() throws IOException {
        write("p.csv", "v1");
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            assertThat(
                            batch.stageBackup(
                                    dir.resolve("p.csv"), dir.resolve("p.csv.bak"), "p.csv.bak"))
                    .isTrue();
            assertThat(
                            batch.stageBackup(
                                    dir.resolve("q.csv"), dir.resolve("q.csv.bak"), "q.csv.bak"))
                    .isFalse();
            batch.stage(dir.resolve("p.csv"), "p.csv", "v2");
            batch.commit();
        }
        assertThat(snapshot()).isEqualTo(Map.of("p.csv", "v2", "p.csv.bak", "v1"));
    }

    @Test
    void aFileUnderAPlainFileCannotBeStagedAndTheMessageNamesTheUsersPath() throws IOException {
        write("proxy", "a file");
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            assertThatThrownBy(
                            () ->
                                    batch.stage(
                                            dir.resolve("proxy/config.yaml"),
                                            "proxy/config.yaml",
                                            "x"))
                    .isInstanceOf(WriteException.class)
                    .hasMessage("proxy/config.yaml: proxy is a file, not a folder");
        }
        assertThat(snapshot()).isEqualTo(Map.of("proxy", "a file"));
    }

    @Test
    void oneFileStagedTwiceIsRefused() throws IOException {
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stage(dir.resolve("a.txt"), "a.txt", "1");
            assertThatThrownBy(() -> batch.stage(dir.resolve("./a.txt"), "./a.txt", "2"))
                    .isInstanceOf(WriteException.class)
                    .hasMessageContaining("written twice");
        }
        assertThat(snapshot()).isEmpty();
    }

    @Test
    void aDeviceOrPipeIsNeverReplacedByAFile() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e);
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");

        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            assertThatThrownBy(() -> batch.stage(fifo, "pipe", "x"))
                    .isInstanceOf(WriteException.class)
                    .hasMessage("pipe: not a regular file");
        }
        assertThat(Files.isRegularFile(fifo)).isFalse();
        try (Stream<Path> all = Files.list(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactly("pipe");
        }
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws IOException {
        assumePosix();
        Path file = write("published.csv", "old");
        Set<PosixFilePermission> rwRR = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, rwRR);

        writeAlone(file, "new");

        assertThat(read("published.csv")).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(rwRR);
    }

    @Test
    void aNewFileGetsTheUsualPermissionsOfTheUmaskNotOwnerOnly() throws IOException {
        assumePosix();
        Path reference = dir.resolve("reference");
        Files.newOutputStream(reference, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                .close();

        Path file = dir.resolve("config.yaml");
        writeAlone(file, "x");

        assertThat(Files.getPosixFilePermissions(file))
                .isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aReportTargetThatIsASymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = write("shared/credits.csv", "old");
        Path link = dir.resolve("reports/credits.csv");
        Files.createDirectories(link.getParent());
        symlink(link, Path.of("../shared/credits.csv"));

        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stageBackup(link, dir.resolve("reports/credits.csv.bak"), "bak");
            batch.stage(link, "reports/credits.csv", "new");
            batch.commit();
        }

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(read("reports/credits.csv.bak")).isEqualTo("old");
        try (Stream<Path> all = Files.list(dir.resolve("shared"))) {
            assertThat(all.map(p -> p.getFileName().toString())).containsExactly("credits.csv");
        }
    }

    @Test
    void aFileTheToolOwnsThatIsALinkIsRefusedNotFollowed() throws IOException {
        write("pricing/groq.yaml", "the sheet");
        write("pricing/published-credits.csv", "v1");
        symlink(dir.resolve("pricing/published-credits.csv.bak"), Path.of("groq.yaml"));
        Map<String, String> before = snapshot();

        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            assertThatThrownBy(
                            () ->
                                    batch.stageBackup(
                                            dir.resolve("pricing/published-credits.csv"),
                                            dir.resolve("pricing/published-credits.csv.bak"),
                                            "pricing/published-credits.csv.bak"))
                    .isInstanceOf(WriteException.class)
                    .hasMessageStartingWith(
                            "pricing/published-credits.csv.bak: is a symbolic link");
            assertThatThrownBy(
                            () ->
                                    batch.stageOwned(
                                            dir.resolve("pricing/published-credits.csv.bak"),
                                            "x.bak",
                                            "v2"))
                    .hasMessageStartingWith("x.bak: is a symbolic link");
        }

        assertThat(snapshot()).isEqualTo(before);
        assertThat(Files.isSymbolicLink(dir.resolve("pricing/published-credits.csv.bak"))).isTrue();
    }

    @Test
    void aFileTheToolOwnsThatIsNotARegularFileIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("export/config.yaml"));
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            assertThatThrownBy(
                            () ->
                                    batch.stageOwned(
                                            dir.resolve("export/config.yaml"),
                                            "export/config.yaml",
                                            "x"))
                    .hasMessage("export/config.yaml: is a directory");
        }
        assertThat(dir.resolve("export/config.yaml")).isDirectory();
    }

    @Test
    void aFileChangedAfterItWasReadIsNotReplacedAndNothingIsWritten() throws IOException {
        Path file = write("pricing/published-credits.csv", "read by this command");
        FileFingerprint readAs = FileFingerprint.of(file);
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.requireUnchanged(file, "pricing/published-credits.csv", readAs);
            batch.stageBackup(file, dir.resolve("pricing/published-credits.csv.bak"), "bak");
            batch.stageOwned(file, "pricing/published-credits.csv", "ours");
            batch.stage(dir.resolve("report.txt"), "report.txt", "report");
            Files.writeString(file, "published by someone else meanwhile");

            assertThatThrownBy(batch::commit)
                    .isInstanceOf(WriteException.class)
                    .hasMessageStartingWith(
                            "pricing/published-credits.csv: changed on disk while this command ran");
        }
        assertThat(snapshot())
                .isEqualTo(
                        Map.of(
                                "pricing/published-credits.csv",
                                "published by someone else meanwhile"));
    }

    @Test
    void aFileThatAppearedAfterTheCommandFoundNoneIsNotReplaced() throws IOException {
        Path file = dir.resolve("published-credits.csv");
        FileFingerprint readAs = FileFingerprint.of(file);
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.requireUnchanged(file, "published-credits.csv", readAs);
            batch.stageOwned(file, "published-credits.csv", "ours");
            Files.writeString(file, "theirs");
            assertThatThrownBy(batch::commit).hasMessageContaining("changed on disk");
        }
        assertThat(snapshot()).isEqualTo(Map.of("published-credits.csv", "theirs"));
    }

    @Test
    void anUnchangedFileIsReplaced() throws IOException {
        Path file = write("published-credits.csv", "v1");
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.requireUnchanged(file, "published-credits.csv", FileFingerprint.of(file));
            batch.stageOwned(file, "published-credits.csv", "v2");
            batch.commit();
        }
        assertThat(snapshot()).isEqualTo(Map.of("published-credits.csv", "v2"));
    }

    @Test
    void theStepBeforeTheRenamesRunsOnlyAfterTheChecksAndSeesTheOldFiles() throws IOException {
        Path file = write("published-credits.csv", "v1");
        java.util.List<String> seen = new java.util.ArrayList<>();
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.requireUnchanged(file, "published-credits.csv", FileFingerprint.of(file));
            batch.stageOwned(file, "published-credits.csv", "v2");
            batch.beforeRename(() -> seen.add(readQuietly(file)));
            batch.commit();
        }
        assertThat(seen).containsExactly("v1");
        assertThat(snapshot()).isEqualTo(Map.of("published-credits.csv", "v2"));
    }

    @Test
    void aFailingStepBeforeTheRenamesWritesNothing() throws IOException {
        Path file = write("published-credits.csv", "v1");
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stageOwned(file, "published-credits.csv", "v2");
            batch.stage(dir.resolve("report.txt"), "report.txt", "report");
            batch.beforeRename(
                    () -> {
                        throw new IllegalStateException("the database refused");
                    });
            assertThatThrownBy(batch::commit).hasMessage("the database refused");
        }
        assertThat(snapshot()).isEqualTo(Map.of("published-credits.csv", "v1"));
    }

    @Test
    void aChangedFileStopsTheCommitBeforeTheStepRuns() throws IOException {
        Path file = write("published-credits.csv", "v1");
        java.util.concurrent.atomic.AtomicBoolean ran =
                new java.util.concurrent.atomic.AtomicBoolean();
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.requireUnchanged(file, "published-credits.csv", FileFingerprint.of(file));
            batch.stageOwned(file, "published-credits.csv", "v2");
            batch.beforeRename(() -> ran.set(true));
            Files.writeString(file, "someone else's");
            assertThatThrownBy(batch::commit).hasMessageContaining("changed on disk");
        }
        assertThat(ran).isFalse();
        assertThat(snapshot()).isEqualTo(Map.of("published-credits.csv", "someone else's"));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
    }

    /** One file written on its own, as a command that writes a single file does. */
    private static void writeAlone(Path target, String content) throws IOException {
        try (AtomicFiles.Batch batch = new AtomicFiles.Batch()) {
            batch.stage(target, target.toString(), content);
            batch.commit();
        }
    }

    private void assumePosix() {
        assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "POSIX permissions");
    }

    /** A file under the test folder with this content (the CLI tests' workspace helper). */
    private Path write(String relative, String content) {
        return new Workspace(dir).write(relative, content);
    }

    private String read(String relative) throws IOException {
        return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
    }

    /** Every regular file under the folder (temp files included) with its content. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}

package com.llmresale.pricing.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class OsErrorsTest {
    @Test
    void reasonsArePlainWordsWithoutClassNamesOrPaths() {
        assertThat(OsErrors.reason(new AccessDeniedException("/tmp/.x.123.tmp")))
                .isEqualTo("permission denied");
        assertThat(OsErrors.reason(new NoSuchFileException("/proc/.foo.123.tmp")))
                .isEqualTo("no such file or directory");
        assertThat(OsErrors.reason(new FileSystemException("/a/.b.tmp", null, "Is a directory")))
                .isEqualTo("is a directory");
        assertThat(OsErrors.reason(new FileSystemException("/a/.b.tmp", null, "Not a directory")))
                .isEqualTo("not a directory");
        assertThat(
                        OsErrors.reason(
                                new FileSystemException(
                                        "/a/.b.tmp", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(OsErrors.reason(new IOException("No space left on device")))
                .isEqualTo("disk full");
        assertThat(OsErrors.reason(new IOException("strange failure at /tmp/.x.123.tmp")))
                .doesNotContain("/tmp");
    }
}

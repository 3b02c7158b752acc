package com.llmresale.pricing.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a file held when a command read it: absent, the SHA-256 of its bytes, or "something else" (a
 * folder, a link to nothing, a device). Compared again just before a write replaces the file, so
 * that a change made meanwhile is refused rather than overwritten.
 *
 * @param state {@code absent}, {@code other}, or {@code sha256:<hex>}
 */
public record FileFingerprint(String state) {
    private static final FileFingerprint ABSENT = new FileFingerprint("absent");
    private static final FileFingerprint OTHER = new FileFingerprint("other");

    /** The fingerprint of {@code file} now; the content is streamed, never held whole. */
    public static FileFingerprint of(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return ABSENT;
        }
        if (!Files.isRegularFile(file)) {
            return OTHER;
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
        return new FileFingerprint("sha256:" + HexFormat.of().formatHex(sha.digest()));
    }
}

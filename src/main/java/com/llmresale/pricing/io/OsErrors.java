package com.llmresale.pricing.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Words for the operating system's file errors, for the one-line messages users see. */
public final class OsErrors {
    private OsErrors() {}

    /**
     * Why a file operation failed, in plain words and without any path (so that a temp file's name
     * never reaches the user).
     */
    public static String reason(IOException e) {
        if (e instanceof WriteException w) {
            return w.reason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "input/output error";
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "disk full";
        }
        if (lower.contains("quota")) {
            return "disk quota exceeded";
        }
        if (lower.contains("read-only file system")) {
            return "read-only file system";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "permission denied";
        }
        if (lower.contains("is a directory")) {
            return "is a directory";
        }
        if (lower.contains("not a directory")) {
            return "not a directory";
        }
        if (lower.contains("file name too long")) {
            return "file name too long";
        }
        if (lower.contains("too many levels of symbolic links")) {
            return "too many levels of symbolic links";
        }
        // an unusual reason: keep its words, never a path (it could be a temp file's)
        return e instanceof FileSystemException ? lower : lower.replaceAll("/\\S*", "").strip();
    }
}

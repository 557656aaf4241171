package io.iotad.core.files;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The reason of an I/O error in words. Java's file-system exceptions often carry only the path as
 * their message ({@code AccessDeniedException: /srv/data/raw}), which reads as no reason at all.
 */
public final class IoReason {
    private IoReason() {
    }

    /**
     * @param e an I/O error
     * @return why it happened, e.g. {@code permission denied}, {@code no such file or folder}, or
     *     the operating system's own reason; never just a path
     */
    public static String of(IOException e) {
        // a reason given where the error was raised ("no such model artifact") says more than the type
        if (e instanceof FileSystemException fse && fse.getReason() != null && !fse.getReason().isBlank()) {
            return fse.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "its symbolic links form a loop";
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /**
     * @param e an I/O error
     * @return its file (and second file, when there is one) and reason, e.g.
     *     {@code /srv/data/raw: permission denied}
     */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            return fse.getFile() + (fse.getOtherFile() != null ? " -> " + fse.getOtherFile() : "") + ": " + of(e);
        }
        return of(e);
    }
}

package org.dyad.progress;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Errors as a person reads them: the innermost cause's message, on one line. */
public final class Errors {
  private Errors() {}

  /**
   * The deepest cause with a message, named by its type when the message is empty; one line, at
   * most 500 characters.
   */
  public static String describe(Throwable e) {
    Throwable deepest = e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) deepest = t;
      if (t.getCause() == t) break;
    }
    if (deepest instanceof FileSystemException f) return fileSystem(f);
    String message = deepest.getMessage();
    String text =
        message == null || message.isBlank() ? deepest.getClass().getName() : firstLine(message);
    if (!(deepest instanceof IllegalArgumentException
        || deepest instanceof IllegalStateException
        || deepest instanceof IOException)) {
      text = deepest.getClass().getSimpleName() + ": " + text;
    }
    return text.length() > 500 ? text.substring(0, 497) + "..." : text;
  }

  /**
   * File-system errors carry only the path as their message ("FAILED: /proc/out"): name what went
   * wrong.
   */
  static String fileSystem(FileSystemException f) {
    String what =
        f instanceof NoSuchFileException
            ? "no such file or folder"
            : f instanceof AccessDeniedException
                ? "permission denied"
                : f instanceof FileAlreadyExistsException
                    ? "already exists"
                    : f instanceof NotDirectoryException
                        ? "not a folder"
                        : f instanceof DirectoryNotEmptyException
                            ? "folder not empty"
                            : f.getClass().getSimpleName();
    String text =
        f.getFile()
            + ": "
            + what
            + (f.getReason() != null ? " (" + f.getReason() + ")" : "")
            + (f.getOtherFile() != null ? " [" + f.getOtherFile() + "]" : "");
    return text.length() > 500 ? text.substring(0, 497) + "..." : text;
  }

  private static String firstLine(String s) {
    String line = s.strip();
    int nl = line.indexOf('\n');
    return nl < 0 ? line : line.substring(0, nl).strip();
  }

  public static String stackTrace(Throwable e) {
    StringWriter w = new StringWriter();
    e.printStackTrace(new PrintWriter(w));
    return w.toString();
  }
}

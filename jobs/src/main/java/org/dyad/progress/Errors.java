package org.dyad.progress;

import java.io.PrintWriter;
import java.io.StringWriter;

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
    if (deepest instanceof java.nio.file.FileSystemException f) return fileSystem(f);
    String message = deepest.getMessage();
    String text =
        message == null || message.isBlank() ? deepest.getClass().getName() : firstLine(message);
    if (!(deepest instanceof IllegalArgumentException
        || deepest instanceof IllegalStateException
        || deepest instanceof java.io.IOException)) {
      text = deepest.getClass().getSimpleName() + ": " + text;
    }
    return text.length() > 500 ? text.substring(0, 497) + "..." : text;
  }

  /**
   * File-system errors carry only the path as their message ("FAILED: /proc/out"): name what went
   * wrong.
   */
  static String fileSystem(java.nio.file.FileSystemException f) {
    String what =
        f instanceof java.nio.file.NoSuchFileException
            ? "no such file or folder"
            : f instanceof java.nio.file.AccessDeniedException
                ? "permission denied"
                : f instanceof java.nio.file.FileAlreadyExistsException
                    ? "already exists"
                    : f instanceof java.nio.file.NotDirectoryException
                        ? "not a folder"
                        : f instanceof java.nio.file.DirectoryNotEmptyException
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

package org.dyad.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the part-of-speech or the named-entity column of CoNLL-2003 files (word, POS, chunk, NER
 * per line; blank lines between sentences; {@code -DOCSTART-} lines between documents). CoNLL-2003
 * is for research use only: its POS column only scores the part-of-speech tagger on news; the NER
 * models trained on its NER column ship for research use under the same terms (their model cards).
 */
public final class Conll2003 {
  private Conll2003() {}

  public static List<TaggedSentence> readPos(Path file) throws IOException {
    return read(file, 1, false);
  }

  /**
   * Reads the named-entity column (the fourth) as IOB2: CoNLL-2003 writes IOB1, where a chunk
   * starts with I- unless it follows one of the same type; here every chunk starts with B-.
   */
  public static List<TaggedSentence> readNer(Path file) throws IOException {
    return read(file, 3, true);
  }

  /** One column's tags per sentence; {@code iob2}: IOB1 entity tags read as IOB2. */
  private static List<TaggedSentence> read(Path file, int column, boolean iob2) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("-DOCSTART-")) {
          if (!words.isEmpty())
            out.add(new TaggedSentence(words.toArray(String[]::new), tags.toArray(String[]::new)));
          words.clear();
          tags.clear();
          continue;
        }
        String[] cols = line.split(" ");
        if (cols.length <= column)
          throw new IOException(
              file + ": no " + (iob2 ? "NER" : "POS") + " column in '" + line + "'");
        String tag = cols[column];
        if (iob2 && tag.startsWith("I-")) {
          String before = tags.isEmpty() ? "O" : tags.get(tags.size() - 1);
          if (!before.substring(Math.min(2, before.length())).equals(tag.substring(2)))
            tag = "B-" + tag.substring(2);
        }
        words.add(cols[0]);
        tags.add(tag);
      }
    }
    if (!words.isEmpty())
      out.add(new TaggedSentence(words.toArray(String[]::new), tags.toArray(String[]::new)));
    return out;
  }

  /** {@link #readNer}'s sentences grouped by document (the {@code -DOCSTART-} lines). */
  public static List<List<TaggedSentence>> readNerDocuments(Path file) throws IOException {
    List<List<TaggedSentence>> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<TaggedSentence> all = readNer(file);
    // sentences per document, counted as readNer cuts them
    int sentence = 0;
    List<TaggedSentence> doc = new ArrayList<>();
    boolean inSentence = false;
    for (String line : lines) {
      if (line.startsWith("-DOCSTART-")) {
        if (inSentence) doc.add(all.get(sentence++));
        inSentence = false;
        if (!doc.isEmpty()) out.add(doc);
        doc = new ArrayList<>();
      } else if (line.isBlank()) {
        if (inSentence) doc.add(all.get(sentence++));
        inSentence = false;
      } else inSentence = true;
    }
    if (inSentence) doc.add(all.get(sentence++));
    if (!doc.isEmpty()) out.add(doc);
    if (sentence != all.size())
      throw new IllegalStateException(
          sentence + " sentences in documents, " + all.size() + " read");
    return out;
  }
}

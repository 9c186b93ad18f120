package org.dyad.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the part-of-speech column of CoNLL-2003 files (word, POS, chunk, NER per line; blank lines
 * between sentences; {@code -DOCSTART-} lines between documents). Used to score a tagger on news
 * text; CoNLL-2003 is for research use only, so no shipped model is trained on it.
 */
public final class Conll2003 {
  private Conll2003() {}

  public static List<TaggedSentence> readPos(Path file) throws IOException {
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
        if (cols.length < 2) throw new IOException(file + ": no POS column in '" + line + "'");
        words.add(cols[0]);
        tags.add(cols[1]);
      }
    }
    if (!words.isEmpty())
      out.add(new TaggedSentence(words.toArray(String[]::new), tags.toArray(String[]::new)));
    return out;
  }
}

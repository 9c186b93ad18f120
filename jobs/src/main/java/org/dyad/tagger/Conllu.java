package org.dyad.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-U treebanks (Universal Dependencies): one sentence per block, one word per line, ten
 * tab-separated columns. Multiword token lines (ids such as {@code 3-4}) and empty nodes ({@code
 * 8.1}) are skipped, so the words are the syntactic words the tags belong to ("do" "n't"). The tag
 * kept is column 5, the language-specific one (Penn Treebank tags for English).
 */
public final class Conllu {
  private Conllu() {}

  public static List<TaggedSentence> read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  static List<TaggedSentence> read(BufferedReader in, String name) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        if (!words.isEmpty()) out.add(sentence(words, tags));
        words.clear();
        tags.clear();
        continue;
      }
      if (line.startsWith("#")) continue;
      String[] cols = line.split("\t", -1);
      if (cols.length != 10)
        throw new IOException(name + ":" + lineNo + ": " + cols.length + " columns, not 10");
      String id = cols[0];
      if (id.indexOf('-') >= 0 || id.indexOf('.') >= 0) continue;
      words.add(cols[1]);
      tags.add(cols[4]);
    }
    if (!words.isEmpty()) out.add(sentence(words, tags));
    return out;
  }

  private static TaggedSentence sentence(List<String> words, List<String> tags) {
    return new TaggedSentence(words.toArray(String[]::new), tags.toArray(String[]::new));
  }
}

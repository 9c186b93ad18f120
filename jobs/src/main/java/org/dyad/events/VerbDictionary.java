package org.dyad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A CAMEO verb dictionary in PETRARCH-2's format ({@code CAMEO.2.0.txt}; format in the shared
 * data's {@code dictionaries_format.rst}): synonym sets ({@code &NAME} and {@code +member} lines),
 * verb blocks ({@code --- NAME [code] ---}) with their verbs (forms generated, or given in {@code
 * {...}}; multiword verbs with {@code +} on the inflected word) and patterns ({@code - pre * post
 * [code]}). Codes may name two events, one each way ({@code [042:043]}: the source visits, the
 * target hosts) or only the reverse ({@code [:173]}). Transformations ({@code ~}) are not used.
 *
 * <p>Immutable once read. {@link #forms()} maps the first word of every verb form to the forms that
 * start with it; a block's patterns are in {@link #patterns(int)}.
 */
public final class VerbDictionary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A code as the dictionary writes it: the event each way; null for none ("---" or empty). */
  public record Code(String forward, String reverse) implements Serializable {
    static Code parse(String text) {
      String t = text.trim();
      int colon = t.indexOf(':');
      if (colon < 0) return new Code(eventOrNull(t), null);
      return new Code(eventOrNull(t.substring(0, colon)), eventOrNull(t.substring(colon + 1)));
    }

    private static String eventOrNull(String s) {
      String t = s.trim();
      return t.isEmpty() || t.startsWith("-") ? null : t;
    }

    public boolean none() {
      return forward == null && reverse == null;
    }

    @Override
    public String toString() {
      if (reverse == null) return forward == null ? "---" : forward;
      return (forward == null ? "" : forward) + ":" + reverse;
    }
  }

  /**
   * One form of a verb: its words (lower case), which of them is the verb, the block it belongs to,
   * its code (the verb's own, else the block's) and its base form (the dictionary's entry).
   */
  public record Form(String[] words, int head, int block, Code code, String base)
      implements Serializable {}

  /**
   * Words that must appear in order: each alternative is a run of consecutive words; {@code tight}
   * when it must follow the previous element (or the verb) with no word between.
   */
  public record Element(List<String[]> alternatives, boolean tight, Set<String> firstWords)
      implements Serializable {
    public Element(List<String[]> alternatives, boolean tight) {
      this(alternatives, tight, firstWordsOf(alternatives));
    }

    /** The first word of each alternative (null when one is empty: then any sentence may fit). */
    private static Set<String> firstWordsOf(List<String[]> alternatives) {
      Set<String> out = new HashSet<>();
      for (String[] alt : alternatives) {
        if (alt.length == 0) return null;
        out.add(alt[0]);
      }
      return Set.copyOf(out);
    }
  }

  /** A pattern of a block: elements before and after the verb, its code and its text. */
  public record Pattern(List<Element> before, List<Element> after, Code code, String text, int line)
      implements Serializable {
    public int weight() {
      int w = 0;
      for (Element e : before) w += e.alternatives().get(0).length;
      for (Element e : after) w += e.alternatives().get(0).length;
      return w;
    }
  }

  /** A verb block: its name and code. */
  public record Block(String name, Code code) implements Serializable {}

  private final String source;
  private final List<Block> blocks;
  private final List<List<Pattern>> patterns;
  private final Map<String, List<Form>> forms;
  private final int transformations;

  /**
   * By block, its patterns by a word each needs: the first words of its element with fewest
   * alternatives (a pattern cannot fit a sentence without one of them); patterns with no element
   * are always candidates.
   */
  private final List<Anchors> anchors;

  private record Anchors(int[] always, Map<String, int[]> byWord) implements Serializable {
    static Anchors of(List<Pattern> patterns) {
      List<Integer> always = new ArrayList<>();
      Map<String, List<Integer>> byWord = new HashMap<>();
      for (int i = 0; i < patterns.size(); i++) {
        Set<String> anchor = null;
        Pattern p = patterns.get(i);
        for (List<Element> side : List.of(p.before(), p.after()))
          for (Element e : side)
            if (e.firstWords() != null && (anchor == null || e.firstWords().size() < anchor.size()))
              anchor = e.firstWords();
        if (anchor == null) always.add(i);
        else for (String w : anchor) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
      }
      Map<String, int[]> index = new HashMap<>();
      byWord.forEach((w, l) -> index.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
      return new Anchors(always.stream().mapToInt(Integer::intValue).toArray(), Map.copyOf(index));
    }
  }

  private VerbDictionary(
      String source,
      List<Block> blocks,
      List<List<Pattern>> patterns,
      Map<String, List<Form>> forms,
      int transformations) {
    this.source = source;
    this.blocks = List.copyOf(blocks);
    List<List<Pattern>> p = new ArrayList<>();
    for (List<Pattern> l : patterns) p.add(List.copyOf(l));
    this.patterns = List.copyOf(p);
    List<Anchors> a = new ArrayList<>();
    for (List<Pattern> l : this.patterns) a.add(Anchors.of(l));
    this.anchors = List.copyOf(a);
    Map<String, List<Form>> f = new HashMap<>();
    forms.forEach((k, v) -> f.put(k, List.copyOf(v)));
    this.forms = Map.copyOf(f);
    this.transformations = transformations;
  }

  public static final String RESOURCE = "/org/dyad/events/cameo-verbs.txt.gz";

  private static final class Shipped {
    static final VerbDictionary VERBS = load();

    static VerbDictionary load() {
      try (java.io.InputStream in = VerbDictionary.class.getResourceAsStream(RESOURCE)) {
        if (in == null)
          throw new IllegalStateException(
              "no " + RESOURCE + " in this build: make it with `scripts/dyad compile-verbs`");
        return readCompiled(
            new BufferedReader(
                new java.io.InputStreamReader(
                    new java.util.zip.GZIPInputStream(in),
                    java.nio.charset.StandardCharsets.UTF_8)),
            RESOURCE);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** The verb dictionary Dyad ships (compiled from PETRARCH-2's CAMEO.2.0.txt), loaded once. */
  public static VerbDictionary shipped() {
    return Shipped.VERBS;
  }

  public String source() {
    return source;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public Block block(int i) {
    return blocks.get(i);
  }

  public List<Pattern> patterns(int block) {
    return patterns.get(block);
  }

  /**
   * The patterns of a block that may fit a sentence of these words (lower case), in the block's
   * order: those with a word of their anchor among them, and those with no words.
   */
  public List<Pattern> patterns(int block, Set<String> words) {
    List<Pattern> all = patterns.get(block);
    Anchors a = anchors.get(block);
    if (a.byWord().isEmpty()) return all;
    boolean[] take = new boolean[all.size()];
    int count = 0;
    for (int i : a.always()) {
      take[i] = true;
      count++;
    }
    for (String w : words) {
      int[] l = a.byWord().get(w);
      if (l == null) continue;
      for (int i : l) {
        if (!take[i]) count++;
        take[i] = true;
      }
    }
    List<Pattern> out = new ArrayList<>(count);
    for (int i = 0; i < take.length; i++) if (take[i]) out.add(all.get(i));
    return out;
  }

  /** Forms by their first word (lower case), longest first. */
  public List<Form> formsStartingWith(String word) {
    return forms.getOrDefault(word, List.of());
  }

  public Map<String, List<Form>> forms() {
    return forms;
  }

  public int patternCount() {
    return patterns.stream().mapToInt(List::size).sum();
  }

  public int transformations() {
    return transformations;
  }

  // ---------------------------------------------------------------------------------------------
  // The compiled form Dyad ships: one line per block (B), verb form (F) and pattern (P), tab
  // separated; a pattern's elements are separated by " ; ", a tight element starts with "!", its
  // alternatives are separated by "|".

  public void writeCompiled(Writer out) throws IOException {
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      out.write("B\t" + block.name() + "\t" + block.code() + "\n");
      List<Form> own = new ArrayList<>();
      for (List<Form> l : forms.values()) for (Form f : l) if (f.block() == b) own.add(f);
      own.sort(
          java.util.Comparator.comparing((Form f) -> String.join(" ", f.words()))
              .thenComparing(Form::base));
      for (Form f : own)
        out.write(
            "F\t"
                + String.join(" ", f.words())
                + "\t"
                + f.head()
                + "\t"
                + f.code()
                + "\t"
                + f.base()
                + "\n");
      for (Pattern p : patterns.get(b))
        out.write(
            "P\t"
                + p.line()
                + "\t"
                + p.code()
                + "\t"
                + p.text().replace('\t', ' ')
                + "\t"
                + elements(p.before())
                + "\t"
                + elements(p.after())
                + "\n");
    }
  }

  private static String elements(List<Element> elements) {
    StringBuilder b = new StringBuilder();
    for (Element e : elements) {
      if (b.length() > 0) b.append(" ; ");
      if (e.tight()) b.append('!');
      for (int i = 0; i < e.alternatives().size(); i++) {
        if (i > 0) b.append('|');
        b.append(String.join(" ", e.alternatives().get(i)));
      }
    }
    return b.toString();
  }

  private static List<Element> parseElements(String text) {
    List<Element> out = new ArrayList<>();
    if (text.isBlank()) return out;
    for (String e : text.split(" ; ")) {
      boolean tight = e.startsWith("!");
      List<String[]> alternatives = new ArrayList<>();
      for (String a : (tight ? e.substring(1) : e).split("\\|")) alternatives.add(a.split(" "));
      out.add(new Element(alternatives, tight));
    }
    return out;
  }

  /** Reads the compiled form {@link #writeCompiled} wrote. */
  public static VerbDictionary readCompiled(BufferedReader in, String source) throws IOException {
    List<Block> blocks = new ArrayList<>();
    List<List<Pattern>> patterns = new ArrayList<>();
    Map<String, List<Form>> forms = new HashMap<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      switch (c[0]) {
        case "B" -> {
          blocks.add(new Block(c[1], Code.parse(c[2])));
          patterns.add(new ArrayList<>());
        }
        case "F" -> {
          Form f =
              new Form(
                  c[1].split(" "),
                  Integer.parseInt(c[2]),
                  blocks.size() - 1,
                  Code.parse(c[3]),
                  c[4]);
          forms.computeIfAbsent(f.words()[0], k -> new ArrayList<>()).add(f);
        }
        case "P" ->
            patterns
                .get(blocks.size() - 1)
                .add(
                    new Pattern(
                        parseElements(c[4]),
                        parseElements(c[5]),
                        Code.parse(c[2]),
                        c[3],
                        Integer.parseInt(c[1])));
        default -> throw new IOException(source + ":" + n + ": unknown line kind '" + c[0] + "'");
      }
    }
    for (List<Form> l : forms.values()) l.sort((a, b) -> b.words().length - a.words().length);
    return new VerbDictionary(source, blocks, patterns, forms, 0);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  public static VerbDictionary read(BufferedReader in, String source) throws IOException {
    return read(in, source, Integer.MAX_VALUE);
  }

  /**
   * Reads a dictionary whose lines after {@code supplementAfter} are a supplement to it: a verb the
   * supplement names moves from the dictionary's block that had it to the supplement's ("MEDIATE",
   * which CAMEO.2.0.txt has in its COMPROMISE block, 080, is mediation, 045).
   */
  public static VerbDictionary read(BufferedReader in, String source, int supplementAfter)
      throws IOException {
    Reader r = new Reader(source);
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      r.supplement = ++n > supplementAfter;
      r.line(n, line);
    }
    return r.finish();
  }

  private static final class Reader {
    final String source;
    final Map<String, List<String[]>> synsets = new LinkedHashMap<>();
    final Map<String, Boolean> synsetPlurals = new HashMap<>();
    final List<Block> blocks = new ArrayList<>();
    final List<List<Pattern>> patterns = new ArrayList<>();
    final Map<String, List<Form>> forms = new HashMap<>();
    String synset;
    int currentBlock = -1;
    boolean inComment;
    int transformations;
    boolean supplement;

    Reader(String source) {
      this.source = source;
    }

    void line(int n, String raw) throws IOException {
      String line = raw;
      if (inComment) {
        int close = line.indexOf("-->");
        if (close < 0) return;
        line = line.substring(close + 3);
        inComment = false;
      }
      int open = line.indexOf("<!--");
      if (open >= 0) {
        int close = line.indexOf("-->", open);
        if (close < 0) {
          inComment = true;
          line = line.substring(0, open);
        } else {
          line = line.substring(0, open) + line.substring(close + 3);
        }
      }
      int hash = line.indexOf('#');
      String comment = hash >= 0 ? line.substring(hash + 1).trim() : "";
      if (hash >= 0) line = line.substring(0, hash);
      line = line.replace('\t', ' ').strip();
      if (line.isEmpty()) return;
      if (line.startsWith("&")) {
        synset = line.split("\\s+")[0];
        boolean plurals = !synset.endsWith("_");
        synset = trimUnderscore(synset).toUpperCase(Locale.ROOT);
        synsets.put(synset, new ArrayList<>());
        synsetPlurals.put(synset, plurals);
        return;
      }
      // "+" lines right after a synonym set's name are its members; anything else ends the set
      // (inside a verb block, "+MEET_WITH" is a multiword verb).
      if (line.startsWith("+") && synset != null) {
        addSynsetMember(line.substring(1).strip());
        return;
      }
      synset = null;
      if (line.startsWith("---")) {
        String inner = line.replaceAll("^-+", "").replaceAll("-+$", "").strip();
        String code = "---";
        Bracketed bracket = Bracketed.of(inner, inner.indexOf('['), false);
        if (bracket != null) {
          code = bracket.code();
          inner = bracket.rest();
        }
        // a block named again (a supplement read after the dictionary) goes on with that block
        currentBlock = -1;
        for (int b = 0; b < blocks.size(); b++)
          if (blocks.get(b).name().equals(inner)) currentBlock = b;
        if (currentBlock < 0) {
          blocks.add(new Block(inner, Code.parse(code)));
          patterns.add(new ArrayList<>());
          currentBlock = blocks.size() - 1;
        }
        return;
      }
      if (line.startsWith("~")) {
        transformations++;
        return;
      }
      if (blocks.isEmpty()) {
        throw new IOException(source + ":" + n + ": a verb or pattern before any verb block");
      }
      int block = currentBlock;
      if (line.startsWith("-")) {
        Pattern p = pattern(line.substring(1).strip(), n, comment);
        if (p != null) patterns.get(block).add(p);
        return;
      }
      verb(line, block, n);
    }

    void addSynsetMember(String member) {
      List<String[]> alternatives = synsets.get(synset);
      boolean plurals = synsetPlurals.get(synset) && !member.endsWith("_");
      String m = trimUnderscore(member);
      if (m.startsWith("&")) {
        List<String[]> inner = synsets.get(m.split("[ _]")[0].toUpperCase(Locale.ROOT));
        if (inner != null) alternatives.addAll(inner);
        return;
      }
      String[] words = words(m);
      alternatives.add(words);
      if (plurals)
        for (String p : plurals(words[words.length - 1])) alternatives.add(replaceLast(words, p));
    }

    /** A verb line: "WORD", "WORD {FORMS} [code]", "+MEET_WITH {+MET_WITH ...}", "WIRE_+TAP". */
    void verb(String line, int block, int n) throws IOException {
      String codeText = null;
      Bracketed bracket = Bracketed.of(line, line.indexOf('['), true);
      if (bracket != null) {
        codeText = bracket.code();
        line = bracket.rest();
      }
      String irregular = null;
      int lc = line.indexOf('{');
      if (lc >= 0) {
        int rc = line.indexOf('}', lc);
        irregular = line.substring(lc + 1, rc < 0 ? line.length() : rc).strip();
        line = line.substring(0, lc).strip();
      }
      if (line.isEmpty()) return;
      String entry = line.split("\\s+")[0];
      Code code = codeText == null ? blocks.get(block).code() : Code.parse(codeText);
      String base = entry.replace("+", "").replace('_', ' ').toLowerCase(Locale.ROOT);
      List<String> written = new ArrayList<>();
      written.add(entry);
      if (irregular != null && !irregular.isEmpty()) {
        for (String f : irregular.split("\\s+")) written.add(f);
        for (String f : written) addForm(f, block, code, base);
      } else {
        addForm(entry, block, code, base);
        // regular forms of the word marked + (or of the one word)
        String[] parts = entry.split("_");
        int head = 0;
        for (int i = 0; i < parts.length; i++) if (parts[i].startsWith("+")) head = i;
        String verb = parts[head].replace("+", "");
        for (String inflected : inflections(verb)) {
          String[] copy = parts.clone();
          copy[head] = "+" + inflected;
          addForm(String.join("_", copy), block, code, base);
        }
      }
    }

    void addForm(String written, int block, Code code, String base) {
      String[] parts = trimUnderscore(written).split("[_ ]+");
      int head = 0;
      for (int i = 0; i < parts.length; i++) if (parts[i].startsWith("+")) head = i;
      String[] words = new String[parts.length];
      for (int i = 0; i < parts.length; i++)
        words[i] = parts[i].replace("+", "").toLowerCase(Locale.ROOT);
      Form f = new Form(words, head, block, code, base);
      List<Form> list = forms.computeIfAbsent(words[0], k -> new ArrayList<>());
      for (Form g : list) if (g.block() == block && Arrays.equals(g.words(), words)) return;
      if (supplement) list.removeIf(g -> Arrays.equals(g.words(), words));
      list.add(f);
      list.sort((a, b) -> b.words().length - a.words().length);
    }

    Pattern pattern(String text, int n, String comment) {
      String codeText = "---";
      Bracketed bracket = Bracketed.of(text, text.lastIndexOf('['), false);
      if (bracket != null) {
        codeText = bracket.code();
        text = bracket.rest();
      }
      String spaced =
          text.replace("{", " { ").replace("}", " } ").replace("(", " ( ").replace(")", " ) ");
      // "IN_*" and "*_OUT": a word tied to the verb
      spaced = spaced.replace("_*", " _TIGHT_ *").replace("*_", "* _TIGHT_ ");
      String[] tokens = spaced.strip().split("\\s+");
      List<Element> before = new ArrayList<>();
      List<Element> after = new ArrayList<>();
      boolean seenVerb = false;
      boolean tightNext = false;
      for (String t : tokens) {
        if (t.isEmpty()) continue;
        switch (t) {
          case "*" -> {
            seenVerb = true;
            continue;
          }
          case "_TIGHT_" -> {
            tightNext = true;
            if (!seenVerb && !before.isEmpty()) {
              Element last = before.remove(before.size() - 1);
              before.add(new Element(last.alternatives(), true));
              tightNext = false;
            }
            continue;
          }
          // Braces group a noun phrase, parentheses a prepositional phrase: their words are
          // matched in order, like the rest.
          case "{", "}", "(", ")", "$", "+", "^", "%" -> {
            continue;
          }
          default -> {}
        }
        List<String[]> alternatives = alternatives(t);
        if (alternatives.isEmpty())
          return null; // an undefined synset: PETRARCH ignores the pattern
        Element e = new Element(alternatives, tightNext);
        tightNext = false;
        (seenVerb ? after : before).add(e);
      }
      if (!seenVerb) return null;
      return new Pattern(before, after, Code.parse(codeText), "- " + text, n);
    }

    /** A pattern token: WORD, &SYNSET, or words joined by "_" (some may be synsets). */
    List<String[]> alternatives(String token) {
      boolean noPlural = token.endsWith("_");
      String t = trimUnderscore(token);
      if (t.isEmpty()) return List.of();
      String[] parts = t.split("_+");
      List<List<String>> options = new ArrayList<>();
      options.add(new ArrayList<>());
      for (int i = 0; i < parts.length; i++) {
        String p = parts[i];
        List<String[]> choices = new ArrayList<>();
        if (p.startsWith("&")) {
          List<String[]> set = synsets.get(p.toUpperCase(Locale.ROOT));
          if (set == null) return List.of();
          choices.addAll(set);
        } else {
          String w = p.toLowerCase(Locale.ROOT);
          choices.add(new String[] {w});
          if (i == parts.length - 1 && !noPlural)
            for (String pl : plurals(w)) choices.add(new String[] {pl});
        }
        List<List<String>> next = new ArrayList<>();
        for (List<String> o : options)
          for (String[] c : choices) {
            List<String> copy = new ArrayList<>(o);
            for (String w : c) copy.add(w.toLowerCase(Locale.ROOT));
            next.add(copy);
          }
        options = next;
        if (options.size() > 400) options = options.subList(0, 400);
      }
      Set<String> seen = new LinkedHashSet<>();
      List<String[]> out = new ArrayList<>();
      for (List<String> o : options)
        if (seen.add(String.join(" ", o))) out.add(o.toArray(String[]::new));
      return out;
    }

    VerbDictionary finish() {
      return new VerbDictionary(source, blocks, patterns, forms, transformations);
    }
  }

  /**
   * A code in brackets at {@code open} of a line ("--- ASK [020] ---", "ASK [020]", "- * AID
   * [023]"): the code, and the line without it ({@code keepAfter}: with what follows the closing
   * bracket).
   */
  private record Bracketed(String code, String rest) {
    static Bracketed of(String line, int open, boolean keepAfter) {
      if (open < 0) return null;
      int close = line.indexOf(']', open);
      String code = line.substring(open + 1, close < 0 ? line.length() : close);
      String after = keepAfter && close >= 0 ? line.substring(close + 1) : "";
      return new Bracketed(code, (line.substring(0, open) + after).strip());
    }
  }

  static String trimUnderscore(String s) {
    String t = s;
    while (t.endsWith("_")) t = t.substring(0, t.length() - 1);
    while (t.startsWith("_")) t = t.substring(1);
    return t;
  }

  static String[] words(String phrase) {
    String[] parts = phrase.split("[_ ]+");
    for (int i = 0; i < parts.length; i++) parts[i] = parts[i].toLowerCase(Locale.ROOT);
    return parts;
  }

  static String[] replaceLast(String[] words, String last) {
    String[] copy = words.clone();
    copy[copy.length - 1] = last;
    return copy;
  }

  /** Regular plurals as PETRARCH makes them: +S, +ES after SS, Y -> IES. */
  static List<String> plurals(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.isEmpty() || !Character.isLetter(w.charAt(w.length() - 1))) return List.of();
    if (w.endsWith("ss") || w.endsWith("sh") || w.endsWith("ch") || w.endsWith("x"))
      return List.of(w + "es");
    if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2)))
      return List.of(w.substring(0, w.length() - 1) + "ies");
    if (w.endsWith("s")) return List.of();
    return List.of(w + "s");
  }

  /**
   * The regular forms of a verb: third person, past (and participle) and gerund, with a doubled
   * final consonant as well where English may double it ("ban": "banned", "banning").
   */
  static List<String> inflections(String verb) {
    String v = verb.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    if (v.isEmpty()) return out;
    char last = v.charAt(v.length() - 1);
    boolean consonantY = v.endsWith("y") && v.length() > 1 && !isVowel(v.charAt(v.length() - 2));
    // third person
    if (v.endsWith("s")
        || v.endsWith("x")
        || v.endsWith("z")
        || v.endsWith("ch")
        || v.endsWith("sh")
        || v.endsWith("o")) out.add(v + "es");
    else if (consonantY) out.add(v.substring(0, v.length() - 1) + "ies");
    else out.add(v + "s");
    // past
    if (last == 'e') out.add(v + "d");
    else if (consonantY) out.add(v.substring(0, v.length() - 1) + "ied");
    else out.add(v + "ed");
    // gerund
    if (v.endsWith("ie")) out.add(v.substring(0, v.length() - 2) + "ying");
    else if (last == 'e' && !v.endsWith("ee") && v.length() > 2)
      out.add(v.substring(0, v.length() - 1) + "ing");
    else out.add(v + "ing");
    // doubled final consonant after one vowel: "ban", "plan", "commit", "stop"
    if (v.length() >= 3
        && !isVowel(last)
        && "wxy".indexOf(last) < 0
        && isVowel(v.charAt(v.length() - 2))
        && !isVowel(v.charAt(v.length() - 3))) {
      out.add(v + last + "ed");
      out.add(v + last + "ing");
    }
    return out;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}

package org.dyad.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.actors.Agents;
import org.dyad.events.CodedEvent;
import org.dyad.events.EventActor;
import org.dyad.events.EventCoder;
import org.dyad.events.VerbDictionary;

/**
 * Scores Dyad's event coder on PETRARCH-2's unit-test records ({@code PETR.UnitTest.records.xml},
 * 284 sentences of made-up places and persons), with the small dictionaries they come with: their
 * verbs ({@code PETR.Validate.verbs.txt}) in place of CAMEO's, their actors and agents. Actors are
 * found here by the dictionary's phrases (the pipeline's mentions stage is not run): a phrase
 * ending in "_" matches whole words, one without matches a word that starts with it ("ARGENTIN");
 * an agent phrase after an actor in the same noun phrase ("Dagolath's first Deputy Prime Minister")
 * adds its code to the actor's.
 */
public final class PetrarchUnitTests {
  private PetrarchUnitTests() {}

  /** One record: id, category, text, and the events it must give ("source target code"). */
  public record Record(String id, String category, int date, String text, List<String> expected) {}

  /** A score: events expected, found exactly (source, target, code) and by root, extra events. */
  public record Score(
      int records,
      int expected,
      int exact,
      int byRoot,
      int predicted,
      int extra,
      List<String> lines) {}

  private static final Pattern SENTENCE =
      Pattern.compile("<Sentence ([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern DATE = Pattern.compile("\\bdate\\s*=\\s*\"(\\d{8})\"");
  private static final Pattern CATEGORY = Pattern.compile("category\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern CODING =
      Pattern.compile(
          "<EventCoding\\s+sourcecode=\"([^\"]*)\"\\s+targetcode=\"([^\"]*)\"\\s+eventcode=\"([^\"]*)\"");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

  public static List<Record> records(Path xml) throws IOException {
    String all = Files.readString(xml, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
    List<Record> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(all);
    while (m.find()) {
      String body = m.group(2);
      Matcher id = ID.matcher(m.group(1));
      Matcher category = CATEGORY.matcher(m.group(1));
      Matcher date = DATE.matcher(m.group(1));
      Matcher t = TEXT.matcher(body);
      if (!t.find()) continue;
      List<String> expected = new ArrayList<>();
      Matcher c = CODING.matcher(body);
      while (c.find()) expected.add(c.group(1) + " " + c.group(2) + " " + c.group(3));
      out.add(
          new Record(
              id.find() ? id.group(1) : "?",
              category.find() ? category.group(1) : "",
              date.find() ? Integer.parseInt(date.group(1)) : 0,
              t.group(1).strip().replaceAll("\\s+", " "),
              expected));
    }
    return out;
  }

  /**
   * An actor phrase of the test dictionary: its words, whether the last is whole, its code, and the
   * codes it has between two dates ("[HOBGOV 19950601 - 19990815]"), the first that holds winning.
   */
  record Phrase(String[] words, boolean whole, String code, List<Dated> dated) {
    String codeOn(int date) {
      for (Dated d : dated) if (date >= d.from() && date <= d.to()) return d.code();
      return code;
    }
  }

  /** A code that holds from one date to another, both as yyyymmdd and inclusive. */
  record Dated(String code, int from, int to) {}

  private static final Pattern RESTRICTION =
      Pattern.compile(
          "\\[\\s*([^\\s\\]]+)\\s*(?:(<|>)\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?\\s*\\]");

  /** A date of the dictionary: yyyymmdd, or yymmdd of the twentieth century. */
  private static int date(String digits) {
    int d = Integer.parseInt(digits);
    return digits.length() == 6 ? 19_000_000 + d : d;
  }

  static List<Phrase> actorPhrases(Path file) throws IOException {
    // one entry: its names (head and "+" lines), its plain code, its dated codes
    List<Phrase> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    String[] plain = {null};
    List<Dated> dated = new ArrayList<>();
    Runnable flush =
        () -> {
          String code = plain[0] != null ? plain[0] : dated.isEmpty() ? null : dated.get(0).code();
          if (code != null && !code.startsWith("-") || !dated.isEmpty())
            for (String n : names)
              out.add(phrase(n, code == null ? "---" : code, List.copyOf(dated)));
          names.clear();
          plain[0] = null;
          dated.clear();
        };
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String line = raw.replaceAll("<!--.*?-->", "");
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      if (line.isBlank() || line.strip().startsWith("<")) continue;
      String l = line.strip();
      boolean indented = raw.startsWith("\t") || raw.startsWith(" ");
      if (indented || l.startsWith("[")) {
        Matcher r = RESTRICTION.matcher(l);
        if (!r.find()) continue;
        String c = r.group(1).toUpperCase(Locale.ROOT);
        if (r.group(2) != null) {
          int d = date(r.group(3));
          dated.add(
              r.group(2).equals("<") ? new Dated(c, 0, d - 1) : new Dated(c, d + 1, 99_999_999));
        } else if (r.group(4) != null) dated.add(new Dated(c, date(r.group(4)), date(r.group(5))));
        else plain[0] = c;
        continue;
      }
      if (l.startsWith("+")) {
        names.add(l.substring(1).split("\\s*\\[")[0].strip());
        continue;
      }
      flush.run();
      int lb = l.indexOf('[');
      names.add((lb >= 0 ? l.substring(0, lb) : l).strip());
      if (lb >= 0) {
        int rb = l.indexOf(']', lb);
        String c = l.substring(lb + 1, rb < 0 ? l.length() : rb).strip();
        if (!c.isEmpty()) plain[0] = c.toUpperCase(Locale.ROOT);
      }
    }
    flush.run();
    return out;
  }

  private static Phrase phrase(String name, String code, List<Dated> dated) {
    boolean whole = name.endsWith("_");
    String n = name.replaceAll("_+$", "").replace('_', ' ').strip().toLowerCase(Locale.ROOT);
    return new Phrase(n.split("\\s+"), whole, code.toUpperCase(Locale.ROOT), dated);
  }

  static Map<String, String> agentPhrases(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    Map<String, List<String>> macros = new HashMap<>();
    List<String> lines = new ArrayList<>();
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String line = raw.replaceAll("<!--.*?-->", "");
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      line = line.strip();
      Matcher macro = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.*)$").matcher(line);
      if (macro.find()) {
        macros.put(macro.group(1), List.of(macro.group(2).split("\\s*,\\s*")));
        continue;
      }
      // "!MINST!_OF_SILLY_WALKS": one line per word the macro stands for
      Matcher use = Pattern.compile("![A-Z]+!").matcher(line);
      if (use.find() && macros.containsKey(use.group())) {
        for (String w : macros.get(use.group())) lines.add(line.replace(use.group(), w));
      } else lines.add(line);
    }
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("!") || line.startsWith("<")) continue;
      Matcher m = Pattern.compile("^(.*?)\\s*(\\{[^}]*\\})?\\s*\\[~?([A-Z]+)\\]").matcher(line);
      if (!m.find()) continue;
      String name = m.group(1).replace('_', ' ').strip().toLowerCase(Locale.ROOT);
      if (name.contains("!")) continue;
      String code = m.group(3);
      out.put(name, code);
      out.putIfAbsent(name + "s", code);
      if (m.group(2) != null)
        for (String f : m.group(2).replaceAll("[{}]", " ").strip().split("\\s+"))
          if (!f.isEmpty()) out.put(f.replace('_', ' ').toLowerCase(Locale.ROOT), code);
    }
    return out;
  }

  /** The actors of a text: phrases of the dictionary, longest first, then agents after them. */
  static List<EventActor> actors(
      String text, int date, List<Phrase> phrases, Map<String, String> agents) {
    List<int[]> words = new ArrayList<>();
    Matcher w = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'-]*").matcher(text);
    while (w.find()) {
      int e = w.end();
      while (e > w.start() + 1 && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '\'')) e--;
      words.add(new int[] {w.start(), e});
    }
    String[] lower = new String[words.size()];
    for (int i = 0; i < lower.length; i++)
      lower[i] = text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT);
    boolean[] used = new boolean[lower.length];
    List<EventActor> out = new ArrayList<>();
    List<Phrase> sorted = new ArrayList<>(phrases);
    sorted.sort((a, b) -> b.words().length - a.words().length);
    for (int i = 0; i < lower.length; i++) {
      for (Phrase p : sorted) {
        int n = p.words().length;
        if (i + n > lower.length) continue;
        boolean ok = true;
        for (int k = 0; k < n && ok; k++) {
          String word = lower[i + k];
          String want = p.words()[k];
          boolean last = k == n - 1;
          ok =
              last && !p.whole()
                  ? word.startsWith(want)
                  : word.equals(want) || word.equals(want + "'s");
        }
        if (!ok) continue;
        boolean free = true;
        for (int k = i; k < i + n; k++) if (used[k]) free = false;
        if (!free) continue;
        for (int k = i; k < i + n; k++) used[k] = true;
        int begin = words.get(i)[0];
        int end = words.get(i + n - 1)[1];
        String code = p.codeOn(date);
        // an agent after the actor in its noun phrase: "Dagolath's first Deputy Prime Minister"
        for (int j = i + n; j < Math.min(lower.length, i + n + 5); j++) {
          String agent = null;
          int agentEnd = j;
          for (int len = Math.min(4, lower.length - j); len >= 1 && agent == null; len--) {
            agent = agents.get(String.join(" ", java.util.Arrays.copyOfRange(lower, j, j + len)));
            agentEnd = j + len - 1;
          }
          if (agent != null && code.length() == 3) {
            code = code + agent;
            end = words.get(agentEnd)[1];
            for (int k = j; k <= agentEnd; k++) used[k] = true;
            break;
          }
          if (!Character.isUpperCase(text.charAt(words.get(j)[0])) && !lower[j].equals("first"))
            break;
        }
        String country = code.length() >= 3 ? code.substring(0, 3) : code;
        out.add(new EventActor(begin, end, "t:" + code + ":" + begin, p.words()[0], code, country));
        break;
      }
    }
    return oneNounPhrase(text, out);
  }

  /**
   * Two actors of one country with nothing but a space between them are one noun phrase ("Bree
   * Prime Minister Romendacil"), as the pipeline's mentions make them one: the more specific code
   * names it.
   */
  static List<EventActor> oneNounPhrase(String text, List<EventActor> actors) {
    List<EventActor> out = new ArrayList<>();
    for (EventActor a : actors) {
      EventActor last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && text.substring(last.end(), a.begin()).isBlank()
          && (last.code().startsWith(a.code()) || a.code().startsWith(last.code()))) {
        EventActor head = last.code().length() >= a.code().length() ? last : a;
        out.set(
            out.size() - 1,
            new EventActor(
                last.begin(), a.end(), head.actorId(), head.name(), head.code(), head.country()));
      } else out.add(a);
    }
    return out;
  }

  public static Score score(Path dir) throws IOException {
    VerbDictionary verbs;
    try (BufferedReader in =
        new BufferedReader(
            new StringReader(
                Files.readString(
                    dir.resolve("PETR.Validate.verbs.txt"), StandardCharsets.UTF_8)))) {
      verbs = VerbDictionary.read(in, "PETR.Validate.verbs.txt");
    }
    List<Phrase> phrases = actorPhrases(dir.resolve("PETR.Validate.actors.txt"));
    Map<String, String> agentMap = agentPhrases(dir.resolve("PETR.Validate.agents.txt"));
    EventCoder coder = new EventCoder(verbs, Agents.of(agentMap));
    int expected = 0;
    int exact = 0;
    int byRoot = 0;
    int predicted = 0;
    int extra = 0;
    List<String> lines = new ArrayList<>();
    List<Record> records = records(dir.resolve("PETR.UnitTest.records.xml"));
    for (Record r : records) {
      List<EventActor> actors = actors(r.text(), r.date(), phrases, agentMap);
      EventCoder.Result result = coder.code(r.text(), 0, r.text().length(), actors);
      Set<String> got = new LinkedHashSet<>();
      // a compound actor ("THE_SHIRE [FRO/BIL/SAM]") is each of its members
      for (CodedEvent e : result.events())
        for (String source : e.source().code().split("/"))
          for (String target : e.target().code().split("/"))
            got.add(source + " " + target + " " + e.code());
      Set<String> gotRoots = new LinkedHashSet<>();
      for (String g : got) gotRoots.add(rootKey(g));
      Set<String> want = new LinkedHashSet<>(r.expected());
      int hits = 0;
      for (String e : want) {
        if (got.contains(e)) exact++;
        if (gotRoots.contains(rootKey(e))) {
          byRoot++;
          hits++;
        }
      }
      Set<String> wantRoots = new LinkedHashSet<>();
      for (String e : want) wantRoots.add(rootKey(e));
      for (String g : got) if (!wantRoots.contains(rootKey(g))) extra++;
      expected += want.size();
      predicted += got.size();
      lines.add(
          String.format(
              Locale.ROOT,
              "%-14s %-9s %s  want %s  got %s",
              r.id(),
              r.category(),
              hits == want.size() ? "ok  " : "MISS",
              want,
              got));
    }
    return new Score(records.size(), expected, exact, byRoot, predicted, extra, lines);
  }

  private static String rootKey(String event) {
    String[] p = event.split(" ");
    return p[0] + " " + p[1] + " " + (p[2].length() >= 2 ? p[2].substring(0, 2) : p[2]);
  }
}

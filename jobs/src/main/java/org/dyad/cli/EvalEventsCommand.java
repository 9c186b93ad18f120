package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dyad.config.ConfigException;
import org.dyad.eval.EventGold;
import org.dyad.eval.PetrarchUnitTests;
import org.dyad.eval.PloverRecords;
import org.dyad.events.EventCoder;
import org.dyad.events.EventTypes;
import org.dyad.home.DyadHome;
import org.dyad.tables.ActorTables;
import org.dyad.tables.EventTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval-events",
    mixinStandardHelpOptions = true,
    description = {
      "Scores Dyad's event coder on PETRARCH-2's unit-test records with their own small"
          + " dictionaries: the share of their events coded exactly (source, target, code) and by"
          + " root, and the events coded where the records have none. No Spark.",
      "With --gold: scores the events of finished runs (--reports, one or more) against Dyad's"
          + " hand-coded gold set: precision, recall and F1 of (source country, target country,"
          + " quad class), of the root and of the directed pair, direction accuracy on right"
          + " pairs, events on pairs the gold lacks, and the naive baseline beside it (every pair"
          + " of countries named in one sentence, both ways).",
      "  dyad eval-events --gold jobs/src/test/resources/events-gold --reports r1 --reports r2"
    })
final class EvalEventsCommand implements Callable<Integer> {
  @Option(
      names = "--petrarch",
      paramLabel = "DIR",
      description = "Folder of the records (default: ../shared/data/event_coding/petrarch2_tests).")
  Path petrarch;

  @Option(names = "--list", description = "Print every record with what it wants and got.")
  boolean list;

  @Option(
      names = "--plover",
      description =
          "Score on PLOVER's 322 gold records from the CAMEO manual instead"
              + " (../shared/data/event_coding/plover/PLOVER_GSR_CAMEO.txt; the records' own actors"
              + " given): type accuracy, and source/target accuracy apart.")
  boolean plover;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description = "A gold set: DIR/gold.tsv and DIR/parts.tsv (story TAB dev|test).")
  Path gold;

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description = "With --gold: the reports of runs over the gold set's stories (repeatable).")
  List<String> reports = new ArrayList<>();

  @Option(
      names = "--part",
      paramLabel = "P",
      defaultValue = "all",
      description =
          "With --gold: dev, test or all (default: ${DEFAULT-VALUE}); all also prints each.")
  String part;

  @Override
  public Integer call() throws Exception {
    if (gold != null) return scoreGold();
    if (plover) return scorePlover();
    Path dir =
        petrarch != null ? petrarch : DyadHome.sharedData().resolve("event_coding/petrarch2_tests");
    if (!Files.isRegularFile(dir.resolve("PETR.UnitTest.records.xml")))
      throw new ConfigException("--petrarch: no PETR.UnitTest.records.xml in " + dir);
    PetrarchUnitTests.Score s = PetrarchUnitTests.score(dir);
    if (list) s.lines().forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "PETRARCH-2 unit tests: %d records, %d events expected; coded exactly (source, target,"
            + " code) %d (%.3f); with the right root %d (%.3f); %d events coded, %d of them not"
            + " expected%n",
        s.records(),
        s.expected(),
        s.exact(),
        s.expected() == 0 ? 0.0 : (double) s.exact() / s.expected(),
        s.byRoot(),
        s.expected() == 0 ? 0.0 : (double) s.byRoot() / s.expected(),
        s.predicted(),
        s.extra());
    return 0;
  }

  private int scoreGold() throws Exception {
    if (!Files.isRegularFile(gold.resolve("gold.tsv"))
        || !Files.isRegularFile(gold.resolve("parts.tsv")))
      throw new ConfigException("--gold: " + gold + " has no gold.tsv and parts.tsv");
    if (reports.isEmpty())
      throw new ConfigException("--gold: give the reports of a run over its stories (--reports)");
    if (!Set.of("dev", "test", "all").contains(part))
      throw new ConfigException("--part: '" + part + "' is not dev, test or all");
    List<EventGold.Gold> events = EventGold.read(gold.resolve("gold.tsv"));
    Map<String, String> parts = EventGold.parts(gold.resolve("parts.tsv"));
    for (EventGold.Gold g : events)
      if (!parts.containsKey(g.story()))
        throw new ConfigException(
            "--gold: story " + g.story() + " of gold.tsv is not in parts.tsv");
    List<EventGold.Coded> coded = new ArrayList<>();
    Map<String, Map<Integer, Set<String>>> sentenceCountries = new TreeMap<>();
    Set<String> found = new TreeSet<>();
    for (String r : reports) {
      ReportsOptions options = new ReportsOptions();
      options.reports = r;
      options.require(EventTables.EVENTS.name(), ActorTables.MENTIONS.name());
      try (ReportsReader db = new ReportsReader(r)) {
        for (Map<String, Object> row :
            db.rows(
                "select article_id, coalesce(source_code, source_country) as s,"
                    + " coalesce(target_code, target_country) as t, event_code, quad_class from "
                    + db.table(EventTables.EVENTS.name())
                    + " where duplicate_of is null")) {
          String story = story(String.valueOf(row.get("article_id")), parts.keySet());
          if (story == null) continue;
          found.add(story);
          coded.add(
              new EventGold.Coded(
                  story,
                  (String) row.get("s"),
                  (String) row.get("t"),
                  (String) row.get("event_code"),
                  ((Number) row.get("quad_class")).intValue()));
        }
        for (Map<String, Object> row :
            db.rows(
                "select article_id, sentence, country from "
                    + db.table(ActorTables.MENTIONS.name())
                    + " where country is not null and entity_type <> 'location'")) {
          String story = story(String.valueOf(row.get("article_id")), parts.keySet());
          if (story == null) continue;
          found.add(story);
          sentenceCountries
              .computeIfAbsent(story, k -> new TreeMap<>())
              .computeIfAbsent(((Number) row.get("sentence")).intValue(), k -> new TreeSet<>())
              .add((String) row.get("country"));
        }
      }
    }
    Set<String> missing = new TreeSet<>(parts.keySet());
    missing.removeAll(found);
    if (!missing.isEmpty())
      System.err.println(
          "[dyad] eval-events  stories of the gold set not in these reports (no mention): "
              + missing);
    List<EventGold.Coded> baseline = EventGold.baseline(sentenceCountries);
    List<String> which = part.equals("all") ? List.of("dev", "test", "all") : List.of(part);
    if (list) {
      Set<String> stories = stories(parts, part);
      System.out.println("Dyad:");
      EventGold.listing(events, coded, stories).forEach(System.out::println);
    }
    for (String p : which) {
      Set<String> stories = stories(parts, p);
      long n = events.stream().filter(g -> stories.contains(g.story())).count();
      EventGold.Score d = EventGold.score(events, coded, stories);
      EventGold.Score b = EventGold.score(events, baseline, stories);
      System.out.printf(Locale.ROOT, "%s: %d stories, %d gold events%n", p, stories.size(), n);
      System.out.println("  Dyad      (source, target, quad)  " + d.quad());
      System.out.println("  Dyad      (source, target, root)  " + d.root());
      System.out.println("  Dyad      (source, target)        " + d.pair());
      System.out.printf(
          Locale.ROOT,
          "  Dyad      direction right on right pairs %d of %d (%.3f); coded on pairs the gold"
              + " lacks: %d of %d%n",
          d.rightDirection(),
          d.rightPairs(),
          d.directionAccuracy(),
          d.spurious(),
          d.coded());
      System.out.println("  baseline  (source, target, quad)  " + b.quad());
      System.out.println("  baseline  (source, target)        " + b.pair());
    }
    return 0;
  }

  private static Set<String> stories(Map<String, String> parts, String part) {
    Set<String> out = new TreeSet<>();
    parts.forEach(
        (s, p) -> {
          if (part.equals("all") || part.equals(p)) out.add(s);
        });
    return out;
  }

  /** The gold story an article is: its id, or its id followed by "-" and a hash (seed-000-...). */
  private static String story(String articleId, Set<String> stories) {
    if (stories.contains(articleId)) return articleId;
    for (String s : stories) if (articleId.startsWith(s + "-")) return s;
    return null;
  }

  private int scorePlover() throws Exception {
    Path file = DyadHome.sharedData().resolve("event_coding/plover/PLOVER_GSR_CAMEO.txt");
    if (!Files.isRegularFile(file)) throw new ConfigException("--plover: no " + file);
    PloverRecords.Score s =
        PloverRecords.score(PloverRecords.read(file), EventCoder.shipped(), EventTypes.shipped());
    if (list) s.lines().forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "PLOVER gold records (CAMEO manual examples, their actors given): %d records; an event of"
            + " the record's type %d (%.3f); any event %d (%.3f); of the %d with both sides and the"
            + " right type, source and target right %d (%.3f)%n",
        s.records(),
        s.rightType(),
        (double) s.rightType() / Math.max(1, s.records()),
        s.anyEvent(),
        (double) s.anyEvent() / Math.max(1, s.records()),
        s.withBothSides(),
        s.rightSides(),
        (double) s.rightSides() / Math.max(1, s.withBothSides()));
    return 0;
  }
}

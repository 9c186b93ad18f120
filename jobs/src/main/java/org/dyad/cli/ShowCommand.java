package org.dyad.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.config.ConfigException;
import org.dyad.relations.Occurrences;
import org.dyad.tables.ActorTables;
import org.dyad.tables.EventTables;
import org.dyad.tables.RelationTables;
import org.dyad.tables.TopicTables;
import org.dyad.trends.Trend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the reports of a run in the terminal: dyads, actors or topics, as an aligned table"
          + " (fitted to the terminal), CSV or JSON.",
      "  dyad show dyads --period 1987-W16 --trend rising      the rising dyads of a week, with"
          + " evidence",
      "  dyad show dyads --pair Japan,\"United States\"          one pair's history",
      "  dyad show dyads --actor Iran                          Iran's partners, period by period",
      "  dyad show actors [--period P] [--actor A]             the actors most in the news (or one"
          + " actor's activity)",
      "  dyad show actors --article reuters-123                one article's actors, with the names"
          + " it uses",
      "  dyad show topics [--period P] [--actor A]             topics, a period's movers, or an"
          + " actor's topics",
      "  dyad show topics --trend rising                       the rising topics of every period",
      "  dyad show events --pair USA,IRN --level country        who did what to whom, both ways,"
          + " with the sentence",
      "  dyad show escalation [--period P] [--level country]   the dyads turning toward conflict"
          + " (or away from it), with the strongest act each way",
      "Actors are given by id (IRN, person:mike-pompeo) or name (any case); an unknown one is"
          + " reported with the closest names.",
      "The reports are read in this process with DuckDB (no Spark): an answer takes about a second."
    })
final class ShowCommand implements Callable<Integer> {
  enum What {
    dyads,
    actors,
    topics,
    events,
    escalation
  }

  @Mixin ReportsOptions reports;

  @Option(
      names = {"-v", "--verbose"},
      description = "Stack traces of errors.")
  boolean verbose;

  @Parameters(index = "0", paramLabel = "WHAT", description = "${COMPLETION-CANDIDATES}")
  What what;

  @Option(
      names = "--period",
      paramLabel = "P",
      description = "Only this period (e.g. 1987-W16, 2019-05, undated).")
  String period;

  @Option(
      names = "--actor",
      paramLabel = "A",
      description = "Only rows of this actor (id or name).")
  String actor;

  @Option(
      names = "--pair",
      paramLabel = "A,B",
      description = "dyads: one pair's history (ids or names, comma-separated).")
  String pair;

  @Option(
      names = "--trend",
      paramLabel = "T",
      description =
          "dyads, actors: only this trend (${COMPLETION-CANDIDATES}); ordered by z-score.")
  Trend trend;

  @Option(
      names = "--level",
      paramLabel = "L",
      defaultValue = "actor",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Occurrences.Level level;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Rows per period (dyads, a period's actors and topics) or in all (default:"
              + " ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--format",
      paramLabel = "F",
      defaultValue = "table",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  TextTable.Format format;

  @Option(
      names = "--article",
      paramLabel = "ID",
      description = "actors: the actors of one article, with the names it calls them by.")
  String article;

  @Option(
      names = "--keep-affiliations",
      description = "dyads: keep the pairs of an actor and its own country or organisation.")
  boolean keepAffiliations;

  @Override
  public Integer call() {
    if (limit < 1)
      throw new ConfigException("--limit: " + limit + " is not a positive number of rows");
    String[] ab = pair == null ? null : pair.split(",");
    if (ab != null && (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank())) {
      throw new ConfigException(
          "--pair: '" + pair + "' is not two actors separated by a comma, e.g. USA,IRN");
    }
    if (pair != null && what != What.dyads && what != What.events)
      throw new ConfigException(
          "--pair: only `dyad show dyads` and `dyad show events` take a pair");
    if (article != null && what != What.actors)
      throw new ConfigException("--article: only `dyad show actors` takes an article");
    boolean country = level == Occurrences.Level.COUNTRY;
    List<String> tables = new ArrayList<>(List.of(ActorTables.ACTORS.name()));
    switch (what) {
      case dyads ->
          tables.add(
              (country ? RelationTables.COUNTRY_RELATIONSHIPS : RelationTables.ACTOR_RELATIONSHIPS)
                  .name());
      case actors ->
          tables.add(
              article != null
                  ? ActorTables.MENTIONS.name()
                  : (country ? RelationTables.COUNTRY_ACTIVITY : RelationTables.ACTOR_ACTIVITY)
                      .name());
      case events -> tables.add(EventTables.EVENTS.name());
      case escalation ->
          tables.add(
              (country ? RelationTables.COUNTRY_RELATIONSHIPS : RelationTables.ACTOR_RELATIONSHIPS)
                  .name());
      case topics ->
          tables.addAll(
              List.of(
                  TopicTables.TOPICS.name(),
                  TopicTables.TOPIC_TRENDS.name(),
                  TopicTables.TOPIC_MOVERS.name(),
                  TopicTables.ACTOR_TOPICS.name()));
    }
    reports.require(tables.toArray(String[]::new));
    try (ReportsReader db = new ReportsReader(reports.reports)) {
      String actorId = actor == null ? null : ActorNames.resolve(db, actor);
      String[] pairIds =
          ab == null
              ? null
              : new String[] {ActorNames.resolve(db, ab[0]), ActorNames.resolve(db, ab[1])};
      if (period != null) checkPeriod(db);
      ShowQueries queries =
          new ShowQueries(db, reports, period, trend, limit, keepAffiliations, article);
      ShowQueries.Result r =
          switch (what) {
            case dyads -> queries.dyads(country, actorId, pairIds);
            case actors -> queries.actors(country, actorId);
            case topics -> queries.topics(actorId);
            case events -> queries.events(country, actorId, pairIds);
            case escalation -> queries.escalation(country, actorId);
          };
      if (r.rows().isEmpty() && format == TextTable.Format.TABLE) {
        System.out.println("No rows: no " + what + " match " + filters() + ".");
      } else {
        System.out.print(
            TextTable.render(r.headers(), r.rows(), format, terminalWidth(), r.numeric()));
      }
      return 0;
    }
  }

  /** The filters given, as a reader would say them. */
  private String filters() {
    List<String> f = new ArrayList<>();
    if (period != null) f.add("period " + period);
    if (trend != null) f.add("trend " + trend);
    if (actor != null) f.add("actor " + actor);
    if (pair != null) f.add("pair " + pair);
    if (article != null) f.add("article " + article);
    return f.isEmpty() ? "in these reports" : String.join(", ", f);
  }

  static int terminalWidth() {
    try {
      int w = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "120").strip());
      return Math.max(60, w);
    } catch (NumberFormatException e) {
      return 120;
    }
  }

  /**
   * A period the reports do not have is an error listing the periods they have. The periods are the
   * run's (every period with an article: actor_activity), not one table's: a period in which no
   * topic moved is a period, whose answer is "no rows".
   */
  private void checkPeriod(ReportsReader db) {
    String activity = db.table(RelationTables.ACTOR_ACTIVITY.name());
    if (!new File(reports.table(RelationTables.ACTOR_ACTIVITY.name())).isDirectory()) return;
    List<String> ps = db.strings("select distinct period from " + activity + " order by period");
    if (!ps.contains(period)) {
      throw new ConfigException(
          "--period: no period '"
              + period
              + "' in these reports; its periods: "
              + String.join(", ", ps));
    }
  }
}

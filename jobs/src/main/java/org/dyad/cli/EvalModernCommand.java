package org.dyad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dyad.config.ConfigException;
import org.dyad.eval.ModernActorEval;
import org.dyad.tables.ActorTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "eval-modern",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the actors of a run on the modern test set: gold actors found, split persons and"
          + " organisations, role accuracy, names that must not be actors and junk names.",
      "Run `dyad run --input jobs/src/test/resources/modern-news/articles.jsonl -o DIR` first"
          + " (scripts/eval-modern does both)."
    })
final class EvalModernCommand implements Callable<Integer> {
  @Mixin SparkOptions sparkOptions;
  @Mixin ReportsOptions reports;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      required = true,
      description = "Gold actors: article, name, type, CAMEO code (tab-separated).")
  Path gold;

  @Override
  public Integer call() throws Exception {
    if (!gold.toFile().isFile()) throw new ConfigException("--gold: " + gold + " is not a file");
    reports.require(ActorTables.MENTIONS.name());
    SparkSession spark = sparkOptions.start("eval-modern", 0);
    try {
      ModernActorEval.Result r = ModernActorEval.evaluate(spark, reports.reports, gold);
      System.out.printf(
          Locale.ROOT,
          "%-8s %-30s %-10s %-10s %s%n",
          "article",
          "person or organisation",
          "gold",
          "dyad",
          "actors");
      List<ModernActorEval.PersonResult> rows = new ArrayList<>(r.people());
      rows.addAll(r.organisations());
      for (ModernActorEval.PersonResult p : rows) {
        String mark =
            !p.found()
                ? "MISSED"
                : p.split() ? "SPLIT" : !p.scored() || p.roleRight() ? "" : "ROLE";
        System.out.printf(
            Locale.ROOT,
            "%-8s %-30.30s %-10s %-10s %s %s%n",
            p.gold().article(),
            p.gold().name(),
            p.gold().code().isEmpty() ? "(any)" : p.gold().code(),
            p.code() == null ? "-" : p.code(),
            p.actors(),
            mark);
      }
      System.out.printf(
          Locale.ROOT,
          "%nactors found %d of %d; persons %d: found %d, split %d, role accuracy %.3f (%d of"
              + " %d)%n",
          r.foundActors(),
          r.goldActors(),
          r.people().size(),
          r.found(),
          r.split(),
          r.roleAccuracy(),
          r.rolesRight(),
          r.rolesScored());
      System.out.printf(
          Locale.ROOT,
          "organisations %d: split %d, roles right %d of %d%n",
          r.organisations().size(),
          r.organisationsSplit(),
          r.organisationRolesRight(),
          r.organisationRolesScored());
      System.out.printf(
          Locale.ROOT,
          "names that must not be actors (news agencies cited, datelines, words): %d of %d are"
              + " %s%n",
          r.noneViolations().size(),
          r.noneRows(),
          r.noneViolations());
      System.out.printf(Locale.ROOT, "junk names: %d %s%n", r.junk().size(), r.junk());
      System.out.printf(Locale.ROOT, "gold actors not found: %s%n", r.missedActors());
      return 0;
    } finally {
      spark.stop();
    }
  }
}

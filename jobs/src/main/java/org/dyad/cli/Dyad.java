package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.config.ConfigException;
import org.dyad.config.CorpusFormat;
import org.dyad.config.NerMode;
import org.dyad.ingest.EpochUnit;
import org.dyad.pipeline.RunManifest;
import org.dyad.progress.Errors;
import org.dyad.relations.CooccurrenceWindow;
import org.dyad.relations.Occurrences;
import org.dyad.run.ExitCodes;
import org.dyad.topics.TopicMethod;
import org.dyad.trends.Period;
import org.dyad.trends.Trend;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command line: a thin layer over the jobs. Exit statuses: {@link ExitCodes}. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    versionProvider = Dyad.Version.class,
    description = "Actor relationships over time from news corpora, as Parquet reports.",
    footer = {
      "",
      "Exit status: 0 done; 2 a bad option or configuration (nothing was run); 3 nothing usable was"
          + " read;",
      "4 a stage failed (published reports untouched; the failed run's manifest is kept in"
          + " <output>/_staging/)."
    },
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      CompileActorsCommand.class,
      CompileVerbsCommand.class,
      TrainNerCommand.class,
      TrainPosCommand.class,
      TrainNerTaggerCommand.class,
      EvalNerCommand.class,
      EvalEventsCommand.class,
      BenchCoderCommand.class,
      EvalActorsCommand.class,
      EvalModernCommand.class,
      AuditActorsCommand.class,
      EvalTopicsCommand.class,
      ShowCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Dyad implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * No command: the usage, on stderr, and the status of a usage error (it exited 0, as if something
   * had run).
   */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("dyad: no command given (e.g. `dyad run`)");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  public static CommandLine commandLine() {
    CommandLine cmd =
        new CommandLine(new Dyad())
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setParameterExceptionHandler(Dyad::badUsage)
            .setExecutionExceptionHandler(Dyad::failed);
    return EnumConverter.registerAll(
        cmd,
        CorpusFormat.class,
        NerMode.class,
        CooccurrenceWindow.class,
        Period.class,
        TopicMethod.class,
        Occurrences.Level.class,
        Trend.class,
        EpochUnit.class);
  }

  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * A bad option: the problem, a suggestion where picocli has one, and where the help is; no usage
   * dump.
   */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(name(cmd) + ": " + message(e));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run `" + name(cmd) + " --help` for the options.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * Picocli's message, but for unknown options, where it called every word after one an option
   * ("Unknown options: '--windw', 'sentence'"): the unknown option, and the words that follow it as
   * what they are.
   */
  static String message(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && !u.getUnmatched().isEmpty()
        && u.getUnmatched().get(0).startsWith("-")) {
      List<String> unmatched = u.getUnmatched();
      List<String> options = unmatched.stream().filter(a -> a.startsWith("-")).toList();
      List<String> values = unmatched.stream().filter(a -> !a.startsWith("-")).toList();
      return (options.size() == 1 ? "unknown option " : "unknown options ")
          + String.join(", ", options)
          + (values.isEmpty()
              ? ""
              : " (and the word"
                  + (values.size() == 1 ? " " : "s ")
                  + String.join(", ", values)
                  + " after it)");
    }
    return e.getMessage();
  }

  /**
   * A configuration that cannot run is a usage error (2); anything else that escapes a command is a
   * failure (4).
   */
  private static int failed(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof ConfigException c) {
      for (String problem : c.problems()) err.println(name(cmd) + ": " + problem);
      err.println("Run `" + name(cmd) + " --help` for the options.");
      err.flush();
      return ExitCodes.USAGE;
    }
    err.println(name(cmd) + ": failed: " + Errors.describe(e));
    if (verbose(parsed)) e.printStackTrace(err);
    else err.println("(--verbose shows the stack trace)");
    err.flush();
    return ExitCodes.STAGE_FAILED;
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) return true;
    }
    return false;
  }

  private static String name(CommandLine cmd) {
    return cmd.getCommandSpec().qualifiedName();
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      var v = RunManifest.versions();
      return new String[] {
        "dyad " + v.get("dyad") + " (Spark " + v.get("spark") + ", Java " + v.get("java") + ")"
      };
    }
  }
}

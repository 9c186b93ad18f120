package org.dyad.cli;

import org.dyad.run.RunManifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command line: a thin layer over the jobs. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    versionProvider = Dyad.Version.class,
    description = "Actor relationships over time from news corpora, as Parquet reports.",
    subcommands = {
      RunCommand.class, IngestCommand.class, CompileActorsCommand.class, TrainNerCommand.class, EvalNerCommand.class,
      EvalActorsCommand.class, EvalTopicsCommand.class, ListActorsCommand.class, ShowDyadsCommand.class, ShowTopicsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Dyad implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static int execute(String... args) {
    return new CommandLine(new Dyad())
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              if (e instanceof IllegalArgumentException || e instanceof java.io.FileNotFoundException) {
                cmd.getErr().println("dyad: " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
              }
              throw e;
            })
        .execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      var v = RunManifest.versions();
      return new String[] {"dyad " + v.get("dyad") + " (Spark " + v.get("spark") + ", Java " + v.get("java") + ")"};
    }
  }
}

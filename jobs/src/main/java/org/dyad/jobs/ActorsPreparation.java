package org.dyad.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.dyad.actors.ActorDictionary;
import org.dyad.config.ActorsConfig;
import org.dyad.events.EventCoder;
import org.dyad.events.VerbDictionary;
import org.dyad.mentions.NlpPipelines;
import org.dyad.tagger.ShippedTagger;

/**
 * The shared text pipeline, the dictionary matcher and the NER model (and, last, the event coder's
 * dictionaries and part-of-speech tagger, about a second of loading that the events stage then does
 * not wait for), prepared in a background thread of the driver: the run starts it before ingestion,
 * which it overlaps (both are mostly driver work: on one Reuters file they took 4.5 and 2.6 s, a
 * tenth of the run, while ingestion left the cores idle between its small jobs). A failure is
 * raised when the actors stage asks for the result, as it would have been there before.
 */
public final class ActorsPreparation implements AutoCloseable {
  /** The compiled dictionary and its fitted matcher pipeline; seconds: the time compiling took. */
  public record Dictionary(ActorDictionary dictionary, PipelineModel matcher, double seconds) {}

  /** The NER model (none with --ner none); seconds: the time loading took. */
  public record Ner(Optional<NerModels.NerModel> model, double seconds) {}

  private final ExecutorService thread;
  private final CompletableFuture<Dictionary> dictionary;
  private final CompletableFuture<Ner> ner;

  private final CompletableFuture<NlpPipelines.Text> text;

  private ActorsPreparation(SparkSession spark, ActorsConfig config) {
    thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "dyad-prepare-actors");
              t.setDaemon(true);
              return t;
            });
    // The shared text pipeline first (its fit is the JVM's first Spark job, about 2 s of warm-up
    // on one core).
    text = CompletableFuture.supplyAsync(() -> NlpPipelines.text(spark), thread);
    dictionary =
        CompletableFuture.supplyAsync(
            () -> {
              long started = System.nanoTime();
              try {
                ActorDictionary d =
                    ActorDictionary.load(config.files, spark.sparkContext().hadoopConfiguration());
                return new Dictionary(
                    d,
                    NlpPipelines.dictionary(text.join(), d),
                    (System.nanoTime() - started) / 1e9);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            thread);
    ner =
        CompletableFuture.supplyAsync(
            () -> {
              long started = System.nanoTime();
              try {
                return new Ner(
                    NerModels.resolve(config, text.join()), (System.nanoTime() - started) / 1e9);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            thread);
    // Loaded once per JVM: in local mode the events stage's tasks find them loaded. Only when the
    // build has them: a build without leaves the events stage to say so.
    thread.execute(
        () -> {
          if (ShippedTagger.available()
              && VerbDictionary.class.getResource(VerbDictionary.RESOURCE) != null) {
            EventCoder.shipped();
            ShippedTagger.pos();
          }
        });
  }

  /** Starts preparing now: the text pipeline, then the dictionary matcher and the NER model. */
  public static ActorsPreparation start(SparkSession spark, ActorsConfig config) {
    return new ActorsPreparation(spark, config);
  }

  /** The shared text pipeline (document, sentences, tokens) every stage that reads text uses. */
  public NlpPipelines.Text text() throws IOException {
    return join(text);
  }

  Dictionary dictionary() throws IOException {
    return join(dictionary);
  }

  Ner ner() throws IOException {
    return join(ner);
  }

  private static <T> T join(CompletableFuture<T> future) throws IOException {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) throw io.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw e;
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  /**
   * ", compiled in 4.1 s during ingestion" when most of the work was done before the stage waited
   * for it.
   */
  static String beforehand(double workSeconds, double waitedSeconds) {
    return workSeconds - waitedSeconds >= 0.1
        ? String.format(Locale.ROOT, " (%.1f s of work, done during ingestion)", workSeconds)
        : "";
  }
}

package org.dyad;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.dyad.mentions.NlpPipelines;
import org.dyad.spark.SparkSessions;

/** The one local SparkSession all tests share (surefire runs every test class in one JVM). */
public final class SparkTestSession {
  private SparkTestSession() {}

  private static SparkSession spark;
  private static NlpPipelines.Text text;

  public static synchronized SparkSession get() {
    if (spark == null) {
      spark =
          SparkSessions.create(
              "dyad-tests",
              "local[2]",
              Map.of(
                  "spark.ui.enabled", "false",
                  "spark.sql.shuffle.partitions", "4",
                  "spark.driver.host", "127.0.0.1"));
      Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
    }
    return spark;
  }

  /** Dyad's text pipeline (document, sentences, tokens), fitted once for all tests. */
  public static synchronized NlpPipelines.Text text() {
    if (text == null) text = NlpPipelines.text(get());
    return text;
  }
}

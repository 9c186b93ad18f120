package org.dyad.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The versions a run is made with (Dyad, Spark, Spark NLP, Java): in the manifest and the
 * fingerprints.
 */
public final class Versions {
  private Versions() {}

  public static Map<String, String> all() {
    Map<String, String> v = new LinkedHashMap<>();
    Properties p = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/org/dyad/version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException ignored) {
      // versions are informative; a missing file leaves them out
    }
    v.put("dyad", p.getProperty("dyad.version", "unknown"));
    v.put("spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
    v.put("spark_nlp_built_with", p.getProperty("spark-nlp.version", "unknown"));
    v.put("java", System.getProperty("java.version"));
    return v;
  }
}

package org.dyad.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.io.IOException;

/**
 * A run's configuration: what the command line sets, or a JSON file given with --config (command-line
 * options override it). Unknown keys are an error, so a typo never passes silently. The run manifest
 * records the effective configuration.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class DyadConfig {
  /** Where the tables and the run manifest are published. */
  public String output = "reports";

  public IngestConfig ingest = new IngestConfig();

  public ActorsConfig actors = new ActorsConfig();

  public RelationsConfig relations = new RelationsConfig();

  public TopicsConfig topics = new TopicsConfig();

  public static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  public static DyadConfig load(File file) {
    try {
      DyadConfig config = JSON.readValue(file, DyadConfig.class);
      if (config.ingest == null) config.ingest = new IngestConfig();
      if (config.actors == null) config.actors = new ActorsConfig();
      if (config.relations == null) config.relations = new RelationsConfig();
      if (config.topics == null) config.topics = new TopicsConfig();
      return config;
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read config " + file + ": " + e.getMessage(), e);
    }
  }
}

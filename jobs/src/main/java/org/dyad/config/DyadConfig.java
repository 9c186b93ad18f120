package org.dyad.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A run's configuration: what the command line sets, or a JSON file given with --config
 * (command-line options override it). Unknown keys are an error, so a typo never passes silently;
 * enumerated settings take their lower-case names. {@link #validate} checks the whole of it, paths
 * included, before Spark starts. The run manifest records the effective configuration.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public final class DyadConfig {
  /** Where the tables and the run manifest are published. */
  public String output = "reports";

  public IngestConfig ingest = new IngestConfig();

  public ActorsConfig actors = new ActorsConfig();

  public TrendsConfig trends = new TrendsConfig();

  public RelationsConfig relations = new RelationsConfig();

  public TopicsConfig topics = new TopicsConfig();

  /**
   * Add the input to the reports already in the output folder instead of replacing them: files read
   * before are skipped, articles annotated before are not annotated again (org.dyad.run.Append).
   */
  public boolean append = false;

  /**
   * With {@link #append}: fit the topic model and decide the actor merges again over all of the
   * input, instead of applying those of the reports appended to.
   */
  public boolean refit = false;

  /**
   * Reports whose fitted models (the topic model, the actor merges' decisions) this run uses
   * instead of fitting its own: a run over all of the input given them gives the rows an append run
   * with those models gives. Null: the run fits its own.
   */
  public String modelsFrom = null;

  /** The stages a command runs, in order: each includes the ones before it. */
  public enum Scope {
    INGEST,
    ACTORS,
    RELATIONS
  }

  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT)
          // Enumerated settings are written and read by their lower-case names (toString), in any
          // case.
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
          .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();

  /**
   * Reads a configuration file; a missing file, bad JSON, an unknown key or a bad value is a {@link
   * ConfigException}.
   */
  public static DyadConfig load(File file) {
    if (!file.isFile()) throw new ConfigException("--config: " + file + " is not a file");
    try {
      DyadConfig config = JSON.readValue(file, DyadConfig.class);
      if (config.ingest == null) config.ingest = new IngestConfig();
      if (config.actors == null) config.actors = new ActorsConfig();
      if (config.trends == null) config.trends = new TrendsConfig();
      if (config.relations == null) config.relations = new RelationsConfig();
      if (config.topics == null) config.topics = new TopicsConfig();
      return config;
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(
          "--config "
              + file
              + ": unknown key '"
              + path(e)
              + "'; known keys here: "
              + e.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    } catch (InvalidFormatException e) {
      String accepted =
          e.getTargetType() != null && e.getTargetType().isEnum()
              ? "; accepted: "
                  + Arrays.stream(e.getTargetType().getEnumConstants())
                      .map(String::valueOf)
                      .collect(Collectors.joining(", "))
              : "";
      throw new ConfigException(
          "--config " + file + ": '" + path(e) + "' cannot be '" + e.getValue() + "'" + accepted);
    } catch (JsonProcessingException e) {
      throw new ConfigException("--config " + file + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException("--config " + file + ": cannot read it: " + e.getMessage());
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  /**
   * Checks everything a run of the given scope will use, before any of it runs: option values and
   * their ranges, inputs that exist, an output that can be written, actor files that parse, an NER
   * model that is there. Every problem is reported at once.
   *
   * @throws ConfigException listing the problems
   */
  public DyadConfig validate(Scope scope) {
    Problems p = new Problems();
    p.require(output != null && !output.isBlank(), "--output: no folder given");
    if (output != null && !output.isBlank())
      LocalPaths.requireWritableFolder(p, "--output", output);
    if (ingest == null) p.add("ingest: no value");
    else {
      ingest.validate(p);
      if (output != null && !output.isBlank() && ingest.inputs != null) {
        for (String input : ingest.inputs)
          if (input != null && !input.isBlank()) LocalPaths.requireApart(p, input, output);
      }
    }
    if (scope != Scope.INGEST) {
      if (actors == null) p.add("actors: no value");
      else actors.validate(p);
    }
    if (scope == Scope.RELATIONS) {
      if (trends == null) p.add("trends: no value");
      else trends.validate(p);
      if (relations == null) p.add("relations: no value");
      else relations.validate(p);
      if (topics == null) p.add("topics: no value");
      else if (topics.enabled) topics.validate(p);
    }
    if (refit && !append)
      p.add("--refit: only an --append run keeps models to refit; every other run fits its own");
    if (modelsFrom != null) {
      if (modelsFrom.isBlank()) p.add("--models-from: no folder given");
      else if (append)
        p.add(
            "--models-from: an --append run uses the models of the reports it adds to; give one"
                + " of the two");
      else if (refit) p.add("--models-from and --refit: give one of the two");
      else LocalPaths.requireExists(p, "--models-from", modelsFrom);
    }
    // An append run checks the reports it adds to (a local read of their manifest).
    if (append && output != null && !output.isBlank() && ingest != null)
      AppendCheck.beforeSpark(this).forEach(p::add);
    p.throwIfAny();
    return this;
  }

  /** A deep copy, through JSON. */
  public DyadConfig copy() {
    return JSON.convertValue(this, DyadConfig.class);
  }
}

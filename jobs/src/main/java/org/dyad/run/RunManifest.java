package org.dyad.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.dyad.config.DyadConfig;
import org.dyad.ingest.IngestResult;
import org.dyad.ingest.InputFile;
import org.dyad.ingest.RejectReason;
import org.dyad.tables.Tables;

/** {@code _manifest.json}: what a run read, wrote and counted, with its configuration and timings. */
public final class RunManifest {
  /** Longer file lists are cut to this many entries in the manifest. */
  static final int MAX_LISTED_FILES = 1000;

  private final Map<String, Object> root = new LinkedHashMap<>();

  public RunManifest(String runId, String command, Instant started, DyadConfig config) {
    root.put("manifest_version", 1);
    root.put("run_id", runId);
    root.put("command", command);
    root.put("status", "running");
    root.put("started", started.toString());
    root.put("versions", versions());
    root.put("config", config);
  }

  public RunManifest ingest(IngestResult r, Map<String, String> tablePaths) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    Map<String, Long> filesByFormat = new TreeMap<>();
    long bytes = 0;
    List<Map<String, Object>> files = new ArrayList<>();
    for (InputFile f : r.listing().files()) {
      if (f.start != 0) continue;
      filesByFormat.merge(f.format.code, 1L, Long::sum);
      bytes += f.length;
      if (files.size() < MAX_LISTED_FILES) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", f.displayPath);
        file.put("format", f.format.code);
        file.put("bytes", f.length);
        if (f.sidecar != null) file.put("sidecar", f.sidecar);
        files.add(file);
      }
    }
    inputs.put("files", filesByFormat.values().stream().mapToLong(Long::longValue).sum());
    inputs.put("bytes", bytes);
    inputs.put("files_by_format", filesByFormat);
    inputs.put("file_list", files);
    inputs.put("file_list_truncated", files.size() < filesByFormat.values().stream().mapToLong(Long::longValue).sum());
    List<Map<String, String>> skipped = new ArrayList<>();
    r.listing().skipped().forEach(s -> skipped.add(Map.of("path", s.path(), "reason", s.reason())));
    inputs.put("skipped", skipped);
    root.put("inputs", inputs);

    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("read", r.read());
    counts.put("accepted", r.accepted());
    counts.put("rejected", r.rejected());
    counts.put("identity", "read = accepted + rejected; accepted = articles + exact_duplicates");
    counts.put("identity_holds", r.accountedFor());
    counts.put("read_by_format", r.readByFormat());
    counts.put("rejected_by_reason", r.rejectedByReason());
    counts.put("articles", r.articles());
    counts.put("exact_duplicates", r.exactDuplicates());
    counts.put("near_duplicates", r.nearDuplicates());
    counts.put("stories", r.articles() - r.nearDuplicates());
    counts.put("undated", r.undated());
    root.put("counts", counts);

    Map<String, String> reasons = new LinkedHashMap<>();
    for (RejectReason reason : RejectReason.values()) reasons.put(reason.code, reason.description);
    root.put("reject_reasons", reasons);

    root.put("tables", new LinkedHashMap<String, Object>());
    Map<String, Long> rows =
        Map.of(
            Tables.ARTICLES, r.articles(),
            Tables.REJECTS, r.rejected(),
            Tables.ARTICLE_COPIES, r.exactDuplicates());
    tablePaths.forEach(
        (name, path) -> {
          if (rows.containsKey(name)) table(name, path, rows.get(name), null);
        });
    return this;
  }

  public RunManifest actors(org.dyad.jobs.ActorsJob.Result r, Map<String, String> tablePaths) {
    Map<String, Object> actors = new LinkedHashMap<>();
    actors.put("ner", r.ner());
    actors.put("articles", r.articles());
    actors.put("mentions", r.mentions());
    actors.put("mentions_by_source", r.mentionsBySource());
    actors.put("tokens", r.tokens());
    actors.put("actors", r.actors());
    root.put("actors", actors);
    table(Tables.MENTIONS, tablePaths.get(Tables.MENTIONS), r.mentions(), Tables.Col.MONTH);
    table(Tables.ACTORS, tablePaths.get(Tables.ACTORS), r.actors(), null);
    return this;
  }

  public RunManifest relations(org.dyad.jobs.RelationshipsJob.Result r, Map<String, String> tablePaths) {
    Map<String, Object> relations = new LinkedHashMap<>();
    relations.put("periods", r.periods());
    relations.put("undated_stories", r.undatedStories());
    relations.put("rows", r.rows());
    root.put("relations", relations);
    r.rows().forEach((name, rows) -> table(name, tablePaths.get(name), rows, Tables.Col.PERIOD));
    return this;
  }

  /** A table's entry under "tables": path, rows, schema version and its partition column (null: none). */
  private void table(String name, String path, long rows, String partition) {
    @SuppressWarnings("unchecked")
    Map<String, Object> tables = (Map<String, Object>) root.get("tables");
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("path", path);
    t.put("rows", rows);
    t.put("schema_version", Tables.SCHEMA_VERSION);
    if (partition != null) t.put("partitioned_by", List.of(partition));
    tables.put(name, t);
  }

  public RunManifest topics(org.dyad.jobs.TopicsJob.Result r, Map<String, String> tablePaths) {
    Map<String, Object> topics = new LinkedHashMap<>();
    topics.put("k", r.k());
    topics.put("vocabulary", r.vocabulary());
    topics.put("stories_fitted", r.fitted());
    topics.put("articles_without_terms", r.withoutTerms());
    if (r.note() != null) topics.put("note", r.note());
    topics.put("rows", r.rows());
    root.put("topics", topics);
    r.rows().forEach(
        (name, rows) ->
            table(name, tablePaths.get(name), rows, name.equals(Tables.TOPICS) ? null : name.equals(Tables.ARTICLE_TOPICS) ? Tables.Col.MONTH : Tables.Col.PERIOD));
    return this;
  }

  public RunManifest finish(String status, Progress progress, String error) {
    root.put("status", status);
    root.put("finished", Instant.now().toString());
    root.put("seconds", Math.round(progress.elapsedSeconds() * 1000) / 1000.0);
    root.put("stages", progress.stages());
    if (error != null) root.put("error", error);
    return this;
  }

  public String toJson() {
    try {
      return DyadConfig.JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Map<String, String> versions() {
    Map<String, String> v = new LinkedHashMap<>();
    Properties p = new Properties();
    try (InputStream in = RunManifest.class.getResourceAsStream("/org/dyad/version.properties")) {
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

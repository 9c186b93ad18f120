package org.dyad.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.config.DyadConfig;
import org.dyad.ingest.IngestResult;
import org.dyad.ingest.InputFile;
import org.dyad.ingest.RejectReason;
import org.dyad.jobs.ActorsJob;
import org.dyad.jobs.ArticleIsolation;
import org.dyad.jobs.EventsJob;
import org.dyad.jobs.RelationshipsJob;
import org.dyad.jobs.TopicsJob;
import org.dyad.progress.Progress;
import org.dyad.run.Append;
import org.dyad.run.RunOutput;
import org.dyad.run.Versions;
import org.dyad.tables.Table;

/**
 * {@code _manifest.json}: what a run read, wrote and counted, with its configuration and timings.
 */
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

  /** The "append" section: whether the run adds to earlier reports, and to which run's. */
  public RunManifest append(Append.Previous previous, boolean requested) {
    Map<String, Object> append = new LinkedHashMap<>();
    append.put("mode", previous != null ? "append" : "full");
    if (requested && previous == null)
      append.put("note", "--append with no reports in the output folder: all of the input read");
    if (previous != null) append.put("previous_run", previous.runId());
    root.put(Append.MANIFEST_KEY, append);
    return this;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> appendSection() {
    return (Map<String, Object>)
        root.computeIfAbsent(Append.MANIFEST_KEY, k -> new LinkedHashMap<String, Object>());
  }

  public RunManifest ingest(IngestResult r, RunOutput out) {
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
    inputs.put(
        "file_list_truncated",
        files.size() < filesByFormat.values().stream().mapToLong(Long::longValue).sum());
    List<Map<String, String>> skipped = new ArrayList<>();
    r.listing().skipped().forEach(s -> skipped.add(Map.of("path", s.path(), "reason", s.reason())));
    inputs.put("skipped", skipped);
    inputs.put("files_without_records", r.fileNotes().withoutRecords());
    List<Map<String, String>> encodings = new ArrayList<>();
    r.fileNotes()
        .encodingsDetected()
        .forEach((path, charset) -> encodings.add(Map.of("path", path, "encoding", charset)));
    inputs.put("encodings_detected", encodings);
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
    if (r.increment() != null) {
      IngestResult.Increment i = r.increment();
      Map<String, Object> append = appendSection();
      append.put("files_already_read", i.filesAlreadyRead());
      append.put("files_read_again", i.filesReread());
      append.put("earlier_records", i.earlierRecords());
      append.put("records_replaced", i.replacedRecords());
      append.put("read", i.read());
      append.put("accepted", i.accepted());
      append.put("rejected", i.rejected());
      append.put(
          "identity",
          "read = accepted + rejected (this run's records); counts above: all records the reports"
              + " hold = earlier_records + read");
      append.put("identity_holds", i.accountedFor() && r.read() == i.earlierRecords() + i.read());
    }

    Map<String, String> reasons = new LinkedHashMap<>();
    for (RejectReason reason : RejectReason.values()) reasons.put(reason.code, reason.description);
    root.put("reject_reasons", reasons);

    root.put("tables", new LinkedHashMap<String, Object>());
    tables(r.written(), out);
    return this;
  }

  public RunManifest actors(ActorsJob.Result r, RunOutput out) {
    Map<String, Object> actors = new LinkedHashMap<>();
    actors.put("ner", r.ner());
    actors.put("articles", r.articles());
    actors.put("mentions", r.mentions());
    actors.put("mentions_by_source", r.mentionsBySource());
    actors.put("tokens", r.tokens());
    actors.put("actors", r.actors());
    actors.put("articles_reused", r.reused());
    actors.put("annotator_failures", r.failures().size());
    List<Map<String, String>> failed = new ArrayList<>();
    for (ArticleIsolation.Failure f : r.failures()) {
      Map<String, String> one = new LinkedHashMap<>();
      one.put("article_id", f.articleId());
      one.put("error", f.error());
      failed.add(one);
    }
    actors.put("annotator_failed_articles", failed);
    root.put("actors", actors);
    appendSection().put(Append.FINGERPRINT_KEY, r.annotationFingerprint());
    tables(r.written(), out);
    return this;
  }

  public RunManifest events(EventsJob.Result r, RunOutput out) {
    Map<String, Object> events = new LinkedHashMap<>();
    events.put("events", r.written().values().stream().mapToLong(Long::longValue).sum());
    events.put("sentences_naming_an_actor", r.candidates());
    events.put("sentences_by_outcome", r.sentences());
    root.put("events", events);
    tables(r.written(), out);
    return this;
  }

  public RunManifest relations(RelationshipsJob.Result r, RunOutput out) {
    Map<String, Object> relations = new LinkedHashMap<>();
    relations.put("periods", r.periods());
    relations.put("undated_stories", r.undatedStories());
    relations.put("rows", byName(r.rows()));
    root.put("relations", relations);
    tables(r.rows(), out);
    return this;
  }

  /** The trained models the run used: role, name, file, SHA-256 and when each was trained. */
  public RunManifest models(List<ModelCards.Used> used) {
    List<Map<String, Object>> models = new ArrayList<>();
    for (ModelCards.Used u : used) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("role", u.role());
      m.put("name", u.name());
      m.put("file", u.file());
      m.put("sha256", u.sha256());
      m.put("trained", u.trained());
      models.add(m);
    }
    root.put("models", models);
    return this;
  }

  public RunManifest topics(TopicsJob.Result r, RunOutput out) {
    Map<String, Object> topics = new LinkedHashMap<>();
    topics.put("k", r.k());
    topics.put("vocabulary", r.vocabulary());
    topics.put("stories_fitted", r.fitted());
    topics.put("articles_without_terms", r.withoutTerms());
    if (r.note() != null) topics.put("note", r.note());
    topics.put("rows", byName(r.rows()));
    topics.put("articles_reused", r.reused());
    if (r.model() != null) {
      // Which model placed the articles: fitted by this run, or kept from an earlier one.
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("fitted", r.model().kept() ? "kept" : "this run");
      model.put("fitted_by_run", r.model().fittedByRun());
      model.put("fitted_at", r.model().fittedAt());
      model.put("stories", r.fitted());
      if (r.model().from() != null) model.put("from", r.model().from());
      topics.put("model", model);
    }
    root.put("topics", topics);
    appendSection().put(Append.TOPIC_FINGERPRINT_KEY, r.topicTextFingerprint());
    tables(r.rows(), out);
    return this;
  }

  /** The tables a run wrote, in the order written. */
  public List<Table> tables() {
    return List.copyOf(written);
  }

  private final List<Table> written = new ArrayList<>();

  /**
   * Entries under "tables": where each is published, its rows, its schema version and its partition
   * column.
   */
  private void tables(Map<Table, Long> rows, RunOutput out) {
    @SuppressWarnings("unchecked")
    Map<String, Object> tables = (Map<String, Object>) root.get("tables");
    rows.forEach(
        (table, n) -> {
          Map<String, Object> t = new LinkedHashMap<>();
          t.put("path", out.publishedPath(table));
          t.put("rows", n);
          t.put("schema_version", table.version());
          if (table.partitionColumn() != null)
            t.put("partitioned_by", List.of(table.partitionColumn()));
          tables.put(table.name(), t);
          if (!written.contains(table)) written.add(table);
        });
  }

  private static Map<String, Long> byName(Map<Table, Long> rows) {
    Map<String, Long> m = new LinkedHashMap<>();
    rows.forEach((t, n) -> m.put(t.name(), n));
    return m;
  }

  /** The stage a failed run failed in. */
  public RunManifest failedStage(String stage) {
    root.put("failed_stage", stage);
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
    return Versions.all();
  }
}

package org.dyad.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.dyad.tables.StateTables;
import org.dyad.tables.Table;
import org.dyad.tables.Tables;

/**
 * {@code run --append}: adds new input to published reports. The run reads only the input files it
 * has not read before (or that changed since: size or modification time), takes the records of the
 * earlier runs from {@link StateTables#RECORDS}, and computes every table again over all of them,
 * reusing the sentences and mentions of every article already annotated ({@link
 * StateTables#MENTIONS}: same id, date and text, and the same {@link
 * Fingerprints#annotationFingerprint}). The per-article work, which is most of a run (the NER and
 * dictionary pass), is paid for the new articles only; what depends on the corpus as a whole (ids
 * and copies, near-duplicates, the merge of single names, topics, statistics and trends) is
 * computed again, so that the reports are row for row those of one run over all of the input.
 */
public final class Append {
  private Append() {}

  /**
   * The reports an append run adds to: the published manifest's run, its configuration and
   * fingerprint.
   */
  public record Previous(
      String runId,
      String command,
      JsonNode config,
      String annotationFingerprint,
      String topicTextFingerprint,
      String output) {
    /** Where a published table of these reports is. */
    public String path(Table table) {
      return new Path(output, table.name()).toString();
    }
  }

  /** The manifest's key for what an append run needs to know of the run that made the reports. */
  public static final String MANIFEST_KEY = "append";

  public static final String FINGERPRINT_KEY = "annotation_fingerprint";

  public static final String TOPIC_FINGERPRINT_KEY = "topic_text_fingerprint";

  /**
   * The published reports in the output folder, or null when there are none yet.
   *
   * @throws IOException when the manifest cannot be read
   */
  public static Previous previous(Configuration conf, String output) throws IOException {
    Path root = new Path(output);
    FileSystem fs = root.getFileSystem(conf);
    Path manifest = new Path(root, Tables.MANIFEST_FILE);
    if (!fs.exists(manifest)) return null;
    JsonNode m;
    try (InputStream in = fs.open(manifest)) {
      m = new ObjectMapper().readTree(in);
    }
    JsonNode append = m.path(MANIFEST_KEY);
    return new Previous(
        m.path("run_id").asText(null),
        m.path("command").asText(null),
        m.path("config"),
        append.path(FINGERPRINT_KEY).asText(null),
        append.path(TOPIC_FINGERPRINT_KEY).asText(null),
        fs.makeQualified(root).toString());
  }
}

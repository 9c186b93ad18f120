package org.dyad.ner;

import static org.apache.spark.sql.functions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.home.DyadHome;
import org.dyad.ingest.CorpusReader;
import org.dyad.ingest.FieldMapping;
import org.dyad.ingest.InputFiles;
import org.dyad.ingest.InputFormat;
import org.dyad.ingest.ReaderSettings;
import org.dyad.tables.Col;

/**
 * Where NER training finds its data: ../shared/data beside the Dyad checkout, unless told
 * otherwise.
 */
public final class NerCorpus {
  private NerCorpus() {}

  public static Path sharedData() {
    return DyadHome.sharedData();
  }

  public static Path conllTrain() {
    return sharedData().resolve("conll2003/eng.train");
  }

  public static Path conllValidation() {
    return sharedData().resolve("conll2003/eng.testa");
  }

  public static Path reuters() {
    return sharedData().resolve("reuters21578");
  }

  public static boolean available() {
    return Files.isRegularFile(conllTrain()) && Files.isRegularFile(conllValidation());
  }

  /**
   * The text of a Reuters-21578 folder (for embeddings), read by Dyad's own SGML reader; null when
   * absent.
   */
  public static Dataset<Row> reutersText(SparkSession spark, Path folder) throws IOException {
    if (folder == null || !Files.isDirectory(folder)) return null;
    InputFiles.Listing listing =
        InputFiles.list(
            spark.sparkContext().hadoopConfiguration(),
            List.of(folder.toString()),
            InputFormat.REUTERS,
            Long.MAX_VALUE,
            null);
    if (listing.files().isEmpty()) return null;
    return CorpusReader.read(
            spark, listing.files(), new ReaderSettings(FieldMapping.of(Map.of()), null, 1_000_000))
        .where(col(Col.REASON).isNull().and(col(Col.TEXT).isNotNull()))
        .select(col(Col.TEXT));
  }
}

package org.dyad.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.dyad.ingest.InputFile;
import org.dyad.ingest.InputFiles;
import org.dyad.tables.StateTables;

/**
 * The input files of a run, by what an append run does with them.
 *
 * @param toRead the files this run reads: all of them, or for an append run those not read before
 *     or changed since
 * @param alreadyRead files skipped: read by an earlier run, with the same size and modification
 *     time
 * @param reread the display paths (the records' source_file) of files read again because they
 *     changed
 * @param all every file read so far, as {@link StateTables#FILES} holds them (this run's and the
 *     earlier runs')
 */
public record AppendInputs(
    InputFiles.Listing toRead, int alreadyRead, List<String> reread, Dataset<Row> all) {
  /**
   * @param previous the reports an append run adds to, or null: every listed file is read
   */
  public static AppendInputs select(
      SparkSession spark, InputFiles.Listing listing, Append.Previous previous) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Map<String, Row> stamps = new LinkedHashMap<>();
    for (InputFile f : listing.files()) {
      if (stamps.containsKey(f.path)) continue;
      Path path = new Path(f.path);
      long modified = path.getFileSystem(conf).getFileStatus(path).getModificationTime();
      stamps.put(f.path, RowFactory.create(f.path, f.displayPath, f.length, modified));
    }
    if (previous == null) {
      return new AppendInputs(
          listing,
          0,
          List.of(),
          spark.createDataFrame(new ArrayList<>(stamps.values()), StateTables.FILES.schema()));
    }
    Dataset<Row> earlier = spark.read().parquet(previous.path(StateTables.FILES));
    Map<String, Row> before = new HashMap<>();
    for (Row r : earlier.collectAsList()) before.put(r.getAs(StateTables.PATH), r);
    List<InputFile> fresh = new ArrayList<>();
    Set<String> same = new TreeSet<>();
    List<String> reread = new ArrayList<>();
    for (InputFile f : listing.files()) {
      Row was = before.get(f.path);
      Row now =
          stamps.get(f.path); // made here, without a schema: path, display path, bytes, modified
      if (was != null
          && was.<Long>getAs(StateTables.BYTES) == now.getLong(2)
          && was.<Long>getAs(StateTables.MODIFIED) == now.getLong(3)) {
        same.add(f.path);
        continue;
      }
      if (was != null && !reread.contains(was.<String>getAs(StateTables.DISPLAY_PATH)))
        reread.add(was.getAs(StateTables.DISPLAY_PATH));
      fresh.add(f);
    }
    same.forEach(stamps::remove);
    Dataset<Row> read =
        spark.createDataFrame(new ArrayList<>(stamps.values()), StateTables.FILES.schema());
    Dataset<Row> all =
        read.unionByName(
            earlier.join(
                read.select(StateTables.PATH), new String[] {StateTables.PATH}, "left_anti"));
    return new AppendInputs(
        new InputFiles.Listing(fresh, listing.skipped()), same.size(), List.copyOf(reread), all);
  }
}

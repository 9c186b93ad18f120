package org.dyad.topics;

import static org.dyad.tables.StateTables.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.dyad.tables.StateTables;
import scala.collection.JavaConverters;

/**
 * A fitted {@code clusters} topic model as a run keeps it ({@link StateTables#TOPIC_MODEL}): the
 * vocabulary, IDF weights, LSA basis, cluster centres, softmax temperature, ranked topic terms and
 * the surface words the topics are shown with (so their labels stay), with the settings fingerprint
 * it was fitted under and the run that fitted it. An append run places its new articles with the
 * model of the reports it extends; a run with {@code --models-from} takes it from other reports.
 * Read back, it gives every article the distribution the fitting run gave it.
 */
public record KeptModel(
    String fingerprint,
    String fittedByRun,
    String fittedAt,
    TopicModel.Clusters model,
    Map<String, String> surface) {

  /** The row of {@link StateTables#TOPIC_MODEL} for this model. */
  public Dataset<Row> toTable(SparkSession spark) {
    List<Row> topics = new ArrayList<>();
    for (TopicModel.TopTerms t : model.topics()) {
      topics.add(RowFactory.create(boxed(t.indices()), boxed(t.weights())));
    }
    double[][] basis = model.basis() == null ? null : model.basis().value();
    Row row =
        RowFactory.create(
            model.method().toString(),
            fingerprint,
            fittedByRun,
            fittedAt,
            model.documents(),
            List.of(model.terms()),
            boxed(model.idf().value()),
            basis == null ? null : rows(basis),
            rows(model.centres().value()),
            model.softness(),
            topics,
            new TreeMap<>(surface)
                .entrySet().stream()
                    .map(e -> RowFactory.create(e.getKey(), e.getValue()))
                    .toList());
    return spark.createDataFrame(List.of(row), TOPIC_MODEL.schema());
  }

  /**
   * The model kept in the reports at {@code reports}, or null when they keep none (topics off, too
   * few stories, the LDA method, or reports made by an older Dyad).
   */
  public static KeptModel read(SparkSession spark, String reports) throws IOException {
    Path path = new Path(reports, TOPIC_MODEL.name());
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (!fs.exists(path)) return null;
    List<Row> rows =
        spark.read().schema(TOPIC_MODEL.schema()).parquet(path.toString()).collectAsList();
    if (rows.size() != 1) return null;
    Row r = rows.get(0);
    if (!TopicMethod.CLUSTERS.toString().equals(r.getAs(METHOD))) return null;
    String[] vocabulary = r.<String>getList(r.fieldIndex(VOCABULARY)).toArray(String[]::new);
    List<TopicModel.TopTerms> topics = new ArrayList<>();
    for (Row t : r.<Row>getList(r.fieldIndex(TOPIC_TERMS_RANKED))) {
      topics.add(
          new TopicModel.TopTerms(
              t.<Integer>getList(0).stream().mapToInt(Integer::intValue).toArray(),
              doubles(t.getList(1))));
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int b = r.fieldIndex(BASIS);
    TopicModel.Clusters model =
        new TopicModel.Clusters(
            TopicModel.vocabulary(vocabulary),
            sc.broadcast(doubles(r.getList(r.fieldIndex(IDF)))),
            r.isNullAt(b) ? null : sc.broadcast(matrix(r.getList(b))),
            sc.broadcast(matrix(r.getList(r.fieldIndex(CENTRES)))),
            r.getDouble(r.fieldIndex(SOFTNESS)),
            topics,
            r.getLong(r.fieldIndex(STORIES)));
    Map<String, String> surface = new HashMap<>();
    for (Row w : r.<Row>getList(r.fieldIndex(SURFACE_WORDS)))
      surface.put(w.getString(0), w.getString(1));
    return new KeptModel(
        r.getAs(FINGERPRINT), r.getAs(FITTED_BY_RUN), r.getAs(FITTED_AT), model, surface);
  }

  private static List<Integer> boxed(int[] a) {
    List<Integer> l = new ArrayList<>(a.length);
    for (int x : a) l.add(x);
    return l;
  }

  private static List<Double> boxed(double[] a) {
    List<Double> l = new ArrayList<>(a.length);
    for (double x : a) l.add(x);
    return l;
  }

  private static List<List<Double>> rows(double[][] m) {
    List<List<Double>> l = new ArrayList<>(m.length);
    for (double[] row : m) l.add(boxed(row));
    return l;
  }

  /** A Parquet array of doubles as Spark gives it: a Java list at the top, a Scala one inside. */
  private static double[] doubles(Object array) {
    List<?> l =
        array instanceof List<?> list
            ? list
            : JavaConverters.seqAsJavaList((scala.collection.Seq<?>) array);
    double[] a = new double[l.size()];
    for (int i = 0; i < a.length; i++) a[i] = (Double) l.get(i);
    return a;
  }

  private static double[][] matrix(List<?> rows) {
    double[][] m = new double[rows.size()][];
    for (int i = 0; i < m.length; i++) m[i] = doubles(rows.get(i));
    return m;
  }
}

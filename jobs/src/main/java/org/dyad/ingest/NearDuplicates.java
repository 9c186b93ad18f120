package org.dyad.ingest;

import static org.apache.spark.sql.functions.*;

import java.io.Serializable;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSH$;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.dyad.tables.Col;
import org.dyad.text.TextNormalizer;
import scala.Tuple2;

/**
 * Marks near-duplicates: syndicated copies of a story with small edits. Each article (title and
 * text) becomes a set of word shingles; the title keeps apart templated notices that differ only in
 * whose they are ("X sets quarterly dividend"); Spark ML's MinHashLSH gives it {@code bands x rows}
 * MinHash values; articles that agree on all values of any band are candidates (the banding trick,
 * which keeps unrelated pairs out of the comparison), and a candidate pair is a near-duplicate when
 * the exact Jaccard similarity of the two shingle sets reaches the threshold. Each near-duplicate
 * gets {@code duplicate_of}: the earliest (published, then article id) article of its group,
 * following chains of copies to their start, and {@code duplicate_similarity}: its similarity to
 * the earlier copy it matched best.
 */
public final class NearDuplicates {
  private NearDuplicates() {}

  public record Settings(
      double threshold, int shingleWords, int bands, int rows, int minShingles, long seed)
      implements Serializable {
    public Settings {
      if (threshold <= 0 || threshold > 1)
        throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
      if (shingleWords < 1 || bands < 1 || rows < 1 || minShingles < 1) {
        throw new IllegalArgumentException(
            "shingleWords, bands, rows and minShingles must be positive");
      }
    }
  }

  /** Number of hashed shingle features; collisions at 2^22 are too rare to move a similarity. */
  private static final int FEATURES = 1 << 22;

  private static final UserDefinedFunction NORMALIZE =
      udf((UDF1<String, String>) TextNormalizer::normalize, DataTypes.StringType);

  private static final UserDefinedFunction JACCARD =
      udf((UDF2<Vector, Vector, Double>) NearDuplicates::jaccard, DataTypes.DoubleType);

  /**
   * @param articles unique articles (exact copies already folded) with article_id, text, published
   */
  public static Dataset<Row> mark(Dataset<Row> articles, Settings s) {
    Dataset<Row> shingled =
        new NGram()
            .setN(s.shingleWords())
            .setInputCol("_words")
            .setOutputCol("_shingles")
            .transform(
                articles
                    .select(col(Col.ARTICLE_ID), col(Col.PUBLISHED), col(Col.TITLE), col(Col.TEXT))
                    .withColumn(
                        "_words",
                        split(NORMALIZE.apply(concat_ws(" ", col(Col.TITLE), col(Col.TEXT))), " ")))
            .where(size(array_distinct(col("_shingles"))).geq(s.minShingles()));
    Dataset<Row> features =
        new HashingTF()
            .setBinary(true)
            .setNumFeatures(FEATURES)
            .setInputCol("_shingles")
            .setOutputCol("_features")
            .transform(shingled)
            .select(col(Col.ARTICLE_ID), orderKey().as("_order"), col("_features"));

    MinHashLSHModel lsh =
        new MinHashLSH()
            .setNumHashTables(s.bands() * s.rows())
            .setSeed(s.seed())
            .setInputCol("_features")
            .setOutputCol("_hashes")
            .fit(features);
    // MinHashLSH's own coefficients (from the seed), applied here with primitive arithmetic:
    // Spark's
    // transform boxes every shingle of every one of the bands x rows hash functions (most of this
    // stage's
    // time on Reuters). The values are the same: min over shingles i of ((1 + i) * a + b) mod its
    // prime.
    long[][] coefficients = coefficients(lsh);
    int rows = s.rows();
    UserDefinedFunction bandKeys =
        udf(
            (UDF1<Vector, long[]>)
                v -> bandKeys(minHashes(((SparseVector) v).indices(), coefficients), rows),
            DataTypes.createArrayType(DataTypes.LongType));
    Dataset<Row> hashed = features.persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> buckets =
        hashed.select(
            col(Col.ARTICLE_ID),
            col("_order"),
            explode(bandKeys.apply(col("_features"))).as("_bucket"));

    // Pairs first, as ids only; the shingle sets join in once per distinct pair.
    Dataset<Row> pairs =
        buckets
            .as("a")
            .join(
                buckets.as("b"),
                col("a._bucket").equalTo(col("b._bucket")).and(col("a._order").lt(col("b._order"))))
            .select(
                col("a." + Col.ARTICLE_ID).as("_original"),
                col("a._order").as("_original_order"),
                col("b." + Col.ARTICLE_ID).as("_copy"))
            .dropDuplicates("_original", "_copy");
    Dataset<Row> vectors = hashed.select(col(Col.ARTICLE_ID), col("_features"));
    Dataset<Row> matches =
        pairs
            .join(
                vectors
                    .withColumnRenamed(Col.ARTICLE_ID, "_original")
                    .withColumnRenamed("_features", "_fa"),
                "_original")
            .join(
                vectors
                    .withColumnRenamed(Col.ARTICLE_ID, "_copy")
                    .withColumnRenamed("_features", "_fb"),
                "_copy")
            .withColumn("_similarity", JACCARD.apply(col("_fa"), col("_fb")))
            .where(col("_similarity").geq(s.threshold()));

    // The earliest matched original of each copy, then follow chains to the first article of the
    // story.
    Dataset<Row> pointers =
        matches
            .groupBy("_copy")
            .agg(
                min(struct(col("_original_order"), col("_original")))
                    .getField("_original")
                    .as("_original"),
                max(col("_similarity")).as("_similarity"));
    Dataset<Row> roots = followToRoots(pointers);
    hashed.unpersist();

    return articles.join(
        roots.select(
            col("_copy").as(Col.ARTICLE_ID),
            col("_original").as(Col.DUPLICATE_OF),
            col("_similarity").as(Col.DUPLICATE_SIMILARITY)),
        Col.ARTICLE_ID,
        "left");
  }

  /**
   * Sorts articles by publication (undated last), then id: the earlier of two copies is the
   * original.
   */
  static Column orderKey() {
    return struct(
        coalesce(unix_micros(col(Col.PUBLISHED)), lit(Long.MAX_VALUE)).as("t"),
        col(Col.ARTICLE_ID).as("id"));
  }

  private static final int MAX_CHAIN_STEPS = 64;

  private static Dataset<Row> followToRoots(Dataset<Row> pointers) {
    Dataset<Row> current = pointers.persist(StorageLevel.MEMORY_AND_DISK());
    for (int step = 0; step < MAX_CHAIN_STEPS; step++) {
      Dataset<Row> next =
          current
              .as("p")
              .join(current.as("q"), col("p._original").equalTo(col("q._copy")), "left")
              .select(
                  col("p._copy").as("_copy"),
                  coalesce(col("q._original"), col("p._original")).as("_original"),
                  col("p._similarity").as("_similarity"),
                  col("q._copy").isNotNull().as("_moved"))
              .persist(StorageLevel.MEMORY_AND_DISK());
      boolean moved = !next.where(col("_moved")).isEmpty();
      current.unpersist();
      current = next.drop("_moved");
      if (!moved) return current;
    }
    throw new IllegalStateException("near-duplicate chains longer than 2^" + MAX_CHAIN_STEPS);
  }

  /** The (a, b) of each of the model's hash functions. */
  static long[][] coefficients(MinHashLSHModel lsh) {
    Tuple2<Object, Object>[] pairs = lsh.randCoefficients();
    long[][] out = new long[pairs.length][];
    for (int k = 0; k < pairs.length; k++)
      out[k] = new long[] {(Integer) pairs[k]._1(), (Integer) pairs[k]._2()};
    return out;
  }

  /**
   * MinHashLSHModel's hash values of a set of indices: per function (a, b), min of ((1 + i) * a +
   * b) mod prime.
   */
  static double[] minHashes(int[] indices, long[][] coefficients) {
    long prime = MinHashLSH$.MODULE$.HASH_PRIME();
    double[] out = new double[coefficients.length];
    for (int k = 0; k < coefficients.length; k++) {
      long a = coefficients[k][0];
      long b = coefficients[k][1];
      long min = Long.MAX_VALUE;
      for (int i : indices) min = Math.min(min, ((1L + i) * a + b) % prime);
      out[k] = min;
    }
    return out;
  }

  /**
   * One key per band: a hash of the band's MinHash values and its index, so bands never collide by
   * design.
   */
  static long[] bandKeys(double[] hashes, int rows) {
    int n = hashes.length;
    long[] keys = new long[n / rows];
    for (int band = 0; band < keys.length; band++) {
      long h = 0x9E3779B97F4A7C15L * (band + 1);
      for (int r = 0; r < rows; r++) {
        h = mix(h ^ Double.doubleToLongBits(hashes[band * rows + r]));
      }
      keys[band] = h;
    }
    return keys;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Exact Jaccard similarity of two binary feature vectors (sets of hashed shingles). */
  static double jaccard(Vector a, Vector b) {
    int[] x = ((SparseVector) a).indices();
    int[] y = ((SparseVector) b).indices();
    int i = 0, j = 0, both = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        both++;
        i++;
        j++;
      } else if (x[i] < y[j]) i++;
      else j++;
    }
    int union = x.length + y.length - both;
    return union == 0 ? 0 : (double) both / union;
  }
}

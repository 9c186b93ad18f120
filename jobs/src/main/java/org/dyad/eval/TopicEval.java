package org.dyad.eval;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.dyad.mentions.NlpPipelines;
import org.dyad.tables.Col;
import org.dyad.topics.TopicModel;
import org.dyad.topics.TopicSettings;
import org.dyad.topics.TopicText;
import org.dyad.trends.Period;

/**
 * Topic quality on Reuters-21578 against its TOPICS labels, for Dyad's topic model and, on the same
 * stories, the plain Spark ML LDA baseline the issue measured (RegexTokenizer, Spark's English stop
 * words, CountVectorizer 10k terms minDF 5, LDA k=20 online 50 iterations, seed 1).
 *
 * <ul>
 *   <li>NMI (arithmetic-mean normalization) between dominant topic and gold label, on the stories
 *       with exactly one TOPICS label;
 *   <li>mean NPMI of each topic's top 10 terms, by document co-occurrence over the stories the
 *       model saw (a pair never seen together scores -1);
 *   <li>the share of stories in the largest topic;
 *   <li>per gold label, the topic with the best F1 (on single-label stories), and whether another
 *       label has the same best topic;
 *   <li>per gold label, the Pearson correlation over ISO weeks between the share of stories whose
 *       dominant topic is the label's best topic and the share of stories carrying the label, over
 *       weeks with at least {@link #MIN_WEEK_STORIES} stories.
 * </ul>
 */
public final class TopicEval {
  private TopicEval() {}

  public static final List<String> LABELS =
      List.of("crude", "grain", "trade", "money-fx", "interest", "acq", "earn", "ship");
  static final int MIN_WEEK_STORIES = 50;
  static final int NPMI_TERMS = 10;

  public record LabelScore(
      String label, int topic, String topicTerms, double f1, String sharedWith, double pearson) {}

  public record Score(
      String model,
      int k,
      long stories,
      long scored,
      double nmi,
      double meanNpmi,
      double largestShare,
      List<LabelScore> labels,
      double seconds) {}

  /** One story as a model sees it: its dominant topic and its terms in the model's vocabulary. */
  record Story(String week, int topic, List<String> gold, Set<String> terms) {}

  public static List<Score> evaluate(
      SparkSession spark, String articlesPath, TopicSettings dyad, boolean withBaseline) {
    Dataset<Row> stories =
        spark
            .read()
            .parquet(articlesPath)
            .where(col(Col.DUPLICATE_OF).isNull())
            .withColumn("week", Period.WEEK.key(col(Col.PUBLISHED)))
            .withColumn(
                "gold",
                coalesce(element_at(col(Col.LABELS), "topics"), array().cast("array<string>")))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Score> scores = new ArrayList<>();
    scores.add(dyad(stories, dyad, NlpPipelines.text(spark)));
    if (withBaseline) scores.add(baseline(stories));
    stories.unpersist();
    return scores;
  }

  static Score dyad(Dataset<Row> stories, TopicSettings config, NlpPipelines.Text text) {
    long start = System.nanoTime();
    Dataset<Row> terms =
        TopicText.terms(stories, config, text)
            .join(stories.select(Col.ARTICLE_ID, "week", "gold"), Col.ARTICLE_ID)
            .where(size(col(TopicText.TERMS)).gt(0))
            .persist(StorageLevel.MEMORY_AND_DISK());
    TopicModel.Fitted model = TopicModel.fit(terms, config);
    if (model == null)
      throw new IllegalArgumentException("too few stories with terms to fit topics");
    Dataset<Row> assigned =
        TopicModel.assign(model, terms.withColumn("_terms", col(TopicText.TERMS)), 1);
    Score s =
        score(
            "dyad (" + config.method() + ", k=" + config.k() + ", stems=" + config.stem() + ")",
            model.k(),
            assigned.withColumnRenamed("_terms", "doc_terms"),
            TopicModel.topTerms(model, NPMI_TERMS),
            start);
    terms.unpersist();
    return s;
  }

  static Score baseline(Dataset<Row> stories) {
    long start = System.nanoTime();
    RegexTokenizer tokenizer =
        new RegexTokenizer().setInputCol(Col.TEXT).setOutputCol("tokens").setPattern("\\W+");
    StopWordsRemover stopWords =
        new StopWordsRemover().setInputCol("tokens").setOutputCol("doc_terms");
    CountVectorizer vectorizer =
        new CountVectorizer()
            .setInputCol("doc_terms")
            .setOutputCol(TopicModel.COUNTS)
            .setVocabSize(10_000)
            .setMinDF(5);
    PipelineModel prep =
        new Pipeline()
            .setStages(new PipelineStage[] {tokenizer, stopWords, vectorizer})
            .fit(stories);
    Dataset<Row> counts =
        TopicModel.nonEmpty(prep.transform(stories)).persist(StorageLevel.MEMORY_AND_DISK());
    LDAModel lda =
        new LDA()
            .setK(20)
            .setMaxIter(50)
            .setSeed(1)
            .setOptimizer("online")
            .setFeaturesCol(TopicModel.COUNTS)
            .fit(counts);
    Dataset<Row> assigned =
        lda.transform(counts)
            .withColumn(
                Col.TOPIC_ID,
                udf((Vector v) -> v.argmax(), DataTypes.IntegerType)
                    .apply(col("topicDistribution")));
    String[] vocabulary = ((CountVectorizerModel) prep.stages()[2]).vocabulary();
    List<List<String>> top =
        TopicModel.words(TopicModel.topTerms(lda, NPMI_TERMS), vocabulary, NPMI_TERMS);
    Score s = score("baseline (plain LDA k=20)", 20, assigned, top, start);
    counts.unpersist();
    return s;
  }

  /**
   * @param assigned topic_id, week, gold, doc_terms per story
   */
  static Score score(
      String name, int k, Dataset<Row> assigned, List<List<String>> topTerms, long start) {
    Set<String> wanted = new HashSet<>();
    topTerms.forEach(wanted::addAll);
    Dataset<Row> small =
        assigned.select(
            col("week"),
            col(Col.TOPIC_ID),
            col("gold"),
            array_intersect(
                    col("doc_terms"),
                    array(wanted.stream().sorted().map(w -> lit(w)).toArray(Column[]::new)))
                .as("top"));
    List<Story> stories = new ArrayList<>();
    for (Row r : small.collectAsList()) {
      stories.add(
          new Story(
              r.getString(0), r.getInt(1), r.getList(2), new HashSet<>(r.<String>getList(3))));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return score(name, k, stories, topTerms, seconds);
  }

  static Score score(
      String name, int k, List<Story> stories, List<List<String>> topTerms, double seconds) {
    List<Story> single = stories.stream().filter(s -> s.gold().size() == 1).toList();
    double nmi = nmi(single);
    double npmi =
        topTerms.stream().mapToDouble(t -> meanNpmi(t, stories)).average().orElse(Double.NaN);
    Map<Integer, Long> sizes = new HashMap<>();
    stories.forEach(s -> sizes.merge(s.topic(), 1L, Long::sum));
    double largest =
        sizes.values().stream().mapToLong(Long::longValue).max().orElse(0)
            / (double) Math.max(1, stories.size());

    Map<String, int[]> best = new LinkedHashMap<>();
    for (String label : LABELS) best.put(label, bestTopic(label, single, k));
    List<LabelScore> labels = new ArrayList<>();
    for (String label : LABELS) {
      int[] b = best.get(label);
      List<String> shared = new ArrayList<>();
      best.forEach(
          (other, ob) -> {
            if (!other.equals(label) && ob[0] == b[0]) shared.add(other);
          });
      labels.add(
          new LabelScore(
              label,
              b[0],
              b[0] < 0
                  ? ""
                  : String.join(
                      " ", topTerms.get(b[0]).subList(0, Math.min(5, topTerms.get(b[0]).size()))),
              b[1] / 1e6,
              String.join(",", shared),
              pearson(label, b[0], stories)));
    }
    return new Score(name, k, stories.size(), single.size(), nmi, npmi, largest, labels, seconds);
  }

  static double nmi(List<Story> stories) {
    Map<Integer, Long> topics = new HashMap<>();
    Map<String, Long> labels = new HashMap<>();
    Map<String, Long> joint = new HashMap<>();
    for (Story s : stories) {
      topics.merge(s.topic(), 1L, Long::sum);
      labels.merge(s.gold().get(0), 1L, Long::sum);
      joint.merge(s.topic() + "\u0000" + s.gold().get(0), 1L, Long::sum);
    }
    double n = stories.size();
    double hTopics = entropy(topics.values(), n);
    double hLabels = entropy(labels.values(), n);
    double mi = 0;
    for (Map.Entry<String, Long> e : joint.entrySet()) {
      String[] parts = e.getKey().split("\u0000", 2);
      double pxy = e.getValue() / n;
      double px = topics.get(Integer.parseInt(parts[0])) / n;
      double py = labels.get(parts[1]) / n;
      mi += pxy * Math.log(pxy / (px * py));
    }
    double mean = (hTopics + hLabels) / 2;
    return mean == 0 ? 0 : mi / mean;
  }

  private static double entropy(Collection<Long> counts, double n) {
    double h = 0;
    for (long c : counts) {
      double p = c / n;
      if (p > 0) h -= p * Math.log(p);
    }
    return h;
  }

  /** Mean NPMI over the pairs of a topic's top terms, by document co-occurrence. */
  static double meanNpmi(List<String> terms, List<Story> stories) {
    double n = stories.size();
    double total = 0;
    int pairs = 0;
    for (int i = 0; i < terms.size(); i++) {
      for (int j = i + 1; j < terms.size(); j++) {
        long a = 0, b = 0, ab = 0;
        for (Story s : stories) {
          boolean x = s.terms().contains(terms.get(i));
          boolean y = s.terms().contains(terms.get(j));
          if (x) a++;
          if (y) b++;
          if (x && y) ab++;
        }
        pairs++;
        if (ab == 0) {
          total += -1;
          continue;
        }
        double pab = ab / n;
        if (pab == 1) continue; // both in every story: no information, NPMI 0
        total += Math.log(pab / ((a / n) * (b / n))) / -Math.log(pab);
      }
    }
    return pairs == 0 ? Double.NaN : total / pairs;
  }

  /** {topic, F1 x 1e6} of the topic that best matches a label on single-label stories. */
  static int[] bestTopic(String label, List<Story> single, int k) {
    long gold = single.stream().filter(s -> s.gold().get(0).equals(label)).count();
    int bestTopic = -1;
    double bestF1 = 0;
    for (int t = 0; t < k; t++) {
      final int topic = t;
      long predicted = single.stream().filter(s -> s.topic() == topic).count();
      long hits =
          single.stream().filter(s -> s.topic() == topic && s.gold().get(0).equals(label)).count();
      if (hits == 0) continue;
      double p = hits / (double) predicted, r = hits / (double) gold;
      double f1 = 2 * p * r / (p + r);
      if (f1 > bestF1) {
        bestF1 = f1;
        bestTopic = t;
      }
    }
    return new int[] {bestTopic, (int) Math.round(bestF1 * 1e6)};
  }

  /**
   * Pearson, over weeks with enough stories, of the topic's weekly share and the label's weekly
   * share.
   */
  static double pearson(String label, int topic, List<Story> stories) {
    if (topic < 0) return Double.NaN;
    TreeMap<String, long[]> weeks = new TreeMap<>();
    for (Story s : stories) {
      if (s.week() == null || s.week().equals("undated")) continue;
      long[] w = weeks.computeIfAbsent(s.week(), x -> new long[3]);
      w[0]++;
      if (s.topic() == topic) w[1]++;
      if (s.gold().contains(label)) w[2]++;
    }
    List<double[]> points = new ArrayList<>();
    weeks.values().stream()
        .filter(w -> w[0] >= MIN_WEEK_STORIES)
        .forEach(w -> points.add(new double[] {w[1] / (double) w[0], w[2] / (double) w[0]}));
    if (points.size() < 3) return Double.NaN;
    return new PearsonsCorrelation()
        .correlation(
            points.stream().mapToDouble(p -> p[0]).toArray(),
            points.stream().mapToDouble(p -> p[1]).toArray());
  }
}

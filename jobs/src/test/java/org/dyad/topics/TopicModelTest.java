package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.SparkTestSession;
import org.dyad.config.TopicsConfig;
import org.dyad.tables.Col;
import org.junit.jupiter.api.Test;

/** The topic model depends on the stories, not on how Spark happens to partition them. */
class TopicModelTest {
  private static final String[][] SUBJECTS = {
    {"oil", "crude", "barrel", "opec", "price", "output"},
    {"wheat", "grain", "tonne", "export", "corn", "harvest"},
    {"bank", "rate", "interest", "dollar", "fed", "money"},
    {"share", "offer", "merger", "stake", "acquire", "bid"}
  };

  private static Dataset<Row> stories(int n) {
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] subject = SUBJECTS[i % SUBJECTS.length];
      List<String> terms = new ArrayList<>();
      for (int t = 0; t < 12; t++)
        terms.add(
            random.nextInt(5) == 0
                ? "common" + random.nextInt(20)
                : subject[random.nextInt(subject.length)]);
      rows.add(RowFactory.create(String.format("a%04d", i), terms.toArray(String[]::new)));
    }
    StructType schema =
        new StructType()
            .add(Col.ARTICLE_ID, DataTypes.StringType, false)
            .add(TopicText.TERMS, DataTypes.createArrayType(DataTypes.StringType), false);
    return SparkTestSession.get().createDataFrame(rows, schema);
  }

  @Test
  void theSameStoriesInOtherPartitionsGiveTheSameTopics() {
    sameTopicsInOtherPartitions();
  }

  @Test
  void withSparksKMeansTooWhenTheVectorsDoNotFitOnTheDriver() {
    TopicModel.localKMeansValues = 0;
    try {
      sameTopicsInOtherPartitions();
    } finally {
      TopicModel.localKMeansValues = TopicModel.LOCAL_KMEANS_VALUES;
    }
  }

  @Test
  void kMeansOnTheDriverAndSparksFindTheSameSubjects() {
    TopicsConfig config = config();
    Dataset<Row> stories = stories(400);
    TopicModel.Fitted driver = TopicModel.fit(stories, config.settings());
    TopicModel.localKMeansValues = 0;
    TopicModel.Fitted spark;
    try {
      spark = TopicModel.fit(stories, config.settings());
    } finally {
      TopicModel.localKMeansValues = TopicModel.LOCAL_KMEANS_VALUES;
    }
    assertEquals(
        subjects(driver),
        subjects(spark),
        "each topic's three top terms, as sets, in any order of topics");
    assertEquals(4, subjects(driver).size());
  }

  private static Set<Set<String>> subjects(TopicModel.Fitted model) {
    Set<Set<String>> out = new HashSet<>();
    for (List<String> terms : TopicModel.topTerms(model, 3)) out.add(new HashSet<>(terms));
    return out;
  }

  private static TopicsConfig config() {
    TopicsConfig config = new TopicsConfig();
    config.k = 4;
    config.minDocFreq = 1;
    config.dimensions = 3;
    return config;
  }

  private static void sameTopicsInOtherPartitions() {
    TopicsConfig config = config();
    Dataset<Row> stories = stories(400);
    TopicModel.Fitted one = TopicModel.fit(stories.coalesce(1), config.settings());
    TopicModel.Fitted seven = TopicModel.fit(stories.repartition(7), config.settings());
    assertEquals(List.of(one.terms()), List.of(seven.terms()), "the vocabulary, in its order");
    assertEquals(TopicModel.topTerms(one, 6), TopicModel.topTerms(seven, 6));
    for (int i = 0; i < one.k(); i++) {
      assertArrayEquals(
          one.topics().get(i).weights(), seven.topics().get(i).weights(), 0.0, "topic " + i);
    }
    double[][] a = ((TopicModel.Clusters) one).centres().value();
    double[][] b = ((TopicModel.Clusters) seven).centres().value();
    // Equal to about 1e-14, not to the last digit, within one JVM only: ARPACK (the LSA step) keeps
    // its
    // random start vector's generator between calls, so a second decomposition in the same JVM
    // starts
    // elsewhere. Separate runs each make their first call: a local and a cluster run agree to the
    // digit.
    for (int i = 0; i < a.length; i++) assertArrayEquals(a[i], b[i], 1e-12, "centre " + i);
    // and the four subjects are found
    assertEquals(4, one.k());
  }
}

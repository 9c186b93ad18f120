package org.dyad.mentions;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import com.johnsnowlabs.nlp.Annotation;
import com.johnsnowlabs.nlp.annotators.TextMatcherModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Spark NLP's TextMatcher, given one sentence and its own tokens at a time. Given a whole article,
 * the matcher looks through all of the article's tokens for each of its sentences: time grows with
 * the square of the article (a 1,000,000-character article took about 30 s in it, a
 * 10,000,000-character one did not finish in 7 minutes). Given sentence by sentence it does the
 * same matching in time that grows with the article; each match keeps the index of its sentence in
 * the article.
 */
public final class SentenceWiseMatcher extends Transformer {
  private final String uid;
  private final TextMatcherModel matcher;

  public SentenceWiseMatcher(TextMatcherModel matcher) {
    this(Identifiable.randomUID("SENTENCE_WISE_MATCHER"), matcher);
  }

  private SentenceWiseMatcher(String uid, TextMatcherModel matcher) {
    this.uid = uid;
    this.matcher = matcher;
  }

  /** The fitted matcher this one gives sentences to. */
  TextMatcherModel matcher() {
    return matcher;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    TextMatcherModel m = matcher;
    UserDefinedFunction match =
        udf(
            (UDF2<Seq<Row>, Seq<Row>, List<Row>>)
                (sentences, tokens) -> match(m, sentences, tokens),
            DataTypes.createArrayType(Annotation.dataType()));
    Metadata chunk =
        new MetadataBuilder().putString("annotatorType", m.outputAnnotatorType()).build();
    return dataset.withColumn(
        m.getOutputCol(),
        match
            .apply(col(m.getInputCols()[0]), col(m.getInputCols()[1]))
            .as(m.getOutputCol(), chunk));
  }

  /** The matches of every sentence, each found among that sentence's tokens only. */
  static List<Row> match(TextMatcherModel matcher, Seq<Row> sentences, Seq<Row> tokens) {
    List<Row> out = new ArrayList<>();
    if (sentences == null || tokens == null) return out;
    List<Row> sentenceRows = JavaConverters.seqAsJavaList(sentences);
    List<Row> tokenRows = JavaConverters.seqAsJavaList(tokens);
    int t = 0;
    for (int s = 0; s < sentenceRows.size(); s++) {
      Annotation sentence = Annotation.apply(sentenceRows.get(s));
      List<Annotation> input = new ArrayList<>();
      input.add(sentence);
      // Tokens come in text order: skip those before the sentence, take those inside it.
      while (t < tokenRows.size() && tokenRows.get(t).<Integer>getAs("begin") < sentence.begin())
        t++;
      int u = t;
      while (u < tokenRows.size() && tokenRows.get(u).<Integer>getAs("end") <= sentence.end())
        input.add(Annotation.apply(tokenRows.get(u++)));
      t = u;
      if (input.size() == 1) continue;
      String index = String.valueOf(s);
      for (Annotation a :
          JavaConverters.seqAsJavaList(
              matcher.annotate(JavaConverters.asScalaBuffer(input).toSeq()))) {
        Map<String, String> metadata = new HashMap<>(JavaConverters.mapAsJavaMap(a.metadata()));
        metadata.put("sentence", index);
        out.add(
            RowFactory.create(
                a.annotatorType(), a.begin(), a.end(), a.result(), metadata, a.embeddings()));
      }
    }
    return out;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema.add(
        matcher.getOutputCol(), DataTypes.createArrayType(Annotation.dataType()), true);
  }

  @Override
  public Transformer copy(ParamMap extra) {
    return new SentenceWiseMatcher(uid, matcher);
  }
}

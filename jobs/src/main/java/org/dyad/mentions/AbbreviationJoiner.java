package org.dyad.mentions;

import static org.apache.spark.sql.functions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * Joins sentences that Spark NLP's sentence detector cut after an abbreviation standing before a
 * name: "Netanyahu spoke with U.S. | President Joe Biden." is one sentence. A cut after "U.S.",
 * "U.N.", "U.K.", "E.U.", "Mr." and the like is undone unless the next sentence starts with a word
 * that usually starts one ("The", "He", "In" ...): "troops left the U.S. The president said" stays
 * two sentences. A sentence that starts with a comma continues the one before it: a dateline cut
 * after its state ("SOUTHFIELD, Mich. | , March 9 - ..."). Sentences keep their offsets into the
 * article text; the joined one spans both.
 */
public final class AbbreviationJoiner extends Transformer {
  private final String uid;

  /** Abbreviations a name or title often follows; a sentence rarely ends with one. */
  private static final Pattern ABBREVIATION =
      Pattern.compile(
          "(?:\\b(?:[A-Z]\\.){2,4}|\\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Adm|Sen|Rep|Gov|Amb|Prof|Rev|St)\\.)$");

  public AbbreviationJoiner() {
    this(Identifiable.randomUID("ABBREVIATION_JOINER"));
  }

  public AbbreviationJoiner(String uid) {
    this.uid = uid;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    StructType schema = dataset.schema();
    var sentenceField = schema.apply(NlpPipelines.SENTENCE);
    UserDefinedFunction join =
        udf(
            (UDF2<Seq<Row>, Seq<Row>, List<Row>>) AbbreviationJoiner::join,
            sentenceField.dataType());
    return dataset.withColumn(
        NlpPipelines.SENTENCE,
        join.apply(col(NlpPipelines.DOCUMENT), col(NlpPipelines.SENTENCE))
            .as(NlpPipelines.SENTENCE, sentenceField.metadata()));
  }

  /** The sentences with wrongly cut ones joined, renumbered; null or empty input as it is. */
  static List<Row> join(Seq<Row> documents, Seq<Row> sentences) {
    if (sentences == null) return null;
    List<Row> in = JavaConverters.seqAsJavaList(sentences);
    if (in.size() < 2 || documents == null || documents.isEmpty()) return in;
    // Rows built here have no schema: fields are read by position, found once on an input row.
    Row first = in.get(0);
    int b = first.fieldIndex("begin"),
        e = first.fieldIndex("end"),
        r = first.fieldIndex("result"),
        m = first.fieldIndex("metadata");
    Row document = documents.apply(0);
    String text = document.getString(document.fieldIndex("result"));
    int docBegin = document.getInt(document.fieldIndex("begin"));
    List<Row> out = new ArrayList<>();
    Row current = first;
    for (int i = 1; i < in.size(); i++) {
      Row next = in.get(i);
      String result = current.getString(r);
      String following = next.getString(r);
      int begin = current.getInt(b);
      int end = next.getInt(e);
      // Only a sentence that follows this one can join it: the sentence detector may give an empty
      // or misplaced sentence beside quotation marks (a 2025 story failed whole with "begin 1054,
      // end 1053" when one ended before the sentence it was joined to began).
      boolean follows = next.getInt(b) > current.getInt(e) && end >= begin;
      if (result != null
          && following != null
          && follows
          && (following.strip().startsWith(",")
              || (ABBREVIATION.matcher(result.strip()).find()
                  && !startsLikeASentence(following)))) {
        String joined =
            text.substring(begin - docBegin, Math.min(text.length(), end - docBegin + 1));
        Object[] v = values(current);
        v[e] = end;
        v[r] = joined;
        current = RowFactory.create(v);
      } else {
        out.add(current);
        current = next;
      }
    }
    out.add(current);
    if (out.size() == in.size()) return in;
    List<Row> numbered = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Object[] v = values(out.get(i));
      Map<String, String> meta = new HashMap<>(out.get(i).getJavaMap(m));
      meta.put("sentence", String.valueOf(i));
      v[m] = meta;
      numbered.add(RowFactory.create(v));
    }
    return numbered;
  }

  static boolean startsLikeASentence(String sentence) {
    String s = sentence.strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
    String first = s.substring(0, end);
    return first.isEmpty()
        || !Character.isUpperCase(first.charAt(0))
        || NerCandidates.COMMON_FIRST_WORDS.contains(first)
        || STARTERS.contains(first);
  }

  /**
   * More words that start sentences after a country's abbreviation ("... in the U.S. Officials
   * said").
   */
  private static final Set<String> STARTERS =
      Set.of("Officials", "Analysts", "Some", "Both", "Its", "Their", "Now", "Then", "Meanwhile");

  private static Object[] values(Row r) {
    Object[] v = new Object[r.size()];
    for (int i = 0; i < v.length; i++) v[i] = r.get(i);
    return v;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return schema;
  }

  @Override
  public Transformer copy(ParamMap extra) {
    return new AbbreviationJoiner(uid);
  }
}

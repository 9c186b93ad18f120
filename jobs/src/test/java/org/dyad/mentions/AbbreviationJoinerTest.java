package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.johnsnowlabs.nlp.Annotation$;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;
import scala.collection.Seq;

class AbbreviationJoinerTest {
  static final StructType ANNOTATION = Annotation$.MODULE$.dataType();

  static Row annotation(String type, int begin, int end, String result, int sentence) {
    return new GenericRowWithSchema(
        new Object[] {
          type,
          begin,
          end,
          result,
          JavaConverters.mapAsScalaMap(Map.of("sentence", String.valueOf(sentence))),
          new float[0]
        },
        ANNOTATION);
  }

  static Seq<Row> seq(Row... rows) {
    return JavaConverters.asScalaBuffer(List.of(rows)).toSeq();
  }

  static String text(List<Row> sentences) {
    return String.join(" | ", sentences.stream().map(r -> r.getString(3)).toList());
  }

  @Test
  void aCutAfterAnAbbreviationBeforeANameIsUndone() {
    String t = "Netanyahu spoke with U.S. President Joe Biden. The talks ended.";
    Seq<Row> doc = seq(annotation("document", 0, t.length() - 1, t, 0));
    List<Row> joined =
        AbbreviationJoiner.join(
            doc,
            seq(
                annotation("document", 0, 24, "Netanyahu spoke with U.S.", 0),
                annotation("document", 26, 45, "President Joe Biden.", 1),
                annotation("document", 47, t.length() - 1, "The talks ended.", 2)));
    assertEquals("Netanyahu spoke with U.S. President Joe Biden. | The talks ended.", text(joined));
  }

  /**
   * Beside quotation marks the sentence detector may give a sentence that ends before the one
   * before it began: it is left alone, not joined (joining took the text between the two, and
   * failed a whole article with "begin 1054, end 1053").
   */
  @Test
  void aSentenceThatDoesNotFollowIsNotJoined() {
    String t = "Khoshbo spoke. The decree \"is not about values.\" 'Hostility' said Mr. Khoshbo.";
    Seq<Row> doc = seq(annotation("document", 0, t.length() - 1, t, 0));
    int b = t.indexOf("The decree");
    int e = t.indexOf("Mr.") + 2;
    Row mr = annotation("document", b, e, t.substring(b, e + 1), 0);
    Row misplaced = annotation("document", 0, 13, t.substring(0, 14), 1);
    Row empty = annotation("document", e + 2, e, "", 2);
    List<Row> out = AbbreviationJoiner.join(doc, seq(mr, misplaced, empty));
    assertEquals(3, out.size(), text(out));
    assertEquals(t.substring(b, e + 1), out.get(0).getString(3));
  }
}

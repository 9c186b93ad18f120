package org.dyad.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.dyad.actors.ActorType;
import org.dyad.tables.ActorTables;
import org.dyad.tables.Col;
import org.dyad.text.CodePointOffsets;
import org.junit.jupiter.api.Test;

class MentionExtractionTest {

  @Test
  void theRowMappingFillsTheMentionsTableColumnByColumn() {
    List<String> table =
        Arrays.stream(ActorTables.MENTIONS.schema().fieldNames())
            .filter(c -> !c.equals(Col.MONTH))
            .toList();
    assertEquals(table, MentionExtraction.COLUMNS);

    // Every value distinct, so that two columns swapped cannot pass.
    String text = "x\uD83D\uDE00 Tehran said";
    Mention m =
        new Mention(
            "a1",
            2,
            0,
            14,
            4,
            10,
            "Tehran",
            ActorType.COUNTRY,
            Mention.DICTIONARY,
            "IRN",
            "Iran",
            "IRNGOV",
            "IRN2",
            true,
            "phoenix",
            "capital",
            0.8,
            true,
            "OPEC",
            1);
    Row row = MentionExtraction.row(m, CodePointOffsets.of(text), 42L);
    Map<String, Object> expected =
        Map.ofEntries(
            Map.entry(Col.ARTICLE_ID, "a1"),
            Map.entry(Col.SENTENCE, 2),
            Map.entry(Col.SENTENCE_BEGIN, 0),
            Map.entry(Col.SENTENCE_END, 13), // code points: the emoji is one
            Map.entry(Col.BEGIN, 3),
            Map.entry(Col.END, 9),
            Map.entry(Col.TEXT, "Tehran"),
            Map.entry(Col.ENTITY_TYPE, "country"),
            Map.entry(Col.SOURCE, "dictionary"),
            Map.entry(Col.ACTOR_ID, "IRN"),
            Map.entry(Col.ACTOR_NAME, "Iran"),
            Map.entry(Col.CAMEO_CODE, "IRNGOV"),
            Map.entry(Col.COUNTRY, "IRN2"),
            Map.entry(Col.ROLE_BY_DATE, true),
            Map.entry(Col.ROLE_SOURCE, "phoenix"),
            Map.entry(Col.ALIAS_KIND, "capital"),
            Map.entry(Col.CONFIDENCE, 0.8),
            Map.entry(Col.IN_DICTIONARY, true),
            Map.entry(Col.AFFILIATE, "OPEC"),
            Map.entry(Col.LIST_BEGIN, 1),
            Map.entry(Col.PUBLISHED, 42L));
    assertEquals(expected.keySet().size(), row.size());
    for (int i = 0; i < row.size(); i++) {
      String column = MentionExtraction.COLUMNS.get(i);
      assertEquals(expected.get(column), row.get(i), column);
      StructField field = ActorTables.MENTIONS.schema().apply(column);
      DataType type = column.equals(Col.PUBLISHED) ? DataTypes.LongType : field.dataType();
      Object v = row.get(i);
      assertNotNull(v, column);
      assertTrue(
          (type == DataTypes.StringType && v instanceof String)
              || (type == DataTypes.IntegerType && v instanceof Integer)
              || (type == DataTypes.LongType && v instanceof Long)
              || (type == DataTypes.DoubleType && v instanceof Double)
              || (type == DataTypes.BooleanType && v instanceof Boolean),
          column + " holds a " + v.getClass().getSimpleName() + " for " + type);
    }
  }
}

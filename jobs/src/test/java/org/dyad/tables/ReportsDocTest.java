package org.dyad.tables;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.TestPaths;
import org.junit.jupiter.api.Test;

/**
 * docs/REPORTS.md documents every column of every published table with its type, and nothing else:
 * each table's section (`## name`; a `country_` table in the section of the table it repeats at
 * country level) has a row per column, `| `column` | type | meaning |`. A row may name several
 * columns (`a`, `b`), a range in another table's order (`share` ... `trend`), or every column of
 * another table; a row without a type takes its columns' types from the table its meaning names
 * ("as in `articles`", "from `topic_trends`").
 */
class ReportsDocTest {
  private static final Pattern SECTION = Pattern.compile("^## (\\w+)\\s*$");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| (`[^|]*`|every column of `\\w+`)(?: \\.\\.\\. (`\\w+`))?"
              + " \\|\\s*([^|]*?)\\s*\\|\\s*(.*)\\|\\s*$");
  private static final Pattern NAME = Pattern.compile("`(\\w+)`");

  /**
   * A documented column: its type as written (blank: from the table its meaning names), and that
   * table.
   */
  record Documented(String type, String from) {}

  /** Each section's documented columns, in order. */
  static Map<String, Map<String, Documented>> documented() throws IOException {
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    String section = null;
    for (String line : Files.readAllLines(TestPaths.repo().resolve("docs/REPORTS.md"))) {
      Matcher s = SECTION.matcher(line);
      if (s.matches()) section = s.group(1);
      Matcher r = ROW.matcher(line);
      if (section != null && r.matches()) {
        rows.computeIfAbsent(section, k -> new ArrayList<>())
            .add(new String[] {r.group(1), r.group(2), r.group(3).strip(), r.group(4)});
      }
    }
    Map<String, Map<String, Documented>> out = new LinkedHashMap<>();
    // twice, so that a section may use columns of one documented after it
    for (int pass = 0; pass < 2; pass++) {
      for (Map.Entry<String, List<String[]>> e : rows.entrySet()) {
        Map<String, Documented> columns = new LinkedHashMap<>();
        for (String[] r : e.getValue()) {
          Matcher m = NAME.matcher(r[3]);
          String from =
              m.find() && Tables.all().stream().anyMatch(t -> t.name().equals(m.group(1)))
                  ? m.group(1)
                  : null;
          if (r[0].startsWith("every column of")) {
            String of = name(r[0]);
            out.getOrDefault(of, Map.of())
                .forEach((c, d) -> columns.put(c, new Documented("", of)));
            continue;
          }
          List<String> names = new ArrayList<>();
          Matcher n = NAME.matcher(r[0]);
          while (n.find()) names.add(n.group(1));
          if (r[1] == null && r[0].contains("` ... `"))
            r[1] = "`" + names.get(names.size() - 1) + "`";
          if (r[1] != null) {
            // a range in the named table's order
            List<String> order = new ArrayList<>(out.getOrDefault(from, Map.of()).keySet());
            int a = order.indexOf(names.get(0)), b = order.indexOf(name(r[1]));
            names =
                a >= 0 && b >= a
                    ? order.subList(a, b + 1)
                    : List.of(
                        names.get(0) + " ... " + name(r[1]) + " (no such range in " + from + ")");
          }
          for (String c : names) columns.put(c, new Documented(r[2], r[2].isEmpty() ? from : null));
        }
        out.put(e.getKey(), columns);
      }
    }
    return out;
  }

  private static String name(String backticked) {
    Matcher n = NAME.matcher(backticked);
    return n.find() ? n.group(1) : backticked;
  }

  /**
   * The section that documents a table: its own, or that of the table it repeats at country level.
   */
  static String sectionOf(String table, Map<String, Map<String, Documented>> docs) {
    if (docs.containsKey(table)) return table;
    String actorLevel = table.replaceFirst("^country_", "");
    if (docs.containsKey(actorLevel)) return actorLevel;
    if (docs.containsKey("actor_" + actorLevel)) return "actor_" + actorLevel;
    return null;
  }

  /**
   * Whether a documented type names a schema type: the same words, struct fields by name
   * (`array<struct<word string, ...>>` or `array<struct<article_id, ...>>` for
   * `array<struct<article_id:string,...>>`).
   */
  static boolean sameType(String doc, DataType type) {
    String want = type.simpleString();
    String d = doc.replace(" ", "");
    if (d.equals(want)) return true;
    if (!(want.contains("struct<"))) return false;
    String outer = want.substring(0, want.indexOf("struct<"));
    if (!d.startsWith(outer + "struct<")) return false;
    StructType struct = (StructType) (type instanceof ArrayType a ? a.elementType() : type);
    for (StructField f : struct.fields()) if (!doc.contains(f.name())) return false;
    return true;
  }

  static DataType typeIn(String table, String column) {
    StructType schema = Tables.named(table).schema();
    return Arrays.asList(schema.fieldNames()).contains(column)
        ? schema.apply(column).dataType()
        : null;
  }

  @Test
  void everyColumnOfEveryTableIsDocumentedWithItsTypeAndNothingElse() throws IOException {
    Map<String, Map<String, Documented>> docs = documented();
    List<String> problems = new ArrayList<>();
    for (Table t : Tables.all()) {
      String section = sectionOf(t.name(), docs);
      if (section == null) {
        problems.add(t.name() + ": no section in docs/REPORTS.md");
        continue;
      }
      Map<String, Documented> columns = docs.get(section);
      for (StructField f : t.schema().fields()) {
        Documented d = columns.get(f.name());
        if (d == null)
          problems.add(
              t.name()
                  + "."
                  + f.name()
                  + " ("
                  + f.dataType().simpleString()
                  + "): not documented in ## "
                  + section);
        else if (d.type().isEmpty()) {
          DataType there = d.from() == null ? null : typeIn(d.from(), f.name());
          if (there == null)
            problems.add(
                t.name()
                    + "."
                    + f.name()
                    + ": no type, and the row names no table with that column");
          else if (!there.equals(f.dataType()))
            problems.add(
                t.name()
                    + "."
                    + f.name()
                    + ": "
                    + f.dataType().simpleString()
                    + ", but "
                    + d.from()
                    + "'s is "
                    + there.simpleString());
        } else if (!sameType(d.type(), f.dataType())) {
          problems.add(
              t.name()
                  + "."
                  + f.name()
                  + ": documented as "
                  + d.type()
                  + ", is "
                  + f.dataType().simpleString());
        }
      }
      for (String c : columns.keySet()) {
        if (typeIn(t.name(), c) == null)
          problems.add(t.name() + ": documents `" + c + "`, which the table does not have");
      }
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
  }
}

package org.dyad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.text.TextNormalizer;

/**
 * Rows for the terminal: an aligned table that fits the terminal's width (the widest columns are
 * cut with "…" first), CSV (RFC 4180 quoting) or JSON (an array of objects). Pure: no Spark, no
 * I/O.
 */
final class TextTable {
  private TextTable() {}

  enum Format {
    TABLE,
    CSV,
    JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The columns that hold numbers are right-aligned in a table. */
  static String render(
      List<String> headers,
      List<List<String>> rows,
      Format format,
      int width,
      Set<String> numeric) {
    return switch (format) {
      case CSV -> csv(headers, rows);
      case JSON -> json(headers, rows, numeric);
      case TABLE -> table(headers, rows, width, numeric);
    };
  }

  static String table(
      List<String> headers, List<List<String>> rows, int width, Set<String> numeric) {
    int n = headers.size();
    int[] w = new int[n];
    for (int i = 0; i < n; i++) w[i] = headers.get(i).length();
    for (List<String> r : rows)
      for (int i = 0; i < n; i++) w[i] = Math.max(w[i], clean(r.get(i)).length());
    int total = n - 1;
    for (int x : w) total += x;
    // Cut the widest column until the table fits (no column below its header or 8 characters).
    while (total > width) {
      int widest = 0;
      for (int i = 1; i < n; i++) if (w[i] > w[widest]) widest = i;
      int floor = Math.max(8, headers.get(widest).length());
      if (w[widest] <= floor) break;
      w[widest]--;
      total--;
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, w, Set.of(), headers);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) rule.append(i == 0 ? "" : " ").append("-".repeat(w[i]));
    out.append(rule).append('\n');
    for (List<String> r : rows) line(out, r, w, numeric, headers);
    return out.toString();
  }

  private static void line(
      StringBuilder out, List<String> cells, int[] w, Set<String> numeric, List<String> headers) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = clean(cells.get(i));
      if (c.length() > w[i]) c = c.substring(0, Math.max(0, w[i] - 1)) + "…";
      String pad = " ".repeat(w[i] - c.length());
      if (i > 0) l.append(' ');
      l.append(numeric.contains(headers.get(i)) ? pad + c : c + pad);
    }
    out.append(l.toString().stripTrailing()).append('\n');
  }

  private static String clean(String s) {
    return s == null ? "" : TextNormalizer.singleSpaces(s).strip();
  }

  static String csv(List<String> headers, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    List<List<String>> all = new ArrayList<>();
    all.add(headers);
    all.addAll(rows);
    for (List<String> r : all) {
      for (int i = 0; i < r.size(); i++) {
        String c = r.get(i) == null ? "" : r.get(i);
        if (i > 0) out.append(',');
        out.append(c.matches("(?s).*[\",\\r\\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  static String json(List<String> headers, List<List<String>> rows, Set<String> numeric) {
    ObjectMapper m = new ObjectMapper();
    ArrayNode a = m.createArrayNode();
    for (List<String> r : rows) {
      ObjectNode o = a.addObject();
      for (int i = 0; i < headers.size(); i++) {
        String c = r.get(i);
        if (c == null || c.isEmpty()) o.putNull(headers.get(i));
        else if (numeric.contains(headers.get(i))) {
          try {
            o.put(headers.get(i), new BigDecimal(c));
          } catch (NumberFormatException e) {
            o.put(headers.get(i), c);
          }
        } else o.put(headers.get(i), c);
      }
    }
    try {
      return m.writerWithDefaultPrettyPrinter().writeValueAsString(a) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

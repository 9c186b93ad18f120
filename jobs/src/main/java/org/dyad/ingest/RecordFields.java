package org.dyad.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Fills a record's article fields from named input values (a JSON object's members, a CSV row, a
 * sidecar) through the field mapping; every other value goes to the metadata map as a string.
 */
final class RecordFields {
  private RecordFields() {}

  /** JSON values: text and title must be strings, the other fields scalars. */
  static void fillFromJson(
      RawRecord r, Map<String, JsonNode> values, FieldMapping mapping, String raw) {
    Map<String, String> chosen = mapping.resolve(values.keySet());
    JsonNode text =
        chosen.containsKey(FieldMapping.TEXT) ? values.get(chosen.get(FieldMapping.TEXT)) : null;
    if (text != null && text.isNull()) {
      noteNoText(
          r,
          "field '" + chosen.get(FieldMapping.TEXT) + "' is null",
          chosen.get(FieldMapping.TEXT),
          mapping,
          name -> values.get(name) != null && !values.get(name).isNull());
    }
    for (Map.Entry<String, String> e : chosen.entrySet()) {
      String field = e.getKey();
      JsonNode v = values.get(e.getValue());
      if (v == null || v.isNull()) continue;
      boolean textual = field.equals(FieldMapping.TEXT) || field.equals(FieldMapping.TITLE);
      if ((textual && !v.isTextual()) || (!textual && !v.isValueNode())) {
        r.reject(
            RejectReason.INVALID_FIELD,
            "field '"
                + e.getValue()
                + "' ("
                + field
                + ") is a JSON "
                + v.getNodeType().name().toLowerCase()
                + ", expected "
                + (textual ? "a string" : "a string or number"),
            raw);
        return;
      }
      if (outOfRange(v)) {
        r.reject(
            RejectReason.INVALID_FIELD,
            "field '" + e.getValue() + "' (" + field + ") is a number out of range",
            raw);
        return;
      }
      set(r, field, v.asText());
    }
    for (Map.Entry<String, JsonNode> e : values.entrySet()) {
      if (chosen.containsValue(e.getKey()) || e.getValue() == null || e.getValue().isNull())
        continue;
      JsonNode v = e.getValue();
      if (outOfRange(v)) {
        r.reject(
            RejectReason.INVALID_FIELD, "field '" + e.getKey() + "' is a number out of range", raw);
        return;
      }
      r.metadata.put(e.getKey(), v.isTextual() ? v.asText() : v.toString());
    }
  }

  /** JSON has no infinity: a number past the double range (1e400) would be read as "Infinity". */
  private static boolean outOfRange(JsonNode v) {
    return v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue());
  }

  /**
   * Says why a record has no text when it names a text field: the detail of its {@code
   * missing_text} reject ("field 'text' is null"), and the other text fields of the record that
   * have a value, with the option that reads one ({@code {"text": null, "body": "..."}} said "no
   * text field").
   */
  private static void noteNoText(
      RawRecord r, String why, String chosen, FieldMapping mapping, Predicate<String> hasValue) {
    List<String> others =
        mapping.namesOf(FieldMapping.TEXT).stream()
            .filter(n -> !n.equals(chosen) && hasValue.test(n))
            .toList();
    r.detail =
        why
            + (others.isEmpty()
                ? ""
                : "; the record also has '"
                    + others.get(0)
                    + "' (--field text="
                    + others.get(0)
                    + " reads it)");
  }

  /** String values (CSV cells): empty cells count as absent. */
  static void fillFromStrings(RawRecord r, Map<String, String> values, FieldMapping mapping) {
    Map<String, String> chosen = mapping.resolve(values.keySet());
    String textColumn = chosen.get(FieldMapping.TEXT);
    if (textColumn != null
        && (values.get(textColumn) == null || values.get(textColumn).isEmpty())) {
      noteNoText(
          r,
          "column '" + textColumn + "' is empty",
          textColumn,
          mapping,
          name -> values.get(name) != null && !values.get(name).isEmpty());
    }
    chosen.forEach(
        (field, name) -> {
          String v = values.get(name);
          if (v != null && !v.isEmpty()) set(r, field, v);
        });
    values.forEach(
        (name, v) -> {
          if (!chosen.containsValue(name) && v != null && !v.isEmpty()) r.metadata.put(name, v);
        });
  }

  private static void set(RawRecord r, String field, String value) {
    switch (field) {
      case FieldMapping.ID -> r.givenId = value;
      case FieldMapping.SOURCE -> r.source = value;
      case FieldMapping.URL -> r.url = value;
      case FieldMapping.TITLE -> r.title = value;
      case FieldMapping.TEXT -> r.text = value;
      case FieldMapping.PUBLISHED -> r.publishedRaw = value;
      default -> throw new IllegalArgumentException(field);
    }
  }
}

package org.dyad.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which input field (JSON key, CSV column, sidecar key) fills each article field. Without a user
 * mapping a field takes the first of its common names present in the record; {@code --field
 * text=body} names exactly one.
 */
public final class FieldMapping implements Serializable {
  public static final String ID = "id";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED = "published";

  public static final Set<String> FIELDS = Set.of(ID, SOURCE, URL, TITLE, TEXT, PUBLISHED);

  private static final Map<String, List<String>> DEFAULT_NAMES = new LinkedHashMap<>();

  static {
    DEFAULT_NAMES.put(ID, List.of("id", "article_id", "doc_id", "uuid"));
    DEFAULT_NAMES.put(SOURCE, List.of("source", "publisher", "outlet"));
    DEFAULT_NAMES.put(URL, List.of("url", "link"));
    DEFAULT_NAMES.put(TITLE, List.of("title", "headline"));
    DEFAULT_NAMES.put(TEXT, List.of("text", "body", "content"));
    DEFAULT_NAMES.put(
        PUBLISHED,
        List.of("published", "date", "published_at", "publish_date", "datetime", "timestamp"));
  }

  private final Map<String, List<String>> names;

  private FieldMapping(Map<String, List<String>> names) {
    this.names = names;
  }

  /**
   * @param overrides article field -> input field name, e.g. {@code text -> body}
   * @throws IllegalArgumentException for a field Dyad does not know
   */
  public static FieldMapping of(Map<String, String> overrides) {
    Map<String, List<String>> names = new LinkedHashMap<>(DEFAULT_NAMES);
    if (overrides != null) {
      overrides.forEach(
          (field, inputName) -> {
            if (!FIELDS.contains(field)) {
              throw new IllegalArgumentException(
                  "Unknown article field '"
                      + field
                      + "' in field mapping; known: "
                      + DEFAULT_NAMES.keySet());
            }
            if (inputName == null || inputName.isBlank()) {
              throw new IllegalArgumentException("Empty input field name for '" + field + "'");
            }
            names.put(field, List.of(inputName));
          });
    }
    return new FieldMapping(names);
  }

  /**
   * The input field name that fills {@code field}, or null when the record has none of its names.
   */
  public String pick(String field, Collection<String> present) {
    for (String candidate : names.get(field)) {
      if (present.contains(candidate)) return candidate;
    }
    return null;
  }

  /** Article field -> the input field that fills it, for the fields this record has. */
  public Map<String, String> resolve(Collection<String> present) {
    Map<String, String> chosen = new LinkedHashMap<>();
    for (String field : names.keySet()) {
      String name = pick(field, present);
      if (name != null) chosen.put(field, name);
    }
    return chosen;
  }

  public List<String> namesOf(String field) {
    return new ArrayList<>(names.get(field));
  }
}

package org.dyad.actors;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of actor a name stands for. {@code IGNORE} marks phrases that are never actors. */
public enum ActorType {
  COUNTRY,
  PERSON,
  ORGANISATION,
  GROUP,
  LOCATION,
  IGNORE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActorType fromCode(String code) {
    for (ActorType t : values()) {
      if (t.code().equals(code.strip().toLowerCase(Locale.ROOT))) return t;
    }
    throw new IllegalArgumentException(
        "unknown type '"
            + code.strip()
            + "' (expected "
            + Arrays.stream(values()).map(ActorType::code).collect(Collectors.joining(", "))
            + ")");
  }
}

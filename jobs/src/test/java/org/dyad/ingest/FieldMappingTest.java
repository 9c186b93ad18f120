package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMappingTest {
  @Test
  void overridesReplaceTheDefaultNames() {
    FieldMapping m = FieldMapping.of(Map.of("text", "story"));
    assertEquals("story", m.pick("text", List.of("text", "story")));
    assertNull(m.pick("text", List.of("text", "body")));
    assertEquals("body", FieldMapping.of(Map.of()).pick("text", List.of("body", "content")));
  }

  @Test
  void unknownFieldsAreAnError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.of(Map.of("txt", "body")));
    assertTrue(e.getMessage().contains("txt"));
  }
}

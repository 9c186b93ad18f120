package org.dyad.text;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class TitleCaseTest {
  @Test
  void namesInCapitalsReadAsNames() {
    assertEquals("Hassan Rouhani", TitleCase.of("HASSAN ROUHANI"));
    assertEquals(
        "US Secretary of State",
        TitleCase.of("US SECRETARY OF STATE"),
        "a known abbreviation keeps its capitals");
    assertEquals("U.S. State Department", TitleCase.of("U.S. STATE DEPARTMENT"));
    assertEquals("Xi Jinping", TitleCase.of("XI JINPING"), "a short name with a vowel is a name");
    assertEquals("Mohammed bin Salman", TitleCase.of("MOHAMMED BIN SALMAN"));
    assertEquals("Abdel Fattah Al-Sisi", TitleCase.of("ABDEL FATTAH AL-SISI"));
    assertEquals("Conor O'Brien", TitleCase.of("CONOR O'BRIEN"));
    assertEquals("BBC", TitleCase.of("BBC"));
  }

  @Test
  void mixedCaseNamesAreKept() {
    assertEquals("Ursula von der Leyen", TitleCase.ifAllCaps("Ursula von der Leyen"));
    assertEquals("New York", TitleCase.ifAllCaps("NEW YORK"));
  }
}

package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/**
 * CAMEO's three-letter country codes (and the six-letter codes of territories), shipped with Dyad.
 */
final class CountryCodes {
  private CountryCodes() {}

  static final String RESOURCE = "/org/dyad/actors/cameo-countries.txt";

  static Set<String> load() throws IOException {
    Set<String> codes = new TreeSet<>();
    InputStream in = CountryCodes.class.getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException("Missing resource " + RESOURCE);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length >= 2 && f[1].matches("[A-Z]{3}")) codes.add(f[1]);
      }
    }
    return codes;
  }
}

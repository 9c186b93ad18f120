package org.dyad.relations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** CAMEO country code -> name, from the list Dyad ships (the first name listed for a code). */
public final class CountryNames {
  private CountryNames() {}

  public static Map<String, String> load() throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    try (InputStream in =
            CountryNames.class.getResourceAsStream("/org/dyad/actors/cameo-countries.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length >= 2) names.putIfAbsent(f[1].strip(), f[0].strip());
      }
    }
    return names;
  }
}

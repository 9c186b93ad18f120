package org.dyad;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of Dyad's code (docs/ARCHITECTURE.md), highest first: a package uses only packages of
 * its own layer or below, never one above, and no two packages use each other. References in
 * comments (the documentation links) do not count.
 */
class ArchitectureTest {
  /** Highest first. Packages of one layer may use each other, but not both ways. */
  static final List<Set<String>> LAYERS =
      List.of(
          Set.of("cli"),
          Set.of("pipeline"),
          Set.of("jobs", "eval"),
          Set.of("run"),
          Set.of("config"),
          Set.of(
              "ner",
              "topics",
              "relations",
              "report",
              "mentions",
              "ingest",
              "trends",
              "actors",
              "events"),
          Set.of("progress", "spark"),
          Set.of("tables"),
          Set.of("text", "home", "tagger"));

  static int layer(String pkg) {
    for (int i = 0; i < LAYERS.size(); i++) if (LAYERS.get(i).contains(pkg)) return i;
    return -1;
  }

  private static final Pattern REFERENCE = Pattern.compile("org\\.dyad\\.([a-z]+)\\.");

  /** package -> the packages its code uses, with the file of each use. */
  static Map<String, Map<String, Set<String>>> uses() throws IOException {
    Path root = TestPaths.repo().resolve("jobs/src/main/java/org/dyad");
    Map<String, Map<String, Set<String>>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = root.relativize(f).getName(0).toString();
        String code =
            Files.readString(f)
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("//[^\n]*", "")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
          if (m.group(1).equals(pkg)) continue;
          out.computeIfAbsent(pkg, k -> new TreeMap<>())
              .computeIfAbsent(m.group(1), k -> new TreeSet<>())
              .add(f.getFileName().toString());
        }
      }
    }
    return out;
  }

  @Test
  void everyPackageHasALayer() throws IOException {
    Path root = TestPaths.repo().resolve("jobs/src/main/java/org/dyad");
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        assertTrue(
            layer(d.getFileName().toString()) >= 0,
            d.getFileName() + " is in no layer of ArchitectureTest.LAYERS");
      }
    }
  }

  @Test
  void noPackageUsesALayerAboveItsOwnNorAPackageThatUsesItBack() throws IOException {
    Map<String, Map<String, Set<String>>> uses = uses();
    List<String> problems = new ArrayList<>();
    uses.forEach(
        (from, targets) ->
            targets.forEach(
                (to, files) -> {
                  if (layer(to) < layer(from))
                    problems.add(from + " uses " + to + ", a layer above it, in " + files);
                  if (from.compareTo(to) < 0 && uses.getOrDefault(to, Map.of()).containsKey(from)) {
                    problems.add(
                        from
                            + " and "
                            + to
                            + " use each other: "
                            + files
                            + " / "
                            + uses.get(to).get(from));
                  }
                }));
    assertEquals(List.of(), problems, String.join("\n", problems));
  }
}

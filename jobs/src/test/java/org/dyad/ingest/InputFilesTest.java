package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  private static void touch(Path p, String content) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private static Map<String, String> formats(InputFiles.Listing listing) {
    return listing.files().stream().collect(Collectors.toMap(f -> f.displayPath, f -> f.format.code + (f.sidecar == null ? "" : "+" + f.sidecar)));
  }

  @Test
  void detectsFormatsPairsSidecarsAndSkipsTheRest() throws IOException {
    touch(dir.resolve("a.txt"), "t");
    touch(dir.resolve("a.json"), "{}");
    touch(dir.resolve("b.json"), "{}");
    touch(dir.resolve("sub/c.jsonl"), "{}");
    touch(dir.resolve("sub/d.csv"), "text\nx\n");
    touch(dir.resolve("e.sgm"), "");
    touch(dir.resolve("notes.md"), "");
    touch(dir.resolve(".hidden.txt"), "");
    touch(dir.resolve("_SUCCESS"), "");
    String root = dir.toString();
    InputFiles.Listing listing = InputFiles.list(new Configuration(), List.of(root), null, 1 << 20, null);
    assertEquals(
        Map.of(
            root + "/a.txt", "text+a.json",
            root + "/b.json", "jsonl",
            root + "/sub/c.jsonl", "jsonl",
            root + "/sub/d.csv", "csv",
            root + "/e.sgm", "reuters"),
        formats(listing));
    assertEquals(List.of(root + "/notes.md"), listing.skipped().stream().map(InputFiles.Skipped::path).toList());
  }

  @Test
  void aForcedFormatTakesItsOwnFiles() throws IOException {
    touch(dir.resolve("reut2-000.sgm"), "");
    touch(dir.resolve("README.txt"), "");
    InputFiles.Listing listing = InputFiles.list(new Configuration(), List.of(dir.toString()), InputFormat.REUTERS, 1 << 20, null);
    assertEquals(1, listing.files().size());
    assertEquals(1, listing.skipped().size());
    touch(dir.resolve("article"), "no extension");
    InputFiles.Listing text = InputFiles.list(new Configuration(), List.of(dir.toString()), InputFormat.TEXT, 1 << 20, null);
    assertEquals(3, text.files().size(), "text takes any file");
  }

  @Test
  void largeJsonLinesFilesAreReadInRanges() throws IOException {
    touch(dir.resolve("big.jsonl"), "x".repeat(2500));
    List<InputFile> files = InputFiles.list(new Configuration(), List.of(dir.toString()), null, 1000, null).files();
    assertEquals(3, files.size());
    assertEquals(List.of(0L, 1000L, 2000L), files.stream().map(f -> f.start).toList());
    assertEquals(2500L, files.get(2).end);
  }

  @Test
  void theOutputFolderIsNeverInput() throws IOException {
    touch(dir.resolve("a.jsonl"), "{}");
    touch(dir.resolve("reports/articles/part-0.parquet"), "");
    String exclude = "file:" + dir.resolve("reports");
    assertEquals(1, InputFiles.list(new Configuration(), List.of(dir.toString()), null, 1 << 20, exclude).files().size());
  }

  @Test
  void aMissingInputIsAClearError() {
    FileNotFoundException e =
        assertThrows(
            FileNotFoundException.class,
            () -> InputFiles.list(new Configuration(), List.of(dir.resolve("nope").toString()), null, 1 << 20, null));
    assertTrue(e.getMessage().contains("nope"));
  }
}

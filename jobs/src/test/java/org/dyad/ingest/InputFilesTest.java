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
    return listing.files().stream()
        .collect(
            Collectors.toMap(
                f -> f.displayPath,
                f -> f.format.code + (f.sidecar == null ? "" : "+" + f.sidecar)));
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
    InputFiles.Listing listing =
        InputFiles.list(new Configuration(), List.of(root), null, 1 << 20, null);
    assertEquals(
        Map.of(
            root + "/a.txt", "text+a.json",
            root + "/b.json", "jsonl",
            root + "/sub/c.jsonl", "jsonl",
            root + "/sub/d.csv", "csv",
            root + "/e.sgm", "reuters"),
        formats(listing));
    assertEquals(
        Map.of(
            root + "/notes.md",
            "no reader for this file name (use --format to force one)",
            root + "/.hidden.txt",
            InputFiles.HIDDEN,
            root + "/_SUCCESS",
            InputFiles.HIDDEN),
        skipped(listing),
        "every file not read is listed, with why");
  }

  private static Map<String, String> skipped(InputFiles.Listing listing) {
    return listing.skipped().stream()
        .collect(Collectors.toMap(InputFiles.Skipped::path, InputFiles.Skipped::reason));
  }

  @Test
  void linksAreNotFollowedOutOfAnInputFolderAndOnlyRegularFilesAreRead() throws Exception {
    Path corpus = dir.resolve("corpus");
    touch(corpus.resolve("good.jsonl"), "{}");
    touch(dir.resolve("outside/secret.txt"), "root:x:0:0");
    Files.createSymbolicLink(corpus.resolve("passwd.txt"), dir.resolve("outside/secret.txt"));
    Files.createSymbolicLink(corpus.resolve("zero.txt"), Path.of("/dev/zero"));
    Files.createDirectories(corpus.resolve("sub"));
    Files.createSymbolicLink(corpus.resolve("sub/loop"), corpus);
    Files.createSymbolicLink(corpus.resolve("dangling.jsonl"), dir.resolve("nothing-here"));
    Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.jsonl").toString()).start();
    assertEquals(0, mkfifo.waitFor(), "mkfifo");
    String root = corpus.toString();
    InputFiles.Listing listing =
        InputFiles.list(new Configuration(), List.of(root), null, 1 << 20, null);
    assertEquals(Map.of(root + "/good.jsonl", "jsonl"), formats(listing));
    assertEquals(
        Map.of(
            root + "/passwd.txt", InputFiles.SYMLINK,
            root + "/zero.txt", InputFiles.SYMLINK,
            root + "/sub/loop", InputFiles.SYMLINK,
            root + "/dangling.jsonl", InputFiles.SYMLINK,
            root + "/pipe.jsonl", InputFiles.NOT_REGULAR),
        skipped(listing));
    // a link given as the input itself is the user's choice: it is followed
    Path link = dir.resolve("link.txt");
    Files.createSymbolicLink(link, dir.resolve("outside/secret.txt"));
    assertEquals(
        1,
        InputFiles.list(new Configuration(), List.of(link.toString()), null, 1 << 20, null)
            .files()
            .size());
    // a FIFO given as the input is still not read (it would never end)
    InputFiles.Listing pipe =
        InputFiles.list(
            new Configuration(),
            List.of(corpus.resolve("pipe.jsonl").toString()),
            null,
            1 << 20,
            null);
    assertEquals(0, pipe.files().size());
    assertEquals(
        List.of(InputFiles.NOT_REGULAR),
        pipe.skipped().stream().map(InputFiles.Skipped::reason).toList());
  }

  @Test
  void aForcedFormatTakesItsOwnFiles() throws IOException {
    touch(dir.resolve("reut2-000.sgm"), "");
    touch(dir.resolve("README.txt"), "");
    InputFiles.Listing listing =
        InputFiles.list(
            new Configuration(), List.of(dir.toString()), InputFormat.REUTERS, 1 << 20, null);
    assertEquals(1, listing.files().size());
    assertEquals(1, listing.skipped().size());
    touch(dir.resolve("article"), "no extension");
    InputFiles.Listing text =
        InputFiles.list(
            new Configuration(), List.of(dir.toString()), InputFormat.TEXT, 1 << 20, null);
    assertEquals(3, text.files().size(), "text takes any file");
  }

  @Test
  void largeJsonLinesFilesAreReadInRanges() throws IOException {
    touch(dir.resolve("big.jsonl"), "x".repeat(2500));
    List<InputFile> files =
        InputFiles.list(new Configuration(), List.of(dir.toString()), null, 1000, null).files();
    assertEquals(3, files.size());
    assertEquals(List.of(0L, 1000L, 2000L), files.stream().map(f -> f.start).toList());
    assertEquals(2500L, files.get(2).end);
  }

  @Test
  void theOutputFolderIsNeverInput() throws IOException {
    touch(dir.resolve("a.jsonl"), "{}");
    touch(dir.resolve("reports/articles/part-0.parquet"), "");
    String exclude = "file:" + dir.resolve("reports");
    assertEquals(
        1,
        InputFiles.list(new Configuration(), List.of(dir.toString()), null, 1 << 20, exclude)
            .files()
            .size());
  }

  @Test
  void aMissingInputIsAClearError() {
    FileNotFoundException e =
        assertThrows(
            FileNotFoundException.class,
            () ->
                InputFiles.list(
                    new Configuration(),
                    List.of(dir.resolve("nope").toString()),
                    null,
                    1 << 20,
                    null));
    assertTrue(e.getMessage().contains("nope"));
  }

  /**
   * The same input twice, a folder and a file inside it, a path through ./ or a link given by name:
   * each file is read once, and every other way it was reached is listed as skipped, naming the
   * input that reads it (the file was read twice: counts doubled, each bad record rejected twice).
   */
  @Test
  void aFileReachedThroughTwoInputsIsReadOnceAndTheOverlapListed() throws IOException {
    touch(dir.resolve("corpus/a.jsonl"), "{}");
    touch(dir.resolve("corpus/sub/b.jsonl"), "{}");
    Files.createSymbolicLink(dir.resolve("link.jsonl"), dir.resolve("corpus/a.jsonl"));
    String corpus = dir.resolve("corpus").toString();
    List<String> inputs =
        List.of(
            corpus,
            corpus,
            corpus + "/sub/b.jsonl",
            dir + "/./corpus/a.jsonl",
            dir.resolve("link.jsonl").toString());
    InputFiles.Listing listing = InputFiles.list(new Configuration(), inputs, null, 1 << 20, null);
    assertEquals(
        List.of(corpus + "/a.jsonl", corpus + "/sub/b.jsonl"),
        listing.files().stream().map(f -> f.displayPath).toList());
    String also = InputFiles.ALREADY_LISTED + " '" + corpus + "'";
    assertEquals(
        List.of(
            new InputFiles.Skipped(corpus + "/a.jsonl", also),
            new InputFiles.Skipped(corpus + "/sub/b.jsonl", also),
            new InputFiles.Skipped(corpus + "/sub/b.jsonl", also),
            new InputFiles.Skipped(dir + "/./corpus/a.jsonl", also),
            new InputFiles.Skipped(dir.resolve("link.jsonl").toString(), also)),
        listing.skipped(),
        "the second listing of the folder, the file inside it, the ./ path and the link given by"
            + " name");
  }

  /**
   * A folder of an earlier run's reports inside an input is not corpus: it is listed as skipped,
   * whole.
   */
  @Test
  void aFolderOfDyadReportsIsNotReadAsCorpus() throws IOException {
    touch(dir.resolve("news/a.jsonl"), "{}");
    touch(dir.resolve("news/old-reports/_manifest.json"), "{}");
    touch(dir.resolve("news/old-reports/articles/part-0.parquet"), "");
    touch(dir.resolve("news/old-reports/report/index.html"), "");
    InputFiles.Listing listing =
        InputFiles.list(
            new Configuration(), List.of(dir.resolve("news").toString()), null, 1 << 20, null);
    assertEquals(
        List.of(dir + "/news/a.jsonl"), listing.files().stream().map(f -> f.displayPath).toList());
    assertEquals(Map.of(dir + "/news/old-reports", InputFiles.REPORTS_FOLDER), skipped(listing));
    // Given by name, its tables are still inputs (a Dyad articles table is Parquet input).
    assertEquals(
        1,
        InputFiles.list(
                new Configuration(),
                List.of(dir.resolve("news/old-reports/articles").toString()),
                null,
                1 << 20,
                null)
            .files()
            .size());
  }
}

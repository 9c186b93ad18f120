package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.compress.BZip2Codec;
import org.dyad.spark.SerializableConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compressed inputs give every record they hold, and a damaged one says so. */
class CompressedInputTest {
  @TempDir Path dir;

  private static final Configuration CONF = new Configuration();

  private static String jsonl(int from, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < from + n; i++) {
      b.append("{\"id\":\"a")
          .append(i)
          .append(
              "\",\"published\":\"2019-05-16\",\"text\":\"Iran and the United States traded"
                  + " warnings again on day ")
          .append(i)
          .append(", officials in Tehran and Washington said.\"}\n");
    }
    return b.toString();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static byte[] bzip2(String text) throws IOException {
    BZip2Codec codec = new BZip2Codec();
    codec.setConf(CONF);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = codec.createOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private List<RawRecord> read(String name, byte[] content) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name + "-in"));
    Files.write(folder.resolve(name), content);
    InputFiles.Listing listing =
        InputFiles.list(CONF, List.of(folder.toString()), null, 64L << 20, null);
    assertEquals(1, listing.files().size(), "listed: " + listing);
    ReaderSettings settings = new ReaderSettings(FieldMapping.of(Map.of()), null, 100_000);
    return ParserFixtures.list(
        CorpusReader.records(
            listing.files().get(0), new SerializableConfiguration(CONF), settings));
  }

  private static long accepted(List<RawRecord> records) {
    return records.stream().filter(r -> !r.rejected()).count();
  }

  @Test
  void aGzipOrBzip2FileGivesAllItsRecords() throws IOException {
    String text = jsonl(0, 2000);
    byte[] gz = gzip(text);
    assertTrue(
        gz.length < text.length() / 5, "the compressed size is far below the text's: " + gz.length);
    List<RawRecord> fromGzip = read("news.jsonl.gz", gz);
    assertEquals(2000, fromGzip.size());
    assertEquals(2000, accepted(fromGzip));
    assertEquals("a1999", fromGzip.get(1999).givenId);
    List<RawRecord> fromBzip2 = read("news.jsonl.bz2", bzip2(text));
    assertEquals(2000, accepted(fromBzip2));
    assertEquals(2000, fromBzip2.size());
  }

  @Test
  void everyMemberOfAMultiMemberGzipIsRead() throws IOException {
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(gzip(jsonl(0, 700)));
    both.write(gzip(jsonl(700, 800)));
    List<RawRecord> records = read("two.jsonl.gz", both.toByteArray());
    assertEquals(1500, accepted(records));
    assertEquals(1500, records.size());
  }

  @Test
  void aTruncatedGzipKeepsWhatItHoldsAndRejectsTheRestWithAReason() throws IOException {
    byte[] gz = gzip(jsonl(0, 2000));
    byte[] cut = Arrays.copyOf(gz, gz.length / 2);
    List<RawRecord> records = read("cut.jsonl.gz", cut);
    List<RawRecord> rejects = records.stream().filter(RawRecord::rejected).toList();
    assertEquals(1, rejects.size(), "one reject for the part that could not be read");
    assertEquals(RejectReason.UNREADABLE_FILE.code, rejects.get(0).reason);
    long kept = accepted(records);
    assertTrue(kept > 100 && kept < 2000, "the records before the cut are kept: " + kept);
    // the kept records are whole: each is one of the originals, in order
    for (int i = 0; i < kept; i++) assertEquals("a" + i, records.get(i).givenId);
  }

  @Test
  void aFileThatIsNotWhatItsSuffixSaysIsRejected() throws IOException {
    for (String name : List.of("fake.jsonl.bz2", "fake.jsonl.gz")) {
      List<RawRecord> records = read(name, jsonl(0, 50).getBytes(StandardCharsets.UTF_8));
      assertEquals(1, records.size(), name + ": " + records.size());
      assertTrue(records.get(0).rejected(), name);
      assertEquals(RejectReason.UNREADABLE_FILE.code, records.get(0).reason, name);
    }
  }
}

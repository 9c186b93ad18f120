package org.dyad.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Small helpers for parser tests: an input file description and parsing from bytes. */
final class ParserFixtures {
  private ParserFixtures() {}

  static final ReaderSettings SETTINGS = new ReaderSettings(FieldMapping.of(Map.of()), null, 1_000);

  static InputFile file(String name, InputFormat format, long length) {
    return InputFile.whole("file:/corpus/" + name, "corpus/" + name, format, null, length, false);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static List<RawRecord> jsonl(byte[] bytes, ReaderSettings settings) {
    return list(
        JsonLinesParser.parse(
            new ByteArrayInputStream(bytes),
            file("a.jsonl", InputFormat.JSONL, bytes.length),
            settings));
  }

  static List<RawRecord> csv(byte[] bytes, ReaderSettings settings) {
    return list(
        CsvRecordParser.parse(
            new ByteArrayInputStream(bytes),
            file("a.csv", InputFormat.CSV, bytes.length),
            settings));
  }

  static List<RawRecord> reuters(byte[] bytes) throws IOException {
    return ReutersSgmlParser.parse(
        new ByteArrayInputStream(bytes),
        file("a.sgm", InputFormat.REUTERS, bytes.length),
        SETTINGS);
  }

  static <T> List<T> list(Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}

package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The end of a file is checked apart from its parser: a parser that stops early cannot lose records
 * unseen.
 */
class RecordIteratorTest {

  /** Reads lines of the stream as records; stops after {@code limit} of them, whatever follows. */
  static List<RawRecord> read(InputStream in, int limit) {
    InputFile file = ParserFixtures.file("f.jsonl", InputFormat.JSONL, 100);
    RecordIterator it =
        new RecordIterator(file, in) {
          long position;
          int given;

          @Override
          protected RawRecord readNext() throws IOException {
            if (given == limit) return null;
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
              line.append((char) b);
              position++;
            }
            if (b < 0 && line.length() == 0) return null;
            position++;
            given++;
            RawRecord r = file.record(position, (long) given);
            r.text = line.toString();
            return r;
          }

          @Override
          protected long position() {
            return position;
          }
        };
    List<RawRecord> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  static InputStream counted(String s) {
    return new EndCheckedInputStream(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aParserThatStopsBeforeTheEndCostsARejectForTheRest() {
    List<RawRecord> records = read(counted("one\ntwo\nthree\n"), 1);
    assertEquals(2, records.size());
    assertEquals("one", records.get(0).text);
    RawRecord rest = records.get(1);
    assertEquals(RejectReason.UNREADABLE_FILE.code, rest.reason);
    assertEquals(
        "the reader stopped at byte 4 of the file's data, before its end: the rest was not read",
        rest.detail);
  }

  @Test
  void aParserThatReadsToTheEndAddsNothing() {
    List<RawRecord> records = read(counted("one\ntwo\nthree\n"), 10);
    assertEquals(List.of("one", "two", "three"), records.stream().map(r -> r.text).toList());
    assertTrue(records.stream().noneMatch(RawRecord::rejected));
    // Stopped exactly at the end: nothing is left to report.
    assertTrue(read(counted("one\ntwo\n"), 2).stream().noneMatch(RawRecord::rejected));
  }

  @Test
  void withoutTheCountingStreamNothingIsChecked() {
    assertEquals(
        1, read(new ByteArrayInputStream("one\ntwo\n".getBytes(StandardCharsets.UTF_8)), 1).size());
  }
}

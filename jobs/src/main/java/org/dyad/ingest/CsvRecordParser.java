package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSV (RFC 4180) with a header row; quoted fields may span lines. Offsets are character offsets of
 * the row's start. A row with more or fewer cells than the header is rejected; an unclosed quote
 * rejects the rest of the file as one record, since CSV has no way to find the next row after it.
 */
public final class CsvRecordParser {
  private CsvRecordParser() {}

  public static Iterator<RawRecord> parse(InputStream in, InputFile file, ReaderSettings settings) {
    CsvReader csv =
        new CsvReader(Decoding.reader(in, settings.charsetFor(file.format)), settings.maxChars + 1);
    return new RecordIterator(file, in) {
      List<String> header;
      boolean ended;

      @Override
      protected RawRecord readNext() throws IOException {
        if (ended) return null;
        try {
          List<String> cells = csv.next();
          if (header == null && cells != null) {
            header = uniqueNames(cells);
            cells = csv.next();
          }
          return cells == null ? null : record(cells);
        } catch (CsvReader.UnclosedQuoteException e) {
          ended = true;
          return file.record(csv.rowOffset(), csv.rowLine())
              .reject(
                  RejectReason.MALFORMED_CSV,
                  e.getMessage() + "; the rest of the file is this one record",
                  null);
        }
      }

      private RawRecord record(List<String> cells) {
        RawRecord r = file.record(csv.rowOffset(), csv.rowLine());
        String raw = String.join(",", cells);
        if (csv.rowTooLong()) {
          return r.reject(
              RejectReason.OVERSIZED,
              "a field is longer than " + settings.maxChars + " characters",
              raw);
        }
        if (csv.rowProblem() != null)
          return r.reject(RejectReason.MALFORMED_CSV, csv.rowProblem(), raw);
        if (cells.stream().anyMatch(Decoding::hasInvalid)) {
          return r.reject(
              RejectReason.INVALID_ENCODING,
              "bytes invalid in " + settings.charsetFor(file.format).name(),
              raw);
        }
        if (cells.stream().anyMatch(Decoding::hasNul)) {
          return r.reject(RejectReason.NUL_BYTE, "NUL byte in the row", raw);
        }
        if (cells.size() != header.size()) {
          return r.reject(
              RejectReason.MALFORMED_CSV,
              "row has " + cells.size() + " cells, the header has " + header.size(),
              raw);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) values.put(header.get(i), cells.get(i));
        RecordFields.fillFromStrings(r, values, settings.fields);
        if (r.text == null) r.snippet = RawRecord.snippet(raw);
        return r;
      }

      @Override
      protected long position() {
        return csv.offset();
      }
    };
  }

  /**
   * The header's names made unique: a repeated name gets "_2", "_3", ... (the next suffix free). A
   * set and a counter per name keep this linear: 10,000 copies of one name took a list scan per
   * candidate per name before (cubic), and stalled the run.
   */
  static List<String> uniqueNames(List<String> names) {
    List<String> unique = new ArrayList<>(names.size());
    Set<String> taken = new HashSet<>();
    Map<String, Integer> nextSuffix = new HashMap<>();
    for (String name : names) {
      String base = Decoding.stripBom(name).strip();
      String candidate = base;
      if (taken.contains(candidate)) {
        int i = nextSuffix.getOrDefault(base, 2);
        while (taken.contains(base + "_" + i)) i++;
        candidate = base + "_" + i;
        nextSuffix.put(base, i + 1);
      }
      taken.add(candidate);
      unique.add(candidate);
    }
    return unique;
  }
}

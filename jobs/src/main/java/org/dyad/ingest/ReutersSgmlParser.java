package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reuters-21578 SGML ({@code reut2-NNN.sgm}). The files are not XML (no root element, unescaped
 * {@code >}, SGML character references), so they are read with patterns for the known tags, never
 * by an XML parser: no DTD or external entity is ever resolved, and unknown entities stay literal
 * text.
 *
 * <p>Text is the DATELINE and BODY; an unprocessed record's raw TEXT; or, for a brief that is only
 * a headline, its TITLE. Dates keep only their leading {@code D-MON-YYYY HH:MM:SS} (334 carry
 * trailing junk) and are taken as UTC. The TOPICS, PLACES, PEOPLE, ORGS and EXCHANGES labels go to
 * {@code labels}.
 */
public final class ReutersSgmlParser {
  public static final String SOURCE_NAME = "Reuters";
  public static final String ID_PREFIX = "reuters-";

  private static final String CLOSE = "</REUTERS>";
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=\"([^\"]*)\"");
  private static final Pattern DATE =
      Pattern.compile(
          "^\\s*(\\d{1,2})-([A-Za-z]{3})-(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2}):(\\d{2}))?");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d{1,7});");
  private static final String[] LABEL_TAGS = {
    "TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES"
  };
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  private ReutersSgmlParser() {}

  /** The metadata key that says a file was read in another encoding than the default, and which. */
  public static final String ENCODING_DETECTED = "encoding_detected";

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The character set of a Reuters SGML file: the one given (--encoding), else ISO-8859-1
   * (Reuters-21578's), unless the file holds bytes 0x80-0x9F, which are control characters in
   * ISO-8859-1 and almost never meant: then UTF-8 when the whole file is valid UTF-8 (those bytes
   * are inside its sequences), else windows-1252, whose punctuation they are (curly quotes, dashes,
   * the euro sign). Such files were read as ISO-8859-1 and the characters deleted without a word
   * ("IRAN “TALKS”" became "IRAN TALKS").
   */
  static Charset charsetOf(byte[] bytes, ReaderSettings settings) {
    if (settings.encoding != null) return Charset.forName(settings.encoding);
    boolean c1 = false;
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v >= 0x80 && v <= 0x9F) {
        c1 = true;
        break;
      }
    }
    if (!c1) return StandardCharsets.ISO_8859_1;
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException notUtf8) {
      return WINDOWS_1252;
    }
  }

  public static List<RawRecord> parse(InputStream in, InputFile file, ReaderSettings settings)
      throws IOException {
    byte[] bytes = in.readAllBytes();
    Charset charset = charsetOf(bytes, settings);
    String detected =
        settings.encoding == null && !charset.equals(StandardCharsets.ISO_8859_1)
            ? charset.name()
            : null;
    String sgml = Decoding.decode(bytes, bytes.length, charset);
    ByteOffsets offsets = new ByteOffsets(sgml, charset);
    List<RawRecord> records = parse(sgml, file, offsets);
    if (detected != null) records.forEach(r -> r.metadata.put(ENCODING_DETECTED, detected));
    return records;
  }

  /**
   * Byte offsets of character offsets, for the records' source offsets: one byte a character in a
   * single-byte character set; in UTF-8 counted forward from the last offset asked for (records
   * come in order).
   */
  static final class ByteOffsets {
    private final String text;
    private final boolean singleByte;
    private int chars;
    private long bytes;

    ByteOffsets(String text, Charset charset) {
      this.text = text;
      this.singleByte = !charset.equals(StandardCharsets.UTF_8);
    }

    long of(int charOffset) {
      if (singleByte) return charOffset;
      if (charOffset < chars) {
        chars = 0;
        bytes = 0;
      }
      for (; chars < charOffset; chars++) {
        char c = text.charAt(chars);
        bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
      }
      return bytes;
    }
  }

  private static List<RawRecord> parse(String sgml, InputFile file, ByteOffsets offsets) {
    List<RawRecord> records = new ArrayList<>();
    int searchFrom = 0;
    long line = 1;
    int lineCountedTo = 0;
    while (true) {
      // "<REUTERS" followed by a non-word character, up to the next ">": scanned, not matched by a
      // regex
      // (a record of repeated tags made the regexes quadratic and stalled the run).
      int start = openTag(sgml, "REUTERS", searchFrom);
      if (start < 0) break;
      int gt = sgml.indexOf('>', start);
      if (gt < 0) {
        // an opening tag never closed: the rest of the file is one reject, not dropped
        line += countNewlines(sgml, lineCountedTo, start);
        records.add(
            file.record(offsets.of(start), line)
                .reject(
                    RejectReason.MALFORMED_SGML,
                    "<REUTERS tag without its closing \">\"",
                    sgml.substring(start)));
        break;
      }
      int openEnd = gt + 1;
      String attributes = sgml.substring(start + "<REUTERS".length(), gt);
      line += countNewlines(sgml, lineCountedTo, start);
      lineCountedTo = start;
      RawRecord r = file.record(offsets.of(start), line);
      int nextOpen = sgml.indexOf("<REUTERS", openEnd);
      int close = sgml.indexOf(CLOSE, openEnd);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        int end = nextOpen >= 0 ? nextOpen : sgml.length();
        records.add(
            r.reject(
                RejectReason.MALFORMED_SGML,
                "<REUTERS> record without </REUTERS>",
                sgml.substring(start, end)));
        searchFrom = end;
        continue;
      }
      records.add(
          record(r, attributes, sgml.substring(openEnd, close), sgml.substring(start, close)));
      searchFrom = close + CLOSE.length();
    }
    return records;
  }

  /** Longer attribute lists than this are not Reuters' (theirs are under 200 characters). */
  static final int MAX_ATTRIBUTE_CHARS = 10_000;

  private static RawRecord record(RawRecord r, String attributeText, String body, String raw) {
    if (attributeText.length() > MAX_ATTRIBUTE_CHARS) {
      return r.reject(
          RejectReason.MALFORMED_SGML,
          "<REUTERS> attributes longer than " + MAX_ATTRIBUTE_CHARS + " characters",
          raw);
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher a = ATTRIBUTE.matcher(attributeText);
    while (a.find()) attributes.put(a.group(1).toUpperCase(Locale.ROOT), a.group(2));
    String newId = attributes.get("NEWID");
    if (newId == null || newId.isBlank()) {
      return r.reject(RejectReason.MALFORMED_SGML, "<REUTERS> record without NEWID", raw);
    }
    r.givenId = ID_PREFIX + newId.strip();
    r.source = SOURCE_NAME;
    attributes.forEach((k, v) -> r.metadata.put(k.toLowerCase(Locale.ROOT), v));

    String date = element(body, "DATE");
    if (date != null) {
      r.metadata.put("date_raw", decode(date).strip());
      r.publishedRaw = isoDate(date);
    }
    for (String tag : LABEL_TAGS) {
      String list = element(body, tag);
      if (list == null) continue;
      List<String> values = new ArrayList<>();
      for (int d = list.indexOf("<D>"); d >= 0; ) {
        int end = list.indexOf("</D>", d + 3);
        if (end < 0) break;
        values.add(decode(list.substring(d + 3, end)).strip());
        d = list.indexOf("<D>", end + 4);
      }
      if (!values.isEmpty()) r.labels.put(tag.toLowerCase(Locale.ROOT), values);
    }

    String[] text = textElement(body);
    if (text != null) {
      if (text[0].length() > MAX_ATTRIBUTE_CHARS) {
        return r.reject(
            RejectReason.MALFORMED_SGML,
            "<TEXT> attributes longer than " + MAX_ATTRIBUTE_CHARS + " characters",
            raw);
      }
      Matcher type = ATTRIBUTE.matcher(text[0]);
      String textType = type.find() ? type.group(2) : "NORM";
      r.metadata.put("text_type", textType);
      String inner = text[1];
      String title = element(inner, "TITLE");
      String dateline = element(inner, "DATELINE");
      String author = element(inner, "AUTHOR");
      String bodyText = element(inner, "BODY");
      if (title != null) r.title = clean(title);
      if (dateline != null) r.metadata.put("dateline", clean(dateline));
      if (author != null) r.metadata.put("author", clean(author));
      // The text reads as the wire sent it, dateline first ("TOKYO, March 3 - ..."): the dateline
      // says where
      // the story is, and Reuters' PLACES labels count it.
      if (bodyText != null)
        r.text =
            dateline == null ? clean(bodyText) : clean(clean(dateline) + " " + clean(bodyText));
      else if ("UNPROC".equals(textType)) r.text = clean(withoutTags(inner));
      else r.text = r.title;
    }
    if (r.text == null || r.text.isBlank()) r.snippet = RawRecord.snippet(raw);
    return r;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * The first "<NAME" at or after from followed by a non-word character or the end (regex
   * "<NAME\\b"), or -1.
   */
  static int openTag(String s, String name, int from) {
    String prefix = "<" + name;
    for (int i = s.indexOf(prefix, from); i >= 0; i = s.indexOf(prefix, i + 1)) {
      int after = i + prefix.length();
      if (after >= s.length() || !isWordChar(s.charAt(after))) return i;
    }
    return -1;
  }

  /**
   * The attributes and content of the first {@code <TEXT ...>...</TEXT>}, or null; linear in the
   * body.
   */
  static String[] textElement(String body) {
    int open = openTag(body, "TEXT", 0);
    if (open < 0) return null;
    int gt = body.indexOf('>', open);
    if (gt < 0) return null;
    int close = body.indexOf("</TEXT>", gt + 1);
    if (close < 0) return null;
    return new String[] {
      body.substring(open + "<TEXT".length(), gt), body.substring(gt + 1, close)
    };
  }

  /** Every tag ({@code </?[A-Z]+\\b[^>]*>}) replaced by a space, in one pass. */
  static String withoutTags(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int copied = 0;
    int n = s.length();
    for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i + 1)) {
      int j = i + 1;
      if (j < n && s.charAt(j) == '/') j++;
      int end = j;
      while (end < n && s.charAt(end) >= 'A' && s.charAt(end) <= 'Z') end++;
      if (end == j || (end < n && isWordChar(s.charAt(end)))) continue;
      int gt = s.indexOf('>', end);
      if (gt < 0) break; // no ">" after: no tag closes anywhere further on
      out.append(s, copied, i).append(' ');
      copied = gt + 1;
      i = gt;
    }
    return out.append(s, copied, n).toString();
  }

  /** The content of the first {@code <tag>...</tag>}, or null. */
  private static String element(String s, String tag) {
    int open = s.indexOf("<" + tag + ">");
    if (open < 0) return null;
    int from = open + tag.length() + 2;
    int close = s.indexOf("</" + tag + ">", from);
    return close < 0 ? null : s.substring(from, close);
  }

  /**
   * {@code 26-FEB-1987 15:01:01.79} (with any trailing junk) as ISO-8601 UTC; unmatched input
   * unchanged.
   */
  static String isoDate(String raw) {
    Matcher m = DATE.matcher(raw);
    if (!m.find()) return raw.strip();
    int month = MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
    if (month == 0) return raw.strip();
    String day =
        String.format(
            "%04d-%02d-%02d", Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
    if (m.group(4) == null) return day;
    return String.format(
        "%sT%02d:%s:%sZ", day, Integer.parseInt(m.group(4)), m.group(5), m.group(6));
  }

  /**
   * Decodes entities, drops the C0 control characters but tab and newline (Reuters' &#2; &#3; &#5;
   * ... markers) and trims. C1 controls (U+0080-U+009F) are kept as given: they come from a file
   * read in an encoding the user chose (the default detects windows-1252 and UTF-8, see {@link
   * #charsetOf}), and dropping them deleted that file's punctuation.
   */
  static String clean(String s) {
    return decode(s).strip();
  }

  static String decode(String s) {
    Matcher m = NUMERIC_ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      int cp = Integer.parseInt(m.group(1));
      String replacement = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    String named =
        out.toString()
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
    StringBuilder kept = new StringBuilder(named.length());
    named
        .codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\t' || (cp >= 0x20 && cp != 0x7F)) kept.appendCodePoint(cp);
              else if (cp == '\r') kept.append('\n');
            });
    return kept.toString();
  }

  private static long countNewlines(String s, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) if (s.charAt(i) == '\n') n++;
    return n;
  }
}

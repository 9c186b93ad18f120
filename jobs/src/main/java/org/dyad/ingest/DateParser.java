package org.dyad.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dates news corpora carry and returns them in UTC: ISO-8601 with or without time and
 * offset, RFC 1123 ("Wed, 15 May 2019 10:00:00 GMT"), "15 May 2019", "May 15, 2019", "2019/05/15",
 * "20190515", "15-MAY-2019 10:00:00" (Reuters), and Unix epoch seconds (also with a fraction) or
 * milliseconds. A date or time without an offset is taken as UTC. Every format resolves strictly: a day
 * that does not exist ("Feb 30") is no date, never the nearest one. Years outside 1000-2999 and negative
 * epoch values are not believed.
 */
public final class DateParser {
  private DateParser() {}

  /** Epoch seconds (9-11 digits, optionally with a fraction) or milliseconds (12-13 digits); never negative. */
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}|\\d{9,11}\\.\\d{1,9}");

  /**
   * A formatter that resolves strictly: "30 Feb 2019" or "2019/02/30" is not a date (a lenient or smart
   * resolver made them 2019-02-28 without a word, and the article landed in another period).
   */
  private static DateTimeFormatter f(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .parseLenient()
        .appendPattern(pattern.replace("yyyy", "uuuu"))
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** Tried in order; each either zoned, local date-time, or local date. */
  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE_TIME.withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .append(DateTimeFormatter.ISO_LOCAL_DATE)
              .appendLiteral(' ')
              .append(DateTimeFormatter.ISO_LOCAL_TIME)
              .optionalStart()
              .appendOffset("+HH:MM", "Z")
              .optionalEnd()
              .optionalStart()
              .appendLiteral(' ')
              .appendZoneOrOffsetId()
              .optionalEnd()
              .toFormatter(Locale.ENGLISH)
              .withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.RFC_1123_DATE_TIME.withResolverStyle(ResolverStyle.STRICT),
          f("EEE, d MMM yyyy HH:mm:ss Z"),
          f("EEE, d MMM yyyy HH:mm Z"),
          f("d MMM yyyy HH:mm:ss"),
          f("d MMM yyyy"),
          f("d MMMM yyyy"),
          f("MMM d, yyyy"),
          f("MMMM d, yyyy"),
          f("MMM d yyyy"),
          f("MMMM d yyyy"),
          f("MMMM d, yyyy HH:mm"),
          f("yyyy/MM/dd HH:mm:ss"),
          f("yyyy/MM/dd"),
          f("yyyyMMdd"),
          f("d-MMM-yyyy HH:mm:ss"),
          f("d-MMM-yyyy"));

  /** The instant the text names, or empty when no known format reads it. */
  public static Optional<Instant> parse(String text) {
    if (text == null) return Optional.empty();
    String s = text.strip();
    if (s.isEmpty()) return Optional.empty();
    if (EPOCH.matcher(s).matches()) {
      int dot = s.indexOf('.');
      if (dot >= 0) {
        String fraction = (s.substring(dot + 1) + "000000000").substring(0, 9);
        return plausible(Instant.ofEpochSecond(Long.parseLong(s.substring(0, dot)), Long.parseLong(fraction)));
      }
      long v = Long.parseLong(s);
      return plausible(s.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v));
    }
    for (DateTimeFormatter format : FORMATS) {
      try {
        TemporalAccessor t = format.parseBest(s, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        Instant instant;
        if (t instanceof ZonedDateTime z) instant = z.toInstant();
        else if (t instanceof OffsetDateTime o) instant = o.toInstant();
        else if (t instanceof LocalDateTime l) instant = l.toInstant(ZoneOffset.UTC);
        else instant = ((LocalDate) t).atStartOfDay(ZoneOffset.UTC).toInstant();
        return plausible(instant);
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  private static Optional<Instant> plausible(Instant instant) {
    int year = instant.atZone(ZoneOffset.UTC).get(ChronoField.YEAR);
    return year >= 1000 && year <= 2999 ? Optional.of(instant) : Optional.empty();
  }
}

package org.dyad.ingest;

import java.time.DateTimeException;
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
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates news corpora carry and returns them in UTC: ISO-8601 with or without time and
 * offset, RFC 1123 ("Wed, 15 May 2019 10:00:00 GMT"), "15 May 2019", "May 15, 2019", "2019/05/15",
 * "20190515", "15-MAY-2019 10:00:00" (Reuters), and Unix epoch seconds (also with a fraction) or
 * milliseconds ({@link EpochUnit}: the unit is never guessed where the digit count leaves it in
 * doubt). A date or time without an offset is taken as UTC. Every format resolves strictly: a day
 * that does not exist ("Feb 30") is no date, never the nearest one. Years outside 1000-2999 and
 * negative epoch values are not believed. Dates are in the proleptic Gregorian calendar (the
 * Gregorian rules carried back before 1582, as ISO-8601, Spark, Parquet and DuckDB count), and
 * instants keep microseconds: finer digits are dropped.
 */
public final class DateParser {
  private DateParser() {}

  /**
   * A bare number of 9 digits or more, optionally with a fraction: an epoch value; never negative.
   */
  private static final Pattern EPOCH = Pattern.compile("(\\d{9,})(?:\\.(\\d{1,9}))?");

  /**
   * A formatter that resolves strictly: "30 Feb 2019" or "2019/02/30" is not a date (a lenient or
   * smart resolver made them 2019-02-28 without a word, and the article landed in another period).
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

  /**
   * The instant the text names, or empty when no known format reads it; bare numbers as {@link
   * EpochUnit#AUTO}.
   */
  public static Optional<Instant> parse(String text) {
    return parse(text, EpochUnit.AUTO);
  }

  /**
   * The instant the text names, or empty when no known format reads it (or the number's unit is in
   * doubt).
   */
  public static Optional<Instant> parse(String text, EpochUnit epochUnit) {
    return anyYear(text, epochUnit).flatMap(DateParser::plausible);
  }

  /** The instant the text names in whatever year. */
  private static Optional<Instant> anyYear(String text, EpochUnit epochUnit) {
    if (text == null) return Optional.empty();
    String s = text.strip();
    if (s.isEmpty()) return Optional.empty();
    Matcher epoch = EPOCH.matcher(s);
    if (epoch.matches()) {
      EpochUnit unit = epochUnit(epoch, epochUnit);
      if (unit == null || epoch.group(1).length() > 18) return Optional.empty();
      long whole = Long.parseLong(epoch.group(1));
      String fraction = epoch.group(2) == null ? "" : epoch.group(2);
      try {
        return Optional.of(
            unit == EpochUnit.SECONDS
                ? Instant.ofEpochSecond(
                    whole, Long.parseLong((fraction + "000000000").substring(0, 9)))
                : Instant.ofEpochMilli(whole)
                    .plusNanos(Long.parseLong((fraction + "000000").substring(0, 6))));
      } catch (DateTimeException | ArithmeticException beyondTime) {
        return Optional.empty();
      }
    }
    for (DateTimeFormatter format : FORMATS) {
      try {
        TemporalAccessor t =
            format.parseBest(
                s, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        Instant instant;
        if (t instanceof ZonedDateTime z) instant = z.toInstant();
        else if (t instanceof OffsetDateTime o) instant = o.toInstant();
        else if (t instanceof LocalDateTime l) instant = l.toInstant(ZoneOffset.UTC);
        else instant = ((LocalDate) t).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Optional.of(instant);
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  /**
   * The unit of a bare number: the one given, else by its digits (9-10 seconds, 13 milliseconds, a
   * fraction only with 9-10 digits of seconds); null when the digits leave it in doubt.
   */
  private static EpochUnit epochUnit(Matcher epoch, EpochUnit given) {
    if (given != EpochUnit.AUTO) return given;
    int digits = epoch.group(1).length();
    if (digits <= 10) return EpochUnit.SECONDS;
    if (digits == 13 && epoch.group(2) == null) return EpochUnit.MILLISECONDS;
    return null;
  }

  /**
   * Why a date text is not a date, for the reject's detail: a number whose unit is in doubt says so
   * and names the option; a date outside the years believed says that.
   */
  public static String problem(String text, EpochUnit epochUnit) {
    String s = text == null ? "" : text.strip();
    Matcher epoch = EPOCH.matcher(s);
    if (epoch.matches() && epochUnit(epoch, epochUnit) == null) {
      return "cannot read date '"
          + text
          + "': a number of "
          + epoch.group(1).length()
          + " digits could be epoch seconds or milliseconds; give --epoch-unit seconds or"
          + " milliseconds";
    }
    if (anyYear(s, epochUnit).isPresent()) {
      return "date '" + text + "' is outside the years 1000-2999 that Dyad reads";
    }
    return "cannot read date '" + text + "'";
  }

  /** Microseconds: Spark's, Parquet's and DuckDB's precision. */
  private static Optional<Instant> plausible(Instant instant) {
    int year = instant.atZone(ZoneOffset.UTC).get(ChronoField.YEAR);
    return year >= 1000 && year <= 2999
        ? Optional.of(instant.truncatedTo(ChronoUnit.MICROS))
        : Optional.empty();
  }
}

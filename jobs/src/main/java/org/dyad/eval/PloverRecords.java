package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.events.CodedEvent;
import org.dyad.events.EventActor;
import org.dyad.events.EventCoder;
import org.dyad.events.EventTypes;

/**
 * Dyad's event coder on PLOVER's 322 gold records made from the CAMEO 1.1b3 manual's example
 * sentences (../shared/data/event_coding/plover/PLOVER_GSR_CAMEO.txt). The records' own actors are
 * given to the coder (their words found in the sentence, with their code and sector), so that what
 * is scored is the coder: whether it codes an event of the record's PLOVER type (type accuracy),
 * and, apart, whether that event goes from a source of the record to a target of it (source/target
 * accuracy). The CAMEO verb dictionaries were made from the same manual, so these figures are
 * reported apart from news text.
 */
public final class PloverRecords {
  private PloverRecords() {}

  /** A side of a record: its words in the sentence and its code (country or IGO, and sector). */
  public record Side(String text, String code) {}

  public record Record(
      String id, String type, String text, List<Side> sources, List<Side> targets) {}

  /**
   * Records read; those with an event of the right type; those with any event; the records with a
   * source and a target (or two sources, coded between them) whose right-type event went the right
   * way, of those that have both sides and an event of the right type.
   */
  public record Score(
      int records,
      int rightType,
      int anyEvent,
      int withBothSides,
      int rightSides,
      List<String> lines) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  public static List<Record> read(Path file) throws IOException {
    List<Record> out = new ArrayList<>();
    for (JsonNode n : JSON.readTree(file.toFile())) {
      String type = n.path("event").asText();
      if (type.equals("DOCUMENT") || type.isEmpty()) continue;
      out.add(
          new Record(
              n.path("id").asText(),
              type,
              n.path("text").asText(),
              sides(n.path("source")),
              sides(n.path("target"))));
    }
    return out;
  }

  private static List<Side> sides(JsonNode list) {
    List<Side> out = new ArrayList<>();
    if (!list.isArray()) return out;
    for (JsonNode s : list) {
      if (!s.isObject()) continue;
      String code = s.path("code").asText("");
      String sector = s.path("sector").isTextual() ? s.path("sector").asText() : "";
      if (!code.isEmpty()) out.add(new Side(s.path("actorText").asText(""), code + sector));
    }
    return out;
  }

  /**
   * The type the gold records would give a CAMEO code: they use PLOVER 0.5's names
   * (README.PLOVER.md's table: DEMAND, DISAPPROVE, FIGHT, INVESTIGATE), which CAMEO2PLOVER-2021
   * renamed (REQUEST, ACCUSE) or merged; by root, 08 split at 084. Null for roots 01 and 02.
   */
  static String gsrType(String code) {
    if (code == null || code.length() < 2) return null;
    return switch (code.substring(0, 2)) {
      case "03" -> "AGREE";
      case "04" -> "CONSULT";
      case "05" -> "SUPPORT";
      case "06" -> "COOPERATE";
      case "07" -> "AID";
      case "08" -> code.length() >= 3 && code.charAt(2) >= '4' ? "RETREAT" : "CONCEDE";
      case "09" -> "INVESTIGATE";
      case "10" -> "DEMAND";
      case "11" -> "DISAPPROVE";
      case "12" -> "REJECT";
      case "13" -> "THREATEN";
      case "14" -> "PROTEST";
      case "15" -> "MOBILIZE";
      case "16" -> "SANCTION";
      case "17" -> "COERCE";
      case "18", "20" -> "ASSAULT";
      case "19" -> "FIGHT";
      default -> null;
    };
  }

  static String country(String code) {
    return code == null || code.length() < 3 ? code : code.substring(0, 3).toUpperCase(Locale.ROOT);
  }

  public static Score score(List<Record> records, EventCoder coder, EventTypes types) {
    int rightType = 0;
    int any = 0;
    int both = 0;
    int rightSides = 0;
    List<String> lines = new ArrayList<>();
    for (Record r : records) {
      List<EventActor> actors = new ArrayList<>();
      Set<String> taken = new TreeSet<>();
      List<Side> all = new ArrayList<>(r.sources());
      all.addAll(r.targets());
      for (Side s : all) {
        int at = s.text().isEmpty() ? -1 : r.text().indexOf(s.text());
        if (at < 0 || !taken.add(at + ":" + s.text())) continue;
        actors.add(
            new EventActor(
                at,
                at + s.text().length(),
                "plover:" + s.code() + ":" + at,
                s.text(),
                s.code(),
                country(s.code())));
      }
      actors.sort(Comparator.comparingInt(EventActor::begin));
      List<CodedEvent> events =
          actors.isEmpty()
              ? List.of()
              : coder.code(r.text(), 0, r.text().length(), actors).events();
      if (!events.isEmpty()) any++;
      List<CodedEvent> typed = new ArrayList<>();
      for (CodedEvent e : events) if (r.type().equals(gsrType(e.code()))) typed.add(e);
      if (!typed.isEmpty()) rightType++;
      Set<String> sources = new TreeSet<>();
      Set<String> targets = new TreeSet<>();
      r.sources().forEach(s -> sources.add(country(s.code())));
      r.targets().forEach(s -> targets.add(country(s.code())));
      // two sources and no target: an act between them ("Jordan and Britain have agreed")
      boolean between = targets.isEmpty() && sources.size() >= 2;
      boolean hasBoth = !sources.isEmpty() && (!targets.isEmpty() || between);
      boolean sidesRight = false;
      if (hasBoth && !typed.isEmpty()) {
        both++;
        for (CodedEvent e : typed) {
          if (e.source() == null || e.target() == null) continue;
          String s = country(e.source().code());
          String t = country(e.target().code());
          if (sources.contains(s)
              && (between ? sources.contains(t) && !s.equals(t) : targets.contains(t)))
            sidesRight = true;
        }
        if (sidesRight) rightSides++;
      }
      StringBuilder got = new StringBuilder();
      for (CodedEvent e : events) {
        if (got.length() > 0) got.append(' ');
        got.append(e.source() == null ? "?" : country(e.source().code()))
            .append('>')
            .append(e.target() == null ? "?" : country(e.target().code()))
            .append(':')
            .append(e.code())
            .append('/')
            .append(gsrType(e.code()));
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "%-28s %-11s %-5s %-5s want %s>%s  got [%s]",
              r.id(),
              r.type(),
              typed.isEmpty() ? "MISS" : "type",
              sidesRight ? "sides" : "",
              String.join(",", sources),
              between ? "(between)" : String.join(",", targets),
              got));
    }
    return new Score(records.size(), rightType, any, both, rightSides, lines);
  }
}

package org.dyad.events;

import java.util.Map;
import java.util.Set;

/**
 * What an act becomes when it is announced rather than done: "will meet", "agreed to resume talks"
 * express an intent (CAMEO 03x: the intent counterpart of 04-08); "will impose sanctions",
 * "threatened to strike" threaten (13x: the threat counterpart of 14-20). Other codes stay.
 */
final class Moods {
  private Moods() {}

  /** Verbs whose "to" infinitive is announced, not done. */
  static final Set<String> INTENT_VERBS =
      Set.of(
          "agree",
          "plan",
          "pledge",
          "promise",
          "vow",
          "offer",
          "intend",
          "decide",
          "seek",
          "want",
          "aim",
          "prepare",
          "expect",
          "hope",
          "propose",
          "consider",
          "threaten",
          "warn",
          "going");

  /** Verbs whose infinitive is a threat whatever its code. */
  static final Set<String> THREAT_VERBS = Set.of("threaten", "warn");

  private static final Map<String, String> THREATS =
      Map.ofEntries(
          Map.entry("160", "131"),
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("165", "135"),
          Map.entry("166", "136"),
          Map.entry("175", "137"),
          Map.entry("191", "1381"),
          Map.entry("192", "1382"),
          Map.entry("193", "1384"),
          Map.entry("194", "1384"),
          Map.entry("195", "1384"));

  /** The code of an act announced: an intent or a threat; {@code threat} for "threatened to". */
  static String announced(String code, boolean threat) {
    int root = EventTypes.root(code);
    if (root >= 14 && root <= 20) {
      String exact = THREATS.get(code.length() > 3 ? code.substring(0, 3) : code);
      if (exact != null) return exact;
      return switch (root) {
        case 14 -> "133";
        case 15, 19 -> "138";
        case 16 -> "131";
        case 17 -> code.startsWith("175") ? "137" : "132";
        case 18 -> "1383";
        case 20 -> "1385";
        default -> "130";
      };
    }
    if (threat) return root == 13 ? code : "130";
    String three = code.length() >= 3 ? code.substring(0, 3) : code + "0";
    return switch (root) {
      case 4 -> "036";
      case 5 -> "032";
      case 6 ->
          switch (three) {
            case "061" -> "0311";
            case "062" -> "0312";
            case "063" -> "0313";
            case "064" -> "0314";
            default -> "031";
          };
      case 7 ->
          switch (three) {
            case "071" -> "0331";
            case "072" -> "0332";
            case "073" -> "0333";
            case "074" -> "0334";
            default -> "033";
          };
      case 8 -> {
        char d = three.charAt(2);
        yield d >= '1' && d <= '6' ? "035" + d : "035";
      }
      default -> code;
    };
  }
}

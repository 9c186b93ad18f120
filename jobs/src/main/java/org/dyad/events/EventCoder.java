package org.dyad.events;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.Agents;
import org.dyad.tagger.PerceptronTagger;
import org.dyad.tagger.ShippedTagger;

/**
 * Codes the events of one sentence: who did what to whom, from the sentence's words, their
 * part-of-speech tags, the actors Dyad found in it and the CAMEO verb dictionary. A shallow grammar
 * (docs/EVENTS.md, "Coding rules"): a verb of the dictionary with its patterns; the subject before
 * it acts and the first actor after it (as object or after a preposition of direction) is acted on;
 * a passive turns them round ("by" names who acts); a negation drops the event; a modal or an
 * "agreed to", "threatened to" makes it an intent (03x) or a threat (13x); actors joined by "and"
 * each get the event; meetings, talks and agreements go both ways; nouns of events ("sanctions on
 * Iran", "talks with") are events too.
 *
 * <p>Pure and thread-safe; one coder serves a whole partition.
 */
public final class EventCoder implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Sentences longer than this many words are not coded (a table, a list, a run-on text). */
  public static final int MAX_WORDS = 120;

  private final VerbDictionary verbs;
  private final Agents agents;
  private transient PerceptronTagger tagger;

  /** Whether this is {@link #shipped()}: then it travels to executors as a marker only. */
  private final boolean shipped;

  public EventCoder(VerbDictionary verbs, Agents agents) {
    this(verbs, agents, false);
  }

  private EventCoder(VerbDictionary verbs, Agents agents, boolean shipped) {
    this.verbs = verbs;
    this.agents = agents;
    this.shipped = shipped;
  }

  private static final class Shipped {
    static final EventCoder CODER = create();

    private static EventCoder create() {
      try {
        return new EventCoder(VerbDictionary.shipped(), Agents.load(), true);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * The coder of Dyad's shipped dictionaries (CAMEO verbs, Phoenix agents), made once per JVM. Sent
   * to an executor, it is a marker that the executor reads as its own shipped coder: the
   * dictionaries (3 MB serialized) are not copied into every task.
   */
  public static EventCoder shipped() {
    return Shipped.CODER;
  }

  /** What a shipped coder is serialized as. */
  private static final class ShippedMarker implements Serializable {
    private static final long serialVersionUID = 1L;

    private Object readResolve() {
      return shipped();
    }
  }

  private Object writeReplace() {
    return shipped ? new ShippedMarker() : this;
  }

  /** The events of a sentence, or why it has none ({@code skipped}: a reason code, else null). */
  public record Result(List<CodedEvent> events, String skipped, int negated) {}

  /**
   * What an article told before the sentence being coded: the events of its earlier sentences, in
   * order. A sentence that reacts to an act it names only by a noun ("Taiwan's defence ministry
   * condemned the drills") has that act's doer as its target.
   */
  public static final class Context {
    /** The events of each earlier sentence, in order. */
    private final List<List<CodedEvent>> sentences = new ArrayList<>();

    /** The actors each earlier sentence opens with (its subject), in order. */
    private final List<List<EventActor>> leading = new ArrayList<>();

    /**
     * Adds a sentence of the article, coded or not: its text, the actors named in it and its events
     * (none when it was not coded). Call for every sentence, in the article's order.
     */
    public void add(String text, List<EventActor> actors, List<CodedEvent> sentenceEvents) {
      sentences.add(List.copyOf(sentenceEvents));
      leading.add(leadingActors(text, actors));
    }

    /** The actors the sentence right before opens with ("Iran and Iraq said ..."), or none. */
    List<EventActor> previousLeading() {
      return leading.isEmpty() ? List.of() : leading.get(leading.size() - 1);
    }

    /** Whether an earlier sentence told an act a later one may name by a noun. */
    boolean hasAct() {
      return sentences.stream()
          .flatMap(List::stream)
          .anyMatch(e -> told(e, Act.ANY) || told(e, Act.AGREEMENT));
    }

    private static boolean told(CodedEvent e, Act act) {
      String code = e.code();
      int quad = EventTypes.quadClass(code);
      return switch (act) {
        case ANY -> quad == 3 || quad == 4;
        case MATERIAL -> quad == 4 || code.startsWith("138");
        case SANCTION -> code.startsWith("16") || code.startsWith("17");
        case THREAT -> code.startsWith("13");
        case AGREEMENT -> RECIPROCAL.contains(code) || code.startsWith("03");
      };
    }

    /**
     * The doers of the last act of the kind {@code act} told before, by actors of countries none of
     * {@code reacting} belongs to: every doer of that sentence's acts of the kind ("The United
     * States, Britain and France launched strikes"), and for an agreement every party ("Israel and
     * Hamas agreed to a truce"); none when there is no such act.
     */
    List<EventActor> lastDoers(Act act, List<Occurrence> reacting) {
      for (int i = sentences.size() - 1; i >= 0; i--) {
        Map<String, EventActor> doers = new LinkedHashMap<>();
        for (CodedEvent e : sentences.get(i)) {
          if (!told(e, act)) continue;
          List<EventActor> sides = new ArrayList<>();
          if (e.source() != null) sides.add(e.source());
          if (act == Act.AGREEMENT && e.target() != null) sides.add(e.target());
          for (EventActor doer : sides) {
            boolean own =
                reacting.stream()
                    .anyMatch(
                        o ->
                            o.actor().actorId().equals(doer.actorId())
                                || (doer.country() != null
                                    && doer.country().equals(o.actor().country())));
            if (!own) doers.putIfAbsent(doer.actorId(), doer);
          }
        }
        if (!doers.isEmpty()) return List.copyOf(doers.values());
      }
      return List.of();
    }
  }

  /**
   * The kinds of act a noun names: an armed or forceful act, sanctions, a threat, any act of
   * conflict, an agreement or talks.
   */
  enum Act {
    MATERIAL,
    SANCTION,
    THREAT,
    ANY,
    AGREEMENT
  }

  /** Reasons a sentence gives no event (the manifest counts them). */
  public static final String NO_PAIR = "one_actor";

  public static final String TOO_LONG = "too_long";
  public static final String NO_VERB = "no_verb";
  public static final String NO_EVENT_VERB = "no_event_verb";
  public static final String NEGATED = "negated";
  public static final String NO_ROLES = "no_source_or_target";

  /** Every reason a sentence naming an actor may give no event. */
  public static final List<String> REASONS =
      List.of(NO_PAIR, TOO_LONG, NO_VERB, NO_EVENT_VERB, NEGATED, NO_ROLES);

  private PerceptronTagger tagger() {
    if (tagger == null) tagger = ShippedTagger.pos();
    return tagger;
  }

  // ---------------------------------------------------------------------------------------------
  // Word classes

  private static final Set<String> BE =
      Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am", "'m");
  private static final Set<String> AUX =
      Set.of(
          "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having",
          "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
          "must", "'ll", "'d", "'ve", "'re", "'s", "wo", "ca", "get", "got", "gets");
  private static final Set<String> MODALS =
      Set.of("will", "would", "shall", "could", "may", "might", "'ll", "wo", "'d");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> STOPS =
      Set.of(
          "that",
          "which",
          "who",
          "whom",
          "whose",
          "because",
          "while",
          "although",
          "though",
          "if",
          "when",
          "whereas",
          "unless",
          "since",
          "after",
          "before",
          "until",
          "where",
          "but");
  private static final Set<String> TARGET_PREPOSITIONS =
      Set.of(
          "to", "with", "on", "against", "toward", "towards", "at", "into", "from", "for", "upon",
          "over", "of", "around", "near");

  /**
   * Nouns of a relation between sides: "between" after one of them names the sides ("restored
   * diplomatic ties between Eriador and Osgiliath", "mediated talks between Israel and Hamas");
   * after other nouns it does not ("flights between London and Tokyo", "a merger between ...").
   */
  private static final Set<String> RELATION_NOUNS =
      Set.of(
          "ties",
          "relations",
          "talks",
          "negotiations",
          "negotiation",
          "dialogue",
          "contacts",
          "reconciliation",
          "rapprochement",
          "peace",
          "mediation",
          "ceasefire",
          "cease-fire",
          "truce");

  /**
   * Verbs of going somewhere: with a meeting code (04x) and no actor after them, the place they go
   * to is the country met ("arrived in Beijing for talks").
   */
  private static final Set<String> MOVEMENT = Set.of("arrive", "travel", "fly", "come");

  /** Verbs whose meaning is their object's: coded only by a pattern of the dictionary. */
  private static final Set<String> LIGHT_VERBS =
      Set.of("take", "make", "give", "get", "put", "set", "keep", "bring", "have", "do", "turn");

  /**
   * Nouns of acts that a later sentence may name without naming their doers, with the kind of act
   * each names: acts of conflict ("the attack", "the drills", "the sanctions") and agreements or
   * talks ("the deal").
   */
  static final Map<String, Act> ACT_NOUNS =
      Map.ofEntries(
          Map.entry("attack", Act.MATERIAL),
          Map.entry("attacks", Act.MATERIAL),
          Map.entry("strike", Act.MATERIAL),
          Map.entry("strikes", Act.MATERIAL),
          Map.entry("airstrike", Act.MATERIAL),
          Map.entry("airstrikes", Act.MATERIAL),
          Map.entry("raid", Act.MATERIAL),
          Map.entry("raids", Act.MATERIAL),
          Map.entry("bombing", Act.MATERIAL),
          Map.entry("bombings", Act.MATERIAL),
          Map.entry("shelling", Act.MATERIAL),
          Map.entry("invasion", Act.MATERIAL),
          Map.entry("incursion", Act.MATERIAL),
          Map.entry("offensive", Act.MATERIAL),
          Map.entry("drills", Act.MATERIAL),
          Map.entry("exercises", Act.MATERIAL),
          Map.entry("manoeuvres", Act.MATERIAL),
          Map.entry("maneuvers", Act.MATERIAL),
          Map.entry("test", Act.MATERIAL),
          Map.entry("tests", Act.MATERIAL),
          Map.entry("launch", Act.MATERIAL),
          Map.entry("launches", Act.MATERIAL),
          Map.entry("sanctions", Act.SANCTION),
          Map.entry("tariffs", Act.SANCTION),
          Map.entry("embargo", Act.SANCTION),
          Map.entry("blockade", Act.MATERIAL),
          Map.entry("seizure", Act.MATERIAL),
          Map.entry("annexation", Act.MATERIAL),
          Map.entry("occupation", Act.MATERIAL),
          Map.entry("deployment", Act.MATERIAL),
          Map.entry("provocation", Act.MATERIAL),
          Map.entry("provocations", Act.MATERIAL),
          Map.entry("violation", Act.MATERIAL),
          Map.entry("violations", Act.MATERIAL),
          Map.entry("expulsion", Act.MATERIAL),
          Map.entry("expulsions", Act.MATERIAL),
          Map.entry("arrest", Act.MATERIAL),
          Map.entry("arrests", Act.MATERIAL),
          Map.entry("detention", Act.MATERIAL),
          Map.entry("killing", Act.MATERIAL),
          Map.entry("killings", Act.MATERIAL),
          Map.entry("execution", Act.MATERIAL),
          Map.entry("executions", Act.MATERIAL),
          Map.entry("crackdown", Act.MATERIAL),
          Map.entry("threat", Act.THREAT),
          Map.entry("threats", Act.THREAT),
          Map.entry("ultimatum", Act.THREAT),
          Map.entry("move", Act.ANY),
          Map.entry("measures", Act.ANY),
          Map.entry("deal", Act.AGREEMENT),
          Map.entry("agreement", Act.AGREEMENT),
          Map.entry("accord", Act.AGREEMENT),
          Map.entry("truce", Act.AGREEMENT),
          Map.entry("ceasefire", Act.AGREEMENT),
          Map.entry("cease-fire", Act.AGREEMENT),
          Map.entry("pact", Act.AGREEMENT),
          Map.entry("treaty", Act.AGREEMENT),
          Map.entry("talks", Act.AGREEMENT),
          Map.entry("negotiations", Act.AGREEMENT));

  /** Codes whose event goes both ways: meetings, negotiations, agreements. */
  private static final Set<String> RECIPROCAL = Set.of("040", "044", "046", "057");

  /** Verbs whose object does the act of the infinitive after it ("ordered X to leave"). */
  private static final Set<String> OBJECT_CONTROL =
      Set.of(
          "order",
          "ask",
          "tell",
          "urge",
          "force",
          "allow",
          "invite",
          "persuade",
          "press",
          "call",
          "encourage",
          "warn",
          "instruct",
          "direct",
          "require",
          "compel",
          "permit",
          "help");

  private static final Set<String> SPEECH =
      Set.of(
          "say",
          "tell",
          "add",
          "state",
          "announce",
          "declare",
          "note",
          "write",
          "explain",
          "comment",
          "report",
          "insist",
          "argue",
          "claim",
          "assert",
          "maintain");

  /**
   * Plural nouns of people acting for a country ("Iranian officials", "U.S. troops") where the
   * agents dictionary has none: the CAMEO agent code they add to the country's.
   */
  private static final Map<String, String> GROUP_AGENTS =
      Map.ofEntries(
          Map.entry("officials", "GOV"),
          Map.entry("government", "GOV"),
          Map.entry("authorities", "GOV"),
          Map.entry("diplomats", "GOV"),
          Map.entry("leaders", "GOV"),
          Map.entry("ministers", "GOV"),
          Map.entry("forces", "MIL"),
          Map.entry("troops", "MIL"),
          Map.entry("soldiers", "MIL"),
          Map.entry("military", "MIL"),
          Map.entry("army", "MIL"),
          Map.entry("navy", "MIL"),
          Map.entry("warplanes", "MIL"),
          Map.entry("police", "COP"),
          Map.entry("rebels", "REB"),
          Map.entry("insurgents", "REB"),
          Map.entry("militants", "REB"),
          Map.entry("lawmakers", "LEG"),
          Map.entry("legislators", "LEG"),
          Map.entry("judges", "JUD"),
          Map.entry("protesters", "OPP"),
          Map.entry("opposition", "OPP"));

  /** Nouns of events: the code and the prepositions that name whom the act is on. */
  private record Nominal(String code, Set<String> prepositions) {}

  private static final Map<String, Nominal> NOMINALS = nominals();

  private static Map<String, Nominal> nominals() {
    Map<String, Nominal> m = new LinkedHashMap<>();
    Set<String> onAgainst = Set.of("on", "against");
    for (String w : List.of("sanction", "sanctions", "embargo", "embargoes", "boycott"))
      m.put(w, new Nominal("163", onAgainst));
    for (String w : List.of("attack", "attacks", "offensive", "assault"))
      m.put(w, new Nominal("190", onAgainst));
    for (String w : List.of("airstrike", "airstrikes", "air strike", "air strikes", "bombing"))
      m.put(w, new Nominal("195", onAgainst));
    m.put("invasion", new Nominal("192", Set.of("of")));
    for (String w : List.of("talks", "negotiations")) m.put(w, new Nominal("046", Set.of("with")));
    for (String w : List.of("meeting", "meetings", "summit"))
      m.put(w, new Nominal("040", Set.of("with")));
    for (String w : List.of("visit", "trip")) m.put(w, new Nominal("042", Set.of("to")));
    for (String w : List.of("agreement", "accord", "treaty"))
      m.put(w, new Nominal("057", Set.of("with")));
    for (String w : List.of("aid", "assistance")) m.put(w, new Nominal("070", Set.of("to", "for")));
    for (String w : List.of("threat", "threats"))
      m.put(w, new Nominal("130", Set.of("to", "against")));
    m.put("criticism", new Nominal("111", Set.of("of")));
    for (String w : List.of("accusation", "accusations"))
      m.put(w, new Nominal("112", Set.of("against")));
    return Map.copyOf(m);
  }

  // ---------------------------------------------------------------------------------------------

  /** An actor's words in the sentence: tokens first..last. */
  private record Occurrence(int first, int last, EventActor actor) {}

  /** A verb of the dictionary at tokens start..end (head: the inflected word). */
  private record Hit(int start, int end, int head, VerbDictionary.Form form) {}

  /** One sentence's words, tags and actors, and what the grammar needs of them. */
  private final class Sentence {
    final Tokens tokens;
    final String[] lower;
    final String[] tags;
    final int[] actorAt;
    final List<Occurrence> occurrences = new ArrayList<>();

    /** Places of a country, by token (-1: none): where a visit goes, never an actor otherwise. */
    final int[] placeAt;

    final List<Occurrence> places = new ArrayList<>();
    final int n;

    /** The sentence's words (lower case): a pattern with a word not among them cannot fit. */
    final Set<String> words;

    /** By token, the first infinitive's "to" at or after it (n: none); n + 1 long. */
    final int[] nextInfinitive;

    /** The article's events before this sentence (null: not known). */
    Context context;

    Sentence(Tokens tokens, String[] tags, List<EventActor> actors) {
      this.tokens = tokens;
      this.tags = tags;
      this.n = tokens.size();
      lower = new String[n];
      for (int i = 0; i < n; i++) lower[i] = tokens.word(i).toLowerCase(Locale.ROOT);
      words = new HashSet<>(Arrays.asList(lower));
      nextInfinitive = new int[n + 1];
      nextInfinitive[n] = n;
      for (int i = n - 1; i >= 0; i--)
        nextInfinitive[i] = isInfinitive(i) ? i : nextInfinitive[i + 1];
      actorAt = new int[n];
      java.util.Arrays.fill(actorAt, -1);
      placeAt = new int[n];
      java.util.Arrays.fill(placeAt, -1);
      List<EventActor> sorted = new ArrayList<>(actors);
      sorted.sort(
          Comparator.comparingInt(EventActor::begin).thenComparing(a -> -(a.end() - a.begin())));
      for (EventActor a : sorted) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
          if (tokens.end(i) > a.begin() && tokens.begin(i) < a.end()) {
            if (first < 0) first = i;
            last = i;
          }
        }
        if (first < 0) continue;
        if (a.place()) {
          int index = places.size();
          places.add(new Occurrence(first, last, a));
          for (int i = first; i <= last; i++) if (placeAt[i] < 0) placeAt[i] = index;
          continue;
        }
        boolean free = true;
        for (int i = first; i <= last; i++) if (actorAt[i] >= 0) free = false;
        if (!free) continue;
        // "Iranian officials", "U.S. troops": a country and an agent noun right after it
        EventActor actor = a;
        int end = last;
        if (a.code() != null && a.code().length() == 3 && agents != null) {
          for (int k = Math.min(3, n - 1 - last); k >= 1; k--) {
            StringBuilder phrase = new StringBuilder();
            for (int j = last + 1; j <= last + k; j++) {
              if (phrase.length() > 0) phrase.append(' ');
              phrase.append(lower[j]);
            }
            String agent = agents.agent(phrase.toString());
            if (agent == null) agent = GROUP_AGENTS.get(phrase.toString());
            if (agent != null && tags[last + k].startsWith("NN")) {
              actor = a.withCode(a.code() + agent);
              end = last + k;
              break;
            }
          }
        }
        int index = occurrences.size();
        occurrences.add(new Occurrence(first, end, actor));
        for (int i = first; i <= end; i++) if (actorAt[i] < 0) actorAt[i] = index;
      }
    }

    private boolean isInfinitive(int k) {
      if (!lower[k].equals("to")) return false;
      int j = k + 1;
      while (j < n && tags[j].startsWith("RB")) j++;
      return j < n && tags[j].equals("VB");
    }

    boolean mainVerb(int i) {
      if (!tags[i].startsWith("VB")) return false;
      if (AUX.contains(lower[i])) {
        for (int j = i + 1; j < Math.min(n, i + 4); j++) {
          if (tags[j].startsWith("VB")) return false;
          if (!tags[j].startsWith("RB") && !NEGATIONS.contains(lower[j])) break;
        }
      }
      return true;
    }
  }

  public Result code(String text, int begin, int end, List<EventActor> actors) {
    return code(text, begin, end, actors, null);
  }

  /**
   * The events of a sentence of an article whose earlier sentences' events are in {@code context}
   * (null: none known). A sentence that names one actor and no place is coded only for an act told
   * before (its verb's object a noun of an act or agreement, {@link #ACT_NOUNS}); otherwise it has
   * no pair.
   */
  public Result code(String text, int begin, int end, List<EventActor> actors, Context context) {
    if (actors.stream().allMatch(EventActor::place)) return new Result(List.of(), NO_PAIR, 0);
    boolean alone =
        actors.stream().noneMatch(EventActor::place)
            && actors.stream().map(EventActor::actorId).distinct().count() < 2;
    // (without a context, as for one sentence alone, it is coded as any other)
    alone &= context != null;
    Tokens tokens = Tokens.of(text, begin, end);
    // "It accused Britain of piracy": a sentence that opens with a pronoun for the actors the
    // sentence before opened with names a pair with them
    boolean resuming = alone && !context.previousLeading().isEmpty() && opensWithPronoun(tokens);
    if (alone && !resuming && !context.hasAct()) return new Result(List.of(), NO_PAIR, 0);
    if (alone && !resuming) {
      boolean act = false;
      for (int i = 0; i < tokens.size() && !act; i++)
        act = ACT_NOUNS.containsKey(tokens.word(i).toLowerCase(Locale.ROOT));
      if (!act) return new Result(List.of(), NO_PAIR, 0);
    }
    if (tokens.size() > MAX_WORDS) return new Result(List.of(), TOO_LONG, 0);
    if (tokens.size() == 0) return new Result(List.of(), NO_VERB, 0);
    String[] tags = tagger().tag(tokens.words());
    Sentence s = new Sentence(tokens, tags, actors);
    s.context = context;
    List<Hit> hits = hits(s);
    boolean anyVerb = false;
    for (int i = 0; i < s.n; i++) if (s.tags[i].startsWith("VB")) anyVerb = true;
    List<CodedEvent> events = new ArrayList<>();
    int negated = 0;
    boolean[] consumed = new boolean[s.n];
    // inner verbs first, so that "threatened to impose sanctions" codes the sanctions as a threat
    List<Hit> ordered = new ArrayList<>(hits);
    ordered.sort(Comparator.comparingInt((Hit h) -> -h.head()));
    for (Hit h : ordered) {
      if (consumed[h.head()]) continue;
      int n0 = events.size();
      int outcome = codeVerb(s, h, events, consumed);
      if (outcome < 0) negated++;
      if (events.size() > n0) consumed[h.head()] = true;
    }
    nominalEvents(s, events);
    predicateAccusations(s, events);
    if (events.isEmpty()) {
      String why =
          negated > 0 ? NEGATED : !anyVerb ? NO_VERB : hits.isEmpty() ? NO_EVENT_VERB : NO_ROLES;
      if (s.occurrences.size() < 2 && why.equals(NO_ROLES)) why = NO_PAIR;
      // a sentence of one actor coded only for a reaction keeps the reason it had without
      if (alone) why = NO_PAIR;
      return new Result(List.of(), why, negated);
    }
    return new Result(dedupe(events), null, negated);
  }

  private List<Hit> hits(Sentence s) {
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < s.n; i++) {
      for (VerbDictionary.Form f : verbs.formsStartingWith(s.lower[i])) {
        String[] w = f.words();
        if (i + w.length > s.n) continue;
        boolean match = true;
        for (int k = 1; k < w.length && match; k++) match = w[k].equals(s.lower[i + k]);
        if (!match) continue;
        int head = i + f.head();
        if (!s.tags[head].startsWith("VB") && !pastAfterActor(s, head, f)) continue;
        if (s.tags[head].startsWith("VB") && !s.mainVerb(head)) continue;
        if (s.actorAt[head] >= 0) continue;
        out.add(new Hit(i, i + w.length - 1, head, f));
        break;
      }
    }
    return out;
  }

  /** Codes one verb; returns -1 when negation dropped it, else 0. */
  private int codeVerb(Sentence s, Hit h, List<CodedEvent> events, boolean[] consumed) {
    // the verb group: auxiliaries, modals, negations and adverbs before the verb, and what the
    // tagger reads as a modal
    int groupStart = h.start();
    while (groupStart > 0
        && (inVerbGroup(s, groupStart - 1) || s.tags[groupStart - 1].equals("MD"))) groupStart--;
    boolean negated = false;
    boolean modal = false;
    boolean be = false;
    for (int k = groupStart; k < h.head(); k++) {
      if (NEGATIONS.contains(s.lower[k])) negated = true;
      if (MODALS.contains(s.lower[k])) modal = true;
      if (BE.contains(s.lower[k]) || s.lower[k].equals("got") || s.lower[k].equals("get"))
        be = true;
    }
    boolean passive =
        be
            && (s.tags[h.head()].equals("VBN") || s.tags[h.head()].equals("VBD"))
            && !s.lower[h.head()].endsWith("ing");
    // "agreed to resume", "threatened to impose": the governing verb's subject acts
    int subjectFrom = groupStart - 1;
    boolean announced = modal;
    boolean threat = false;
    int governing = -1;
    if (groupStart > 0 && s.lower[groupStart].equals("to")
        || groupStart > 0 && s.lower[groupStart - 1].equals("to")) {
      int to = s.lower[groupStart].equals("to") ? groupStart : groupStart - 1;
      int g = to - 1;
      while (g >= 0 && s.tags[g].startsWith("RB")) g--;
      if (g >= 0 && s.tags[g].startsWith("VB")) {
        String base = baseOf(s.lower[g]);
        if (Moods.INTENT_VERBS.contains(base)) {
          announced = true;
          threat = Moods.THREAT_VERBS.contains(base);
          governing = g;
          int gs = groupStartOf(s, g);
          for (int k = gs; k < g; k++) if (NEGATIONS.contains(s.lower[k])) negated = true;
          subjectFrom = gs - 1;
        } else if (BE.contains(s.lower[g])) {
          // "The U.S. is to lend Sudan 57 mln dlrs": planned, by the subject of "is"
          announced = true;
          governing = g;
          subjectFrom = groupStartOf(s, g) - 1;
        } else if (s.mainVerb(g)) {
          // "Brazil had contracted to buy ... from the Saudis", "Iran was forced to withdraw":
          // the governing verb's subject does the act; "refused to", "failed to" negate it
          if (NEGATIVE_CATENATIVES.contains(base)) negated = true;
          int gs = groupStartOf(s, g);
          for (int k = gs; k < g; k++) if (NEGATIONS.contains(s.lower[k])) negated = true;
          governing = g;
          subjectFrom = gs - 1;
        }
      }
      // "ordered U.S. personnel to leave Iraq", "urged Iran to return": the governing verb codes
      // the act (its pattern sees the infinitive); the infinitive itself is not coded again
      for (int v = to - 1; v >= Math.max(0, to - 6); v--) {
        if (s.tags[v].startsWith("VB") && s.mainVerb(v)) {
          if (OBJECT_CONTROL.contains(baseOf(s.lower[v]))) return 0;
          break;
        }
      }
    }
    // the clause after the verb
    int clauseEnd = clauseEnd(s, h.end() + 1);
    // the pattern
    VerbDictionary.Pattern best = null;
    int bestWeight = -1;
    int patternEnd = -1;
    int[] end = new int[1];
    // a speech verb's pattern is of what it says, not of a clause it reports about an actor: "China
    // said the U.S. sanctions were illegal" is no sanction of China's (the SAY block's "- *
    // SANCTIONS"), so its words are not looked for past the first actor after the verb
    int patternsEnd = clauseEnd;
    if (SPEECH.contains(baseOf(h.form().base()))) {
      for (int k = h.end() + 1; k < clauseEnd; k++)
        if (s.actorAt[k] >= 0) {
          patternsEnd = k;
          break;
        }
    }
    for (VerbDictionary.Pattern p : verbs.patterns(h.form().block(), s.words)) {
      int w = weight(s, p, subjectFrom, groupStart, h.end() + 1, patternsEnd, end);
      if (w > bestWeight) {
        best = p;
        bestWeight = w;
        patternEnd = p.after().isEmpty() ? -1 : end[0];
      }
    }
    VerbDictionary.Code code = best != null ? best.code() : h.form().code();
    if (best == null && h.form().code().none()) return 0;
    // "called the attack unprovoked", "what the White House calls its campaign": a naming, which
    // the dictionary's "call" (a telephone call, 041) is not
    if (best == null && h.form().base().equals("call")) {
      Integer named = codeNaming(s, h, subjectFrom, negated, events);
      if (named != null) return named;
    }
    // a light verb means nothing by itself: only a pattern codes it ("take control of", not "take a
    // lower profile", which CAMEO's APPREHEND block would make a seizure)
    if (best == null && LIGHT_VERBS.contains(h.form().base())) return 0;
    // A verb right before an infinitive, without a pattern of its own, only leads to that verb
    // ("fighting to recover", "pressed to open"): its own code is not the act. A verb of intent
    // is ("agreed to undertake exercises": an agreement, whatever the infinitive).
    if (best == null && !Moods.INTENT_VERBS.contains(h.form().base())) {
      int next = h.end() + 1;
      while (next < s.n && s.tags[next].startsWith("RB")) next++;
      if (next < s.n && infinitive(s, next)) return 0;
    }
    if (code.none()) return 0;
    // a code that is no number ("+++", a dictionary's placeholder) codes nothing
    if (code.forward() != null && !code.forward().matches("\\d+")) return 0;
    if (negated) return -1;
    // who acts and who is acted on
    boolean speech = SPEECH.contains(baseOf(h.form().base()));
    List<Occurrence> subjects = subjectFrom >= 0 ? subjects(s, subjectFrom, speech) : List.of();
    if (subjects.isEmpty() && speech) subjects = inverted(s, h, groupStart);
    List<Occurrence> objects = objects(s, h.end() + 1, clauseEnd, speech, patternEnd);
    // "demanded that the US cancel", "warned that Iran would": the actor the that-clause is about
    // is the target of a demand, an appeal, a rejection or a warning (roots 02, 10-13)
    if (objects.isEmpty()
        && !speech
        && code.forward() != null
        && code.forward().matches("(02|1[0-3]).*")) {
      int k = h.end() + 1;
      while (k < s.n && s.tags[k].startsWith("RB")) k++;
      if (k + 1 < s.n && s.lower[k].equals("that")) {
        int j = k + 1;
        while (j < s.n
            && (s.tags[j].equals("DT") || s.tags[j].startsWith("JJ"))
            && s.actorAt[j] < 0) j++;
        if (j < s.n && s.actorAt[j] >= 0) objects = coordinated(s, s.actorAt[j], +1);
      }
    }
    // "visited Taipei", "made a trip to Baghdad", "arrived in Beijing": a visit goes to the
    // country of the place
    if (objects.isEmpty()
        && code.forward() != null
        && (code.forward().startsWith("042")
            || code.forward().startsWith("04") && MOVEMENT.contains(h.form().base()))) {
      Occurrence where = visited(s, h.end() + 1, clauseEnd);
      if (where != null) objects = List.of(where);
    }
    List<Occurrence> sources = subjects;
    List<Occurrence> targets = objects;
    if (passive) {
      sources = byAgent(s, h.end() + 1, clauseEnd);
      targets = subjects;
    }
    // "Saudi Arabia and Iran agreed ... in a deal brokered by China": a participle after a noun
    // with
    // its agent after "by" is that agent's mediation between the sentence's first actors
    if (!passive
        && code.forward() != null
        && code.forward().matches("04[56].*")
        && s.tags[h.head()].equals("VBN")
        && h.start() > 0
        && s.tags[h.start() - 1].startsWith("NN")) {
      List<Occurrence> agent = byAgent(s, h.end() + 1, clauseEnd);
      if (!agent.isEmpty()) {
        int first = -1;
        for (int k = 0; k < h.start() && first < 0; k++) if (s.actorAt[k] >= 0) first = k;
        if (first >= 0) {
          sources = agent;
          targets =
              coordinated(s, s.actorAt[first], +1).stream()
                  .filter(
                      o ->
                          agent.stream()
                              .noneMatch(a -> a.actor().actorId().equals(o.actor().actorId())))
                  .toList();
        }
      }
    }
    // "Taiwan's defence ministry condemned the drills": a demand, disapproval or rejection (roots
    // 10-12) of an act named by a noun, with no actor acted on, is on the doers of the article's
    // last act of that kind told before by actors of other countries; "Qatar and Egypt mediated
    // the deal": a mediation, or praise or support (05x but an agreement's own 057), of an
    // agreement or talks is towards their parties
    String reactedTo = null;
    String forward = code.forward();
    boolean reacting =
        forward != null
            && (forward.startsWith("10") || forward.startsWith("11") || forward.startsWith("12"));
    boolean onAgreement =
        forward != null
            && (forward.startsWith("045")
                || forward.startsWith("05") && !forward.startsWith("057"));
    if (targets.isEmpty()
        && !sources.isEmpty()
        && !passive
        && s.context != null
        && (reacting || onAgreement)) {
      // a reaction names an act of conflict; a mediation or praise, an agreement
      Act act = actNamed(s, h.end() + 1, clauseEnd);
      if (act != null && (act == Act.AGREEMENT) != onAgreement) act = null;
      List<EventActor> doers = act == null ? List.of() : s.context.lastDoers(act, sources);
      if (!doers.isEmpty()) {
        targets = doers.stream().map(d -> new Occurrence(-1, -1, d)).toList();
        List<String> names = doers.stream().map(EventActor::name).toList();
        reactedTo =
            names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1))
                    + " and "
                    + names.get(names.size() - 1);
      }
    }
    if (sources.isEmpty() && targets.isEmpty()) return 0;
    String reverse = code.reverse();
    if (announced) {
      if (forward != null) forward = Moods.announced(forward, threat);
      reverse = null;
    }
    double confidence = best != null ? 0.8 : 0.6;
    if (passive && sources.isEmpty()) confidence -= 0.2;
    String pattern = best != null ? best.text() : "verb " + h.form().base();
    if (reactedTo != null) {
      pattern +=
          onAgreement
              ? " (about an agreement of " + reactedTo + " told before)"
              : " (reacting to an act of " + reactedTo + " told before)";
      confidence -= 0.2;
    }
    int tBegin = s.tokens.begin(governing >= 0 ? governing : h.start());
    int tEnd = s.tokens.end(h.end());
    String trigger =
        String.join(
            " ",
            java.util.Arrays.copyOfRange(
                s.tokens.words(), governing >= 0 ? governing : h.start(), h.end() + 1));
    boolean reciprocal = forward != null && RECIPROCAL.contains(forward) && !announced;
    // "Saudi Arabia and Iran agreed to restore relations": what two agreed to do, they do to each
    // other
    boolean agreedTogether =
        forward != null
            && (governing >= 0 && baseOf(s.lower[governing]).equals("agree")
                || h.form().base().equals("agree"));
    if (sources.isEmpty()) sources = nullList();
    if (targets.isEmpty()) targets = nullList();
    // "Germany and the Netherlands signed an agreement": both ways between the subjects
    if (objects.isEmpty() && (reciprocal || agreedTogether) && subjects.size() > 1 && !passive) {
      for (Occurrence a : subjects)
        for (Occurrence b : subjects)
          if (a != b) add(events, tBegin, tEnd, trigger, a, b, forward, pattern, confidence);
      if (governing >= 0) consumed[governing] = true;
      return 0;
    }
    if (governing >= 0) consumed[governing] = true;
    for (Occurrence a : sources)
      for (Occurrence b : targets) {
        if (forward != null) add(events, tBegin, tEnd, trigger, a, b, forward, pattern, confidence);
        if (reverse != null && a != null && b != null)
          add(events, tBegin, tEnd, trigger, b, a, reverse, pattern, confidence);
        else if (reciprocal && a != null && b != null)
          add(events, tBegin, tEnd, trigger, b, a, forward, pattern, confidence);
      }
    return 0;
  }

  private static List<Occurrence> nullList() {
    List<Occurrence> l = new ArrayList<>();
    l.add(null);
    return l;
  }

  private static void add(
      List<CodedEvent> events,
      int begin,
      int end,
      String trigger,
      Occurrence source,
      Occurrence target,
      String code,
      String pattern,
      double confidence) {
    // An event needs both sides: "Iran said", "was attacked" with no one named are not dyadic.
    if (source == null || target == null) return;
    if (source != null
        && target != null
        && source.actor().actorId().equals(target.actor().actorId())) return;
    events.add(
        new CodedEvent(
            begin,
            end,
            trigger,
            source == null ? null : source.actor(),
            target == null ? null : target.actor(),
            code,
            pattern,
            confidence));
  }

  /** The base form of a verb word: the dictionary's, else the word itself. */
  private String baseOf(String word) {
    for (VerbDictionary.Form f : verbs.formsStartingWith(word))
      if (f.words().length == 1) return f.base();
    if (word.endsWith("ed") && word.length() > 4) {
      String stem = word.substring(0, word.length() - 2);
      for (String c : List.of(stem, stem + "e", stem.substring(0, stem.length() - 1)))
        for (VerbDictionary.Form f : verbs.formsStartingWith(c))
          if (f.words().length == 1) return f.base();
      return stem.endsWith("i") ? stem.substring(0, stem.length() - 1) + "y" : stem;
    }
    if (word.equals("going")) return "going";
    return word;
  }

  /** Where the clause after a verb ends: punctuation that ends it, a subordinator, a new verb. */
  private static int clauseEnd(Sentence s, int from) {
    for (int k = from; k < s.n; k++) {
      String w = s.lower[k];
      if (w.equals(";") || w.equals(":") || w.equals("--") || w.equals("\u2014")) return k;
      if (STOPS.contains(w) && k > from) return k;
      // ", saying ...", ", citing ...": a participle after a comma starts a clause of its own
      if (w.equals(",") && k > from && k + 1 < s.n && s.tags[k + 1].equals("VBG")) return k;
      if (k > from
          && (s.tags[k].equals("VBD")
              || s.tags[k].equals("VBZ")
              || s.tags[k].equals("VBP")
              || s.tags[k].equals("MD"))
          && s.actorAt[k] < 0) {
        // a new finite verb starts another clause; its subject (an actor right before) too
        int j = k - 1;
        while (j > from && s.actorAt[j] >= 0) j--;
        return j + 1;
      }
    }
    return s.n;
  }

  /** The actors acting: the nearest actor (and those joined to it by "and") before the verb. */
  private static List<Occurrence> subjects(Sentence s, int from, boolean speech) {
    int k = from;
    int distance = 0;
    while (k >= 0 && distance < 14) {
      String w = s.lower[k];
      if (s.actorAt[k] >= 0) {
        Occurrence o = s.occurrences.get(s.actorAt[k]);
        // the object of a preposition ("sanctions on Iran hurt") is not the subject
        int p = o.first() - 1;
        while (p >= 0 && (s.tags[p].equals("DT") || s.tags[p].startsWith("JJ"))) p--;
        if (p >= 0 && (s.tags[p].equals("IN") || s.tags[p].equals("TO"))) {
          k = p - 1;
          distance++;
          continue;
        }
        return coordinated(s, s.actorAt[k], -1);
      }
      // "Iraq said it had repelled", "Lyng said he will ask Japan": the subject pronoun of a
      // clause reported by a speech verb is the speaker
      if (k == from && SUBJECT_PRONOUNS.contains(w)) {
        List<Occurrence> speaker = speakerBefore(s, k);
        if (!speaker.isEmpty()) return speaker;
        List<Occurrence> antecedent = resumed(s, k);
        if (!antecedent.isEmpty()) return antecedent;
      }
      // "Iran seized the tanker and detained its crew": a verb joined by "and" to the verb before
      // it, with no subject of its own, shares that verb's subject
      if (k == from && (w.equals("and") || w.equals("or")) && k > 0) {
        int j = k - 1;
        if (s.lower[j].equals(",")) j--;
        int steps = 0;
        // (past the first verb's object: "Iran attacked Iraq and seized Kuwait" is Iran's seizure)
        while (j >= 0 && steps < 14 && !STOPS.contains(s.lower[j])) {
          String x = s.lower[j];
          if (x.equals(";") || x.equals(":") || x.equals(",")) break;
          if (s.tags[j].startsWith("VB") && s.mainVerb(j) && !AUX.contains(x)) {
            List<Occurrence> shared = subjects(s, groupStartOf(s, j) - 1, false);
            if (!shared.isEmpty()) return shared;
            // "Trump said Iran appeared to be standing down and announced new sanctions": when the
            // verb before ends a chain ("appeared to be standing") of a clause reported by a
            // speech verb, whose subject is not found from it, a finite joined verb is the
            // speaker's
            return speakerOfClause(s, j, k + 1);
          }
          j--;
          steps++;
        }
      }
      // "Germany and the Netherlands ..., although both suspended": "both" and "they" stand for
      // the joined actors named before them in the sentence
      if ((w.equals("both") || w.equals("they")) && k == from) {
        for (int j = k - 1; j >= 0; j--) {
          if (s.actorAt[j] >= 0) {
            List<Occurrence> joined = coordinated(s, s.actorAt[j], -1);
            if (joined.size() > 1) return joined;
          }
        }
        return List.of();
      }
      // ", Pompeo said": a speech verb's subject is right before it
      if (speech && (w.equals(",") || w.equals("\"") || w.equals("''"))) return List.of();
      if (w.equals(";") || w.equals(":")) return List.of();
      if ((w.equals("who") || w.equals("which")) && k > 0) {
        // "Pompeo, who visited Baghdad", "the Islamic Development Bank (IDB) which signed": the
        // antecedent
        int j = k - 1;
        if (s.lower[j].equals(",")) j--;
        if (j > 0 && (s.lower[j].equals(")") || s.lower[j].equals("-rrb-"))) {
          while (j > 0 && !s.lower[j].equals("(") && !s.lower[j].equals("-lrb-")) j--;
          j--;
        }
        if (j >= 0 && s.actorAt[j] >= 0) return coordinated(s, s.actorAt[j], -1);
        return List.of();
      }
      // a copula or auxiliary ("Arnor is about to restore") does not end the subject's search
      if (s.tags[k].startsWith("VB") && s.mainVerb(k) && !AUX.contains(w)) {
        // a relative clause between commas ("Pompeo, who was in Brussels, said"): skip it
        int j = k;
        while (j >= 0 && !s.lower[j].equals(",")) {
          if (s.lower[j].equals("who") || s.lower[j].equals("which")) break;
          j--;
        }
        if (j > 0 && (s.lower[j].equals("who") || s.lower[j].equals("which"))) {
          k = j;
          continue;
        }
        return List.of();
      }
      if (STOPS.contains(w) && !w.equals("who") && !w.equals("which")) return List.of();
      k--;
      distance++;
    }
    return List.of();
  }

  /** Verbs whose infinitive is not done: "refused to meet", "failed to agree". */
  private static final Set<String> NEGATIVE_CATENATIVES =
      Set.of("refuse", "fail", "decline", "cease", "stop", "deny", "reject", "hesitate", "avoid");

  /** The first word of a verb's group: auxiliaries, modals, negations and adverbs before it. */
  private static int groupStartOf(Sentence s, int verb) {
    int gs = verb;
    while (gs > 0 && inVerbGroup(s, gs - 1)) gs--;
    return gs;
  }

  /**
   * Whether word k may belong to the group of a verb after it: an auxiliary, a modal, a negation or
   * an adverb, but never an actor the tagger took for an adverb ("Chile/RB recalled its
   * ambassador").
   */
  private static boolean inVerbGroup(Sentence s, int k) {
    String w = s.lower[k];
    return AUX.contains(w)
        || MODALS.contains(w)
        || NEGATIONS.contains(w)
        || s.tags[k].startsWith("RB") && s.actorAt[k] < 0;
  }

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we");

  /** Words a sentence may open with before its subject: "But Iran ...", "The ministry ...". */
  private static final Set<String> OPENERS =
      Set.of("the", "but", "and", "however", "meanwhile", "also", ",", "\"", "``", "''");

  /** What may join the actors of a subject: "Britain and France", "Britain, France and Italy". */
  private static final Set<String> JOINERS = Set.of("and", ",", ", and");

  /**
   * The actors a sentence opens with, its subject as far as its words alone tell: the first actor
   * when only {@link #OPENERS} come before it, with those joined to it by "and" or commas ("Britain
   * and France said ..."); none when the sentence opens otherwise ("In Tehran, ..."). Read off the
   * text, without the tokenizer: every sentence that names an actor is read so.
   */
  static List<EventActor> leadingActors(String text, List<EventActor> actors) {
    List<EventActor> named = new ArrayList<>();
    for (EventActor a : actors) if (!a.place()) named.add(a);
    if (named.isEmpty()) return List.of();
    named.sort(Comparator.comparingInt(EventActor::begin));
    EventActor first = named.get(0);
    if (first.begin() < 0 || first.begin() > text.length()) return List.of();
    for (String w : text.substring(0, first.begin()).toLowerCase(Locale.ROOT).split("[\\s\"]+"))
      if (!w.isEmpty() && !OPENERS.contains(w.endsWith(",") ? w.substring(0, w.length() - 1) : w))
        return List.of();
    Map<String, EventActor> out = new LinkedHashMap<>();
    out.put(first.actorId(), first);
    EventActor last = first;
    for (int i = 1; i < named.size(); i++) {
      EventActor next = named.get(i);
      if (next.begin() < last.end()) continue;
      String gap = text.substring(last.end(), next.begin()).trim().replaceAll("\\s+", " ");
      if (!JOINERS.contains(gap.toLowerCase(Locale.ROOT))) break;
      out.putIfAbsent(next.actorId(), next);
      last = next;
    }
    return List.copyOf(out.values());
  }

  /**
   * "Iran seized a British tanker on Friday. It accused Britain of piracy.": a subject pronoun that
   * opens a sentence stands for the actors the sentence before opened with, when they agree with
   * it: "he" and "she" for one person, "it" for one actor that is no person, "they" for several, or
   * for one that is a group (a country's agents, an organisation); none otherwise.
   */
  private static List<Occurrence> resumed(Sentence s, int k) {
    if (s.context == null) return List.of();
    for (int j = 0; j < k; j++) if (!OPENERS.contains(s.lower[j])) return List.of();
    List<EventActor> before = s.context.previousLeading();
    if (before.isEmpty()) return List.of();
    boolean persons = before.stream().allMatch(a -> a.actorId().startsWith("person:"));
    boolean anyPerson = before.stream().anyMatch(a -> a.actorId().startsWith("person:"));
    boolean agrees =
        switch (s.lower[k]) {
          case "he", "she" -> before.size() == 1 && persons;
          case "it" -> before.size() == 1 && !anyPerson;
          case "they" ->
              before.size() > 1
                  || !anyPerson
                      && before.get(0).code() != null
                      && before.get(0).code().length() > 3;
          default -> false;
        };
    if (!agrees) return List.of();
    // an actor of the sentence itself is no antecedent of its own subject
    for (EventActor a : before)
      for (Occurrence o : s.occurrences)
        if (o.actor().actorId().equals(a.actorId())) return List.of();
    return before.stream().map(a -> new Occurrence(-1, -1, a)).toList();
  }

  /** Whether the sentence opens with a subject pronoun (after {@link #OPENERS}). */
  private static boolean opensWithPronoun(Tokens tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.word(i).toLowerCase(Locale.ROOT);
      if (OPENERS.contains(w)) continue;
      return SUBJECT_PRONOUNS.contains(w) && !w.equals("we");
    }
    return false;
  }

  /** Forms of the speech verbs that report a clause ("said it would", "told reporters he had"). */
  private static final Set<String> SPEECH_FORMS =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "added",
          "adds",
          "announced",
          "announces",
          "stated",
          "states",
          "declared",
          "declares",
          "noted",
          "notes",
          "insisted",
          "insists",
          "argued",
          "argues",
          "claimed",
          "claims",
          "asserted",
          "asserts",
          "maintained",
          "explained",
          "reported",
          "warned",
          "warns");

  /**
   * The speaker a subject pronoun at {@code k} stands for: "Iraq said (that) it ...", "Lyng told
   * reporters he ...": the subject of the speech verb right before it; none otherwise.
   */
  private static List<Occurrence> speakerBefore(Sentence s, int k) {
    int j = k - 1;
    if (j >= 0 && s.lower[j].equals("that")) j--;
    // "told reporters he", "told Reuters it": the hearer between the verb and the pronoun
    int verb = -1;
    for (int v = j; v >= Math.max(0, j - 3); v--) {
      if (SPEECH_FORMS.contains(s.lower[v]) && s.tags[v].startsWith("VB")) {
        verb = v;
        break;
      }
      if (!s.tags[v].startsWith("NN") && !s.tags[v].equals("DT") && s.actorAt[v] < 0) break;
    }
    if (verb < 0) return List.of();
    int actor = speakerOf(s, verb);
    if (actor >= 0) return coordinated(s, actor, -1);
    return List.of();
  }

  /**
   * The actor right before a speech verb, past its auxiliaries and adverbs ("Iraq said", "Iraq has
   * repeatedly said"), not one further back; -1 when none.
   */
  private static int speakerOf(Sentence s, int speechVerb) {
    int before = speechVerb - 1;
    while (before >= 0
        && (AUX.contains(s.lower[before])
            || s.tags[before].startsWith("RB") && s.actorAt[before] < 0)) before--;
    return before >= 0 ? actorOfNameEndingAt(s, before) : -1;
  }

  /**
   * The actor whose name ends at a word: its own, or that of the words before a name's rest the
   * actor did not take ("U.S. President Donald Trump": the country and its agent noun are one
   * actor, USAGOV, which leaves "Donald Trump" out); -1 when none.
   */
  private static int actorOfNameEndingAt(Sentence s, int k) {
    for (int j = k; j >= Math.max(0, k - 3); j--) {
      if (s.actorAt[j] >= 0) return s.actorAt[j];
      if (!s.tags[j].equals("NNP")) return -1;
    }
    return -1;
  }

  /**
   * The speaker of the clause a verb is in, for a verb joined after that clause: the actor right
   * before the nearest speech verb before the clause ("Trump said Iran appeared to be standing down
   * and announced"). Only when the clause's verb is not finite (a chain), the joined verb is (past
   * or present, as "said" or "says"), and the clause's subject is an actor of another country than
   * the speaker's: otherwise the joined verb may well be the clause subject's (Reuters 000-018,
   * read: a looser form of this rule was right on 11 of 24 new events).
   */
  private static List<Occurrence> speakerOfClause(Sentence s, int verb, int joinedFrom) {
    if (!s.tags[verb].equals("VB") && !s.tags[verb].equals("VBG")) return List.of();
    int joined = joinedFrom;
    while (joined < s.n && !s.tags[joined].startsWith("VB") && joined < joinedFrom + 3) joined++;
    if (joined >= s.n || !s.tags[joined].matches("VB[DNZ]")) return List.of();
    Occurrence clauseSubject = null;
    for (int v = verb - 1; v >= Math.max(0, verb - 20); v--) {
      String w = s.lower[v];
      if (w.equals(";") || w.equals(":") || w.equals("and") || w.equals("but")) return List.of();
      if (SPEECH_FORMS.contains(w) && s.tags[v].startsWith("VB")) {
        if (clauseSubject == null) return List.of();
        int actor = speakerOf(s, v);
        if (actor < 0) return List.of();
        String speaker = s.occurrences.get(actor).actor().country();
        String subject = clauseSubject.actor().country();
        if (speaker == null || subject == null || speaker.equals(subject)) return List.of();
        return coordinated(s, actor, -1);
      }
      if (s.actorAt[v] >= 0 && clauseSubject == null)
        clauseSubject = s.occurrences.get(s.actorAt[v]);
    }
    return List.of();
  }

  /** ", said Pompeo": a speech verb whose subject follows it. */
  private static List<Occurrence> inverted(Sentence s, Hit h, int groupStart) {
    if (groupStart == 0) return List.of();
    String before = s.lower[groupStart - 1];
    if (!before.equals(",") && !before.equals("\"") && !before.equals("''")) return List.of();
    for (int k = h.end() + 1; k < Math.min(s.n, h.end() + 4); k++)
      if (s.actorAt[k] >= 0) return coordinated(s, s.actorAt[k], +1);
    return List.of();
  }

  /**
   * The actors acted on: the first actor after the verb, directly or after a preposition of
   * direction.
   */
  private static List<Occurrence> objects(
      Sentence s, int from, int to, boolean speech, int patternEnd) {
    String preposition = null;
    int prepositionAt = -1;
    for (int k = from; k < to && k < from + 16; k++) {
      String w = s.lower[k];
      if (s.actorAt[k] >= 0) {
        Occurrence o = s.occurrences.get(s.actorAt[k]);
        if (speech) {
          // "told Reuters", "told the Iranians" are objects; "said Iran attacked" is a clause
          if (preposition != null || k != from && !s.lower[k - 1].equals("the")) return List.of();
          int after = o.last() + 1;
          if (after < s.n && s.tags[after].startsWith("VB")) return List.of();
        }
        // "in" names a place, unless a pattern's object came right before ("suspended training
        // in Iraq")
        boolean inAfterPattern =
            "in".equals(preposition) && patternEnd >= 0 && k - patternEnd <= 3 && k >= patternEnd;
        // "condemned the strikes by the United States": the doer of the act named as the object
        boolean byAfterNoun =
            "by".equals(preposition)
                && k >= 2
                && s.tags[byAt(s, k)].startsWith("IN")
                && s.tags[byAt(s, k) - 1].startsWith("NN");
        // "between" right after the verb ("mediated between") or after a noun of a relation
        boolean between =
            ("between".equals(preposition) || "among".equals(preposition))
                && (prepositionAt == from || RELATION_NOUNS.contains(s.lower[prepositionAt - 1]));
        if (preposition == null
            || TARGET_PREPOSITIONS.contains(preposition)
            || inAfterPattern
            || byAfterNoun
            || between) return coordinated(s, s.actorAt[k], +1);
        k = o.last();
        continue;
      }
      if (s.tags[k].equals("IN") || s.tags[k].equals("TO")) {
        preposition = w;
        prepositionAt = k;
      }
      if (speech && (w.equals("that") || w.equals(","))) return List.of();
    }
    return List.of();
  }

  /**
   * A past form of a dictionary verb right after an actor that the tagger took for a noun
   * ("Revolutionary Guards shot down a drone": shot/NN after a plural name): a verb all the same.
   * Only forms other than the base that do not end in -s or -ing ("shot", "struck", "fired").
   */
  private static boolean pastAfterActor(Sentence s, int head, VerbDictionary.Form f) {
    String w = s.lower[head];
    return head > 0
        && s.actorAt[head - 1] >= 0
        && s.actorAt[head] < 0
        && s.tags[head].startsWith("NN")
        && !w.equals(f.base())
        && !w.endsWith("s")
        && !w.endsWith("ing");
  }

  /** The "by" before the actor at k (articles and adjectives between), or k. */
  private static int byAt(Sentence s, int k) {
    int j = k - 1;
    while (j > 0 && (s.tags[j].equals("DT") || s.tags[j].startsWith("JJ"))) j--;
    return s.lower[j].equals("by") ? j : k;
  }

  /** Whether token k is the "to" of an infinitive: "to", adverbs, a verb's base form. */
  private static boolean infinitive(Sentence s, int k) {
    return s.nextInfinitive[k] == k;
  }

  /**
   * The place a visit goes to: the first place after the verb, directly or after "to", "in", "into"
   * or "at", before any actor.
   */
  private static Occurrence visited(Sentence s, int from, int to) {
    for (int k = from; k < to && k < from + 10; k++) {
      if (s.actorAt[k] >= 0) return null;
      if (s.placeAt[k] >= 0) {
        int p = k - 1;
        while (p >= from && (s.tags[p].equals("DT") || s.tags[p].startsWith("JJ"))) p--;
        boolean direct = p < from;
        boolean preposition = p >= from && Set.of("to", "in", "into", "at").contains(s.lower[p]);
        return direct || preposition ? s.places.get(s.placeAt[k]) : null;
      }
    }
    return null;
  }

  /** "was attacked by Iraq": the actor after "by". */
  private static List<Occurrence> byAgent(Sentence s, int from, int to) {
    for (int k = from; k < to - 1 && k < from + 8; k++) {
      if (s.lower[k].equals("by")) {
        for (int j = k + 1; j < Math.min(to, k + 5); j++)
          if (s.actorAt[j] >= 0) return coordinated(s, s.actorAt[j], +1);
        return List.of();
      }
    }
    return List.of();
  }

  /** An actor and those joined to it by "and", "or" and commas, in the given direction. */
  private static List<Occurrence> coordinated(Sentence s, int index, int direction) {
    List<Occurrence> out = new ArrayList<>();
    Occurrence o = s.occurrences.get(index);
    out.add(o);
    int k = direction < 0 ? o.first() - 1 : o.last() + 1;
    while (k >= 0 && k < s.n) {
      String w = s.lower[k];
      // conjunctions, and the articles and adjectives of the next item ("Evil Mordor, the awful
      // Fornost, and good Gondor"); an actor tagged as an adjective is an item ("American and
      // British interests", "Saudi and Iranian officials")
      if (s.actorAt[k] < 0 && w.equals("and")
          || s.actorAt[k] < 0 && w.equals(",")
          || s.actorAt[k] < 0
              && (w.equals("or")
                  || w.equals("nor")
                  || w.equals("as")
                  || w.equals("well")
                  || s.tags[k].equals("DT")
                  || s.tags[k].startsWith("JJ"))) {
        k += direction;
        continue;
      }
      if (s.actorAt[k] >= 0) {
        Occurrence next = s.occurrences.get(s.actorAt[k]);
        // only when a conjunction stood between
        int a = direction < 0 ? next.last() + 1 : o.last() + 1;
        int b = direction < 0 ? o.first() : next.first();
        boolean joined = false;
        for (int j = a; j < b; j++)
          if (s.lower[j].equals("and") || s.lower[j].equals(",") || s.lower[j].equals("nor"))
            joined = true;
        if (!joined || out.contains(next)) break;
        out.add(next);
        o = next;
        k = direction < 0 ? next.first() - 1 : next.last() + 1;
        continue;
      }
      break;
    }
    return out;
  }

  /** Whether every element has an alternative whose first word is in the sentence at all. */
  private static boolean mayFit(Sentence s, List<VerbDictionary.Element> elements) {
    for (VerbDictionary.Element e : elements) {
      Set<String> firsts = e.firstWords();
      if (firsts == null) continue;
      boolean any = false;
      if (firsts.size() <= s.words.size()) {
        for (String w : firsts) {
          if (s.words.contains(w)) {
            any = true;
            break;
          }
        }
      } else {
        for (String w : s.words) {
          if (firsts.contains(w)) {
            any = true;
            break;
          }
        }
      }
      if (!any) return false;
    }
    return true;
  }

  /**
   * The kind of act the verb's object names by a noun, or null: "the drills", "Monday's missile
   * tests", "these provocative air strikes". The object must be definite (a determiner such as
   * "the" or "these", or a possessive) and the act noun its head: "any raid" (no act told) and "the
   * meeting the measures" (the object is the meeting) name none.
   */
  private static Act actNamed(Sentence s, int from, int to) {
    boolean definite = false;
    int end = Math.min(to, Math.min(s.n, from + 6));
    for (int k = from; k < end; k++) {
      if (s.actorAt[k] >= 0 || s.placeAt[k] >= 0) return null;
      String t = s.tags[k];
      if (t.equals("DT") || t.equals("PRP$")) {
        if (k > from) return null;
        definite = DEFINITE.contains(s.lower[k]) || t.equals("PRP$");
      } else if (t.equals("POS")) {
        definite = true;
      } else if (t.startsWith("NN")) {
        boolean more =
            k + 1 < end && (s.tags[k + 1].startsWith("NN") || s.tags[k + 1].equals("POS"));
        if (more) continue;
        Act act = ACT_NOUNS.get(s.lower[k]);
        return definite ? act : null;
      } else if (!(t.startsWith("JJ") || t.equals("CD") || t.equals("VBN") || t.equals("VBG"))) {
        return null;
      }
    }
    return null;
  }

  private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those");

  /**
   * The token {@code words} words after {@code from}, words in brackets not counted: "withdrew Most
   * Favoured Nation (MFN) trading status" has "status" four words after the verb's object begins.
   */
  private static int reach(Sentence s, int from, int words) {
    int k = from;
    int counted = 0;
    int depth = 0;
    // (at most eight bracketed words: an unclosed bracket does not stretch the reach to the end)
    while (k < s.n - 1 && k < from + words + 8) {
      String w = s.lower[k];
      if (w.equals("(")) depth++;
      boolean inside = depth > 0;
      if (w.equals(")") && depth > 0) depth--;
      if (!inside && ++counted > words) break;
      k++;
    }
    return k;
  }

  /** How well a pattern fits (its words found), or -1. */
  private static int weight(
      Sentence s,
      VerbDictionary.Pattern p,
      int subjectFrom,
      int groupStart,
      int after,
      int clauseEnd,
      int[] afterEnd) {
    // after the verb, in order; a pattern's words are not looked for past an infinitive ("wants
    // Japan to eliminate controls on": "on" is the infinitive's), unless the word is its "to"
    if (!mayFit(s, p.after()) || !mayFit(s, p.before())) return -1;
    int pos = after;
    int matched = 0;
    for (VerbDictionary.Element e : p.after()) {
      int found = -1;
      int len = 0;
      int limit = e.tight() ? pos : Math.min(clauseEnd - 1, reach(s, pos, 6));
      int barrier = pos >= s.n ? pos : Math.min(clauseEnd, s.nextInfinitive[pos]);
      outer:
      for (int k = pos; k <= limit && k < clauseEnd; k++) {
        for (String[] alt : e.alternatives()) {
          if (k + alt.length > clauseEnd) continue;
          if (k > barrier || (k == barrier && !alt[0].equals("to"))) continue;
          boolean ok = true;
          for (int j = 0; j < alt.length && ok; j++) ok = alt[j].equals(s.lower[k + j]);
          if (ok) {
            found = k;
            len = alt.length;
            break outer;
          }
        }
      }
      if (found < 0) return -1;
      matched += len;
      pos = found + len;
    }
    afterEnd[0] = pos;
    // before the verb, in reverse order
    pos = groupStart - 1;
    int floor = Math.max(0, Math.max(subjectFrom - 8, 0));
    for (int i = p.before().size() - 1; i >= 0; i--) {
      VerbDictionary.Element e = p.before().get(i);
      int found = -1;
      int len = 0;
      int limit = e.tight() ? pos : Math.max(floor, pos - 8);
      outer:
      for (int k = pos; k >= limit && k >= 0; k--) {
        for (String[] alt : e.alternatives()) {
          int start = k - alt.length + 1;
          if (start < 0) continue;
          boolean ok = true;
          for (int j = 0; j < alt.length && ok; j++) ok = alt[j].equals(s.lower[start + j]);
          if (ok) {
            found = start;
            len = alt.length;
            break outer;
          }
        }
      }
      if (found < 0) return -1;
      matched += len;
      pos = found - 1;
    }
    return matched;
  }

  /**
   * Words that make a naming ("called the attack unprovoked") or what a speaker says an actor's
   * acts are ("were psychological warfare") a reproach, with its CAMEO code: a wrong named by a
   * noun is an accusation (112), a judgement a criticism (111).
   */
  static final Map<String, String> ACCUSATIONS =
      Map.ofEntries(
          Map.entry("warfare", "112"),
          Map.entry("aggression", "112"),
          Map.entry("aggressor", "112"),
          Map.entry("terrorism", "112"),
          Map.entry("piracy", "112"),
          Map.entry("crime", "112"),
          Map.entry("crimes", "112"),
          Map.entry("blackmail", "112"),
          Map.entry("provocation", "112"),
          Map.entry("interference", "112"),
          Map.entry("bullying", "112"),
          Map.entry("genocide", "112"),
          Map.entry("unprovoked", "111"),
          Map.entry("illegal", "111"),
          Map.entry("unlawful", "111"),
          Map.entry("illegitimate", "111"),
          Map.entry("reckless", "111"),
          Map.entry("irresponsible", "111"),
          Map.entry("provocative", "111"),
          Map.entry("unacceptable", "111"),
          Map.entry("outrageous", "111"));

  /**
   * A naming by "call": "The United States called the attack unprovoked", "called Iran an
   * aggressor". When the words that follow the object hold a reproach ({@link #ACCUSATIONS}), the
   * subject criticises or accuses the actor named, or the doers of the act told before that the
   * object names; a naming without one ("what the White House calls its campaign") codes nothing.
   * Returns null when the verb is no naming but a call to someone ("Biden called Putin on
   * Tuesday"), which the dictionary codes; otherwise the outcome as {@code codeVerb}'s.
   */
  private static Integer codeNaming(
      Sentence s, Hit h, int subjectFrom, boolean negated, List<CodedEvent> events) {
    int k = h.end() + 1;
    while (k < s.n && (s.tags[k].equals("DT") || s.tags[k].equals("PRP$")) && s.actorAt[k] < 0) k++;
    Occurrence named = null;
    Act act = null;
    int after;
    if (k < s.n && s.actorAt[k] >= 0) {
      named = s.occurrences.get(s.actorAt[k]);
      after = named.last() + 1;
    } else {
      int j = k;
      while (j < s.n
          && s.actorAt[j] < 0
          && (s.tags[j].startsWith("JJ") || s.tags[j].equals("CD") || s.tags[j].equals("POS"))) j++;
      while (j < s.n && s.actorAt[j] < 0 && s.tags[j].startsWith("NN")) j++;
      act = actNamed(s, h.end() + 1, j);
      after = j;
    }
    // the words the object is called: "unprovoked", "an act of aggression", "as illegal"
    String code = null;
    int last = after;
    int p = after < s.n && s.lower[after].equals("as") ? after + 1 : after;
    for (; p < Math.min(s.n, after + 6); p++) {
      String t = s.tags[p];
      if (s.actorAt[p] >= 0) break;
      if (!(t.equals("DT") || t.startsWith("JJ") || t.startsWith("NN") || t.startsWith("RB"))
          && !s.lower[p].equals("of")
          && !s.lower[p].equals("as")) break;
      code = ACCUSATIONS.get(s.lower[p]);
      if (code != null) {
        last = p;
        break;
      }
    }
    if (code == null) {
      // "called Putin on Tuesday", "called Putin to discuss": a call to the actor
      boolean predicate =
          after < s.n
              && (s.tags[after].equals("DT")
                  || s.tags[after].startsWith("JJ")
                  || s.tags[after].startsWith("NN")
                  || s.lower[after].equals("as"));
      return named != null && !predicate ? null : 0;
    }
    List<Occurrence> sources = subjectFrom >= 0 ? subjects(s, subjectFrom, false) : List.of();
    if (sources.isEmpty()) return 0;
    List<Occurrence> targets;
    String pattern = "called * " + s.lower[last];
    if (named != null) targets = coordinated(s, s.actorAt[named.first()], +1);
    else if (act != null && s.context != null) {
      targets =
          s.context.lastDoers(act, sources).stream().map(d -> new Occurrence(-1, -1, d)).toList();
      if (!targets.isEmpty()) pattern += " (reacting to an act told before)";
    } else targets = List.of();
    if (targets.isEmpty()) return 0;
    if (negated) return -1;
    String trigger =
        String.join(" ", java.util.Arrays.copyOfRange(s.tokens.words(), h.start(), last + 1));
    for (Occurrence a : sources)
      for (Occurrence b : targets)
        add(
            events,
            s.tokens.begin(h.start()),
            s.tokens.end(last),
            trigger,
            a,
            b,
            code,
            pattern,
            0.6);
    return 0;
  }

  /**
   * "Iran's leaders sought to ease concerns, saying the Trump administration's actions and rhetoric
   * were psychological warfare": a speaker reports that an actor, or its acts, is a wrong or
   * deserves a reproach ({@link #ACCUSATIONS}): the speaker accuses (112) or criticises (111) that
   * actor. The clause must follow a speech verb right after its speaker ("Iran said the sanctions
   * were illegal" is Iran criticising; the speaker of a participle after a comma, ", saying", is
   * the main clause's subject), and speaker and actor must be of two countries.
   */
  private static void predicateAccusations(Sentence s, List<CodedEvent> events) {
    for (int i = 0; i < s.n; i++) {
      String code = ACCUSATIONS.get(s.lower[i]);
      if (code == null || s.actorAt[i] >= 0) continue;
      // the copula before the reproach: "were psychological warfare", "is an act of aggression"
      int c = i - 1;
      while (c >= Math.max(0, i - 5)
          && !BE.contains(s.lower[c])
          && s.actorAt[c] < 0
          && (s.tags[c].equals("DT")
              || s.tags[c].startsWith("JJ")
              || s.tags[c].startsWith("RB")
              || s.tags[c].startsWith("NN")
              || s.lower[c].equals("of"))) c--;
      if (c < 1 || !BE.contains(s.lower[c])) continue;
      boolean negated = false;
      for (int k = Math.max(0, c - 2); k < i; k++)
        if (NEGATIONS.contains(s.lower[k])) negated = true;
      if (negated) continue;
      // the subject: the nearest actor in the noun phrase before the copula ("the Trump
      // administration's actions and rhetoric")
      Occurrence subject = null;
      for (int j = c - 1; j >= Math.max(0, c - 7); j--) {
        if (s.actorAt[j] >= 0) {
          subject = s.occurrences.get(s.actorAt[j]);
          break;
        }
        String t = s.tags[j];
        if (!(t.startsWith("NN")
            || t.equals("POS")
            || t.equals("CC")
            || t.startsWith("JJ")
            || t.equals("DT")
            || t.equals("PRP$"))) break;
      }
      if (subject == null) continue;
      // the speech verb right before the subject's phrase
      int p = subject.first() - 1;
      while (p >= 0 && (s.tags[p].equals("DT") || s.lower[p].equals("that"))) p--;
      if (p < 0 || !s.tags[p].startsWith("VB")) continue;
      List<Occurrence> speakers;
      if (s.lower[p].equals("saying")) speakers = participleSubject(s, p);
      else if (SPEECH_FORMS.contains(s.lower[p])) {
        int actor = speakerOf(s, p);
        speakers = actor >= 0 ? coordinated(s, actor, -1) : List.of();
      } else continue;
      String trigger = String.join(" ", java.util.Arrays.copyOfRange(s.tokens.words(), c, i + 1));
      for (Occurrence speaker : speakers) {
        String from = speaker.actor().country();
        if (from == null || from.equals(subject.actor().country())) continue;
        if (alreadyCoded(events, speaker.actor(), subject.actor(), code)) continue;
        // the speaker's statement on that actor (010, "said" with it as object) is this reproach
        String onActor = subject.actor().actorId();
        events.removeIf(
            e ->
                e.code().startsWith("01")
                    && e.source() != null
                    && e.target() != null
                    && e.source().actorId().equals(speaker.actor().actorId())
                    && e.target().actorId().equals(onActor));
        add(
            events,
            s.tokens.begin(c),
            s.tokens.end(i),
            trigger,
            speaker,
            subject,
            code,
            "said * be " + s.lower[i],
            0.6);
      }
    }
  }

  /**
   * The subject of the clause a participle after a comma belongs to ("Iran's leaders sought to ease
   * concerns, saying ..."): the subject of the nearest main verb before the comma, past the verbs
   * of a chain ("sought to ease").
   */
  private static List<Occurrence> participleSubject(Sentence s, int participle) {
    int j = participle - 1;
    if (j < 0 || !s.lower[j].equals(",")) return List.of();
    for (j = j - 1; j >= 0; j--) {
      if (s.lower[j].equals(";") || s.lower[j].equals(":")) return List.of();
      if (s.tags[j].startsWith("VB") && s.mainVerb(j) && !AUX.contains(s.lower[j])) {
        int gs = groupStartOf(s, j);
        if (gs > 0 && s.lower[gs - 1].equals("to")) {
          j = gs - 1;
          continue;
        }
        return subjects(s, gs - 1, false);
      }
    }
    return List.of();
  }

  /** "U.S. sanctions on Iran", "talks with the Taliban": nouns of events. */
  private void nominalEvents(Sentence s, List<CodedEvent> events) {
    for (int i = 0; i < s.n; i++) {
      if (!s.tags[i].startsWith("NN") || s.actorAt[i] >= 0) continue;
      String word = s.lower[i];
      int last = i;
      Nominal nominal = null;
      if (i + 1 < s.n && NOMINALS.containsKey(word + " " + s.lower[i + 1])) {
        nominal = NOMINALS.get(word + " " + s.lower[i + 1]);
        last = i + 1;
      } else nominal = NOMINALS.get(word);
      if (nominal == null) continue;
      // negated: "no war", "did not seek talks with"
      boolean negated = false;
      for (int k = Math.max(0, i - 6); k < i; k++)
        if (NEGATIONS.contains(s.lower[k])) negated = true;
      if (negated) continue;
      if (last + 2 >= s.n || !nominal.prepositions().contains(s.lower[last + 1])) continue;
      Occurrence target = null;
      for (int k = last + 2; k < Math.min(s.n, last + 5); k++) {
        if (s.actorAt[k] >= 0) {
          target = s.occurrences.get(s.actorAt[k]);
          break;
        }
        // "a two-day visit to Washington": a visit goes to the country of the place
        if (nominal.code().equals("042") && s.placeAt[k] >= 0) {
          target = s.places.get(s.placeAt[k]);
          break;
        }
        if (!s.tags[k].equals("DT") && !s.tags[k].startsWith("JJ")) break;
      }
      if (target == null) continue;
      // the actor right before the noun ("U.S. sanctions", "Iran's attack"), else the subject of
      // the verb that governs it
      Occurrence source = null;
      for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
        if (s.actorAt[k] >= 0) {
          source = s.occurrences.get(s.actorAt[k]);
          break;
        }
        if (!s.tags[k].startsWith("JJ")
            && !s.tags[k].equals("POS")
            && !s.tags[k].startsWith("NN")
            && !s.tags[k].equals("DT")
            && !s.tags[k].equals("CD")) break;
      }
      if (source == null) {
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
          if (s.tags[k].startsWith("VB") && s.mainVerb(k)) {
            List<Occurrence> subj = subjects(s, k - 1, false);
            if (!subj.isEmpty()) source = subj.get(0);
            break;
          }
        }
      }
      String code = nominal.code();
      if (source == null) continue;
      if (alreadyCoded(events, source.actor(), target.actor(), code)) continue;
      String trigger =
          String.join(" ", java.util.Arrays.copyOfRange(s.tokens.words(), i, last + 1));
      add(
          events,
          s.tokens.begin(i),
          s.tokens.end(last),
          trigger,
          source,
          target,
          code,
          "noun " + trigger.toLowerCase(Locale.ROOT),
          0.6);
      if (RECIPROCAL.contains(code))
        add(
            events,
            s.tokens.begin(i),
            s.tokens.end(last),
            trigger,
            target,
            source,
            code,
            "noun " + trigger.toLowerCase(Locale.ROOT),
            0.6);
    }
  }

  private static boolean alreadyCoded(
      List<CodedEvent> events, EventActor source, EventActor target, String code) {
    for (CodedEvent e : events)
      if (e.source() != null
          && e.target() != null
          && e.source().actorId().equals(source.actorId())
          && e.target().actorId().equals(target.actorId())
          && EventTypes.root(e.code()) == EventTypes.root(code)) return true;
    return false;
  }

  /** One event per (trigger, source, target, code). */
  private static List<CodedEvent> dedupe(List<CodedEvent> events) {
    Map<String, CodedEvent> out = new LinkedHashMap<>();
    for (CodedEvent e : events) {
      String key =
          e.begin()
              + "|"
              + (e.source() == null ? "" : e.source().actorId())
              + "|"
              + (e.target() == null ? "" : e.target().actorId())
              + "|"
              + e.code();
      out.putIfAbsent(key, e);
    }
    List<CodedEvent> list = new ArrayList<>(out.values());
    list.sort(Comparator.comparingInt(CodedEvent::begin));
    return list;
  }
}

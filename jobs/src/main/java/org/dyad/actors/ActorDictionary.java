package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.dyad.text.TextNormalizer;

/**
 * All actors Dyad knows by name: the compiled Phoenix gazetteer, Dyad's curated supplement, and the
 * user's actor files, merged (same type and name = same actor) and indexed by phrase. Later sources
 * win a phrase: the user over the supplement over Phoenix.
 */
public final class ActorDictionary implements Serializable {
  public static final String GAZETTEER_RESOURCE = "/org/dyad/actors/phoenix-actors.txt.gz";
  public static final String SUPPLEMENT_RESOURCE = "/org/dyad/actors/supplement-actors.txt";

  /** A phrase's claim on an actor. */
  public record Candidate(String actorId, AliasKind kind, int priority, boolean primary)
      implements Serializable {}

  private final Map<String, Actor> actors = new TreeMap<>();
  private final Map<String, List<Candidate>> byKey = new HashMap<>();
  private final Set<String> countryCodes;

  /** While loading: which file priority gave each alias (actor id + U+0001 + alias). */
  private final Map<String, Integer> aliasPriority = new HashMap<>();

  private ActorDictionary(Set<String> countryCodes) {
    this.countryCodes = countryCodes;
  }

  /** The shipped gazetteer and supplement, then each user file in order. */
  public static ActorDictionary load(List<String> userFiles, Configuration conf)
      throws IOException {
    ActorDictionary d = empty();
    d.addResource(GAZETTEER_RESOURCE, 0);
    d.addResource(SUPPLEMENT_RESOURCE, 1);
    for (String file : userFiles) {
      Path path = new Path(file);
      try (InputStream in = path.getFileSystem(conf).open(path)) {
        d.add(reader(in, file.endsWith(".gz")), file, 2);
      }
    }
    d.index();
    return d;
  }

  /** A dictionary of the given files only (tests, tools). */
  public static ActorDictionary of(Map<String, String> filesByName) throws IOException {
    ActorDictionary d = empty();
    for (Map.Entry<String, String> f : filesByName.entrySet()) {
      d.add(new BufferedReader(new StringReader(f.getValue())), f.getKey(), 2);
    }
    d.index();
    return d;
  }

  private static ActorDictionary empty() throws IOException {
    return new ActorDictionary(CountryCodes.load());
  }

  private void addResource(String resource, int priority) throws IOException {
    InputStream in = ActorDictionary.class.getResourceAsStream(resource);
    if (in == null)
      throw new IllegalStateException(
          "Missing resource " + resource + ": rebuild with `dyad compile-actors`");
    try (in) {
      add(reader(in, resource.endsWith(".gz")), resource, priority);
    }
  }

  private static BufferedReader reader(InputStream in, boolean gzip) throws IOException {
    return new BufferedReader(
        new InputStreamReader(gzip ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
  }

  private void add(BufferedReader in, String file, int priority) throws IOException {
    for (ActorFile.Entry e : ActorFile.read(in, file)) {
      String id = idOf(e.type(), e.name(), e.code());
      Actor a = actors.get(id);
      if (a == null) {
        a =
            new Actor(
                id,
                e.name(),
                e.type(),
                priority,
                e.source() != null ? e.source() : file + ":" + e.line());
        actors.put(id, a);
      }
      a.priority = Math.max(a.priority, priority);
      if (e.source() != null && priority > 0) a.source = e.source();
      if (e.code() != null) {
        Role r = new Role(e.code(), e.from(), e.to(), priority);
        if (!a.roles.contains(r)) a.roles.add(r);
      }
      // The canonical name is always an alias; each alias remembers the priority of the file that
      // gave it.
      List<Alias> aliases = new ArrayList<>(e.aliases());
      aliases.add(new Alias(e.name(), AliasKind.NAME, false));
      for (Alias alias : aliases) {
        if (a.aliases.add(alias)) aliasPriority.put(id + "\u0001" + alias.text(), priority);
      }
    }
  }

  private void index() {
    byKey.clear();
    for (Actor a : actors.values()) {
      for (Alias alias : a.aliases) {
        int priority = aliasPriority.getOrDefault(a.id + "\u0001" + alias.text(), a.priority);
        boolean primary = alias.text().equalsIgnoreCase(a.name);
        for (String form : forms(alias)) {
          byKey
              .computeIfAbsent(key(form), k -> new ArrayList<>())
              .add(new Candidate(a.id, alias.kind(), priority, primary));
        }
      }
    }
    Comparator<Candidate> best =
        Comparator.comparing((Candidate c) -> -c.priority())
            .thenComparing(c -> c.primary() ? 0 : 1)
            .thenComparing(c -> typeRank(actors.get(c.actorId()).type))
            .thenComparing(Candidate::actorId);
    byKey.values().forEach(list -> list.sort(best));
    aliasPriority.clear();
  }

  private static int typeRank(ActorType t) {
    return switch (t) {
      case IGNORE -> 0;
      case COUNTRY -> 1;
      case ORGANISATION -> 2;
      case GROUP -> 3;
      case PERSON -> 4;
      case LOCATION -> 5;
    };
  }

  /**
   * The surface forms an alias matches: itself; with an apostrophe-less possessive -s ("Irans" for
   * "Iran's", common in scraped text) when its last word is a name of four letters or more; and for
   * a plural alias, -s and -es.
   */
  static Set<String> forms(Alias alias) {
    Set<String> forms = new LinkedHashSet<>();
    String t = alias.text();
    forms.add(t);
    String last = t.substring(t.lastIndexOf(' ') + 1);
    boolean word = last.length() >= 4 && last.chars().allMatch(Character::isLetter);
    if (word && !last.toUpperCase(Locale.ROOT).endsWith("S")) forms.add(t + "s");
    if (alias.plural() && word) {
      forms.add(t + "s");
      forms.add(t + "es");
    }
    return forms;
  }

  /** The lookup key of a phrase ({@link TextNormalizer#key}). */
  public static String key(String phrase) {
    return TextNormalizer.key(phrase);
  }

  /** A stable id: a country's CAMEO code, else the type and a slug of the name. */
  static String idOf(ActorType type, String name, String code) {
    if (type == ActorType.COUNTRY && code != null && code.matches("[A-Z]{3}([A-Z]{3})?"))
      return code;
    return type.code() + ":" + TextNormalizer.slug(name);
  }

  public List<Candidate> candidates(String phrase) {
    return byKey.getOrDefault(key(phrase), List.of());
  }

  public Actor actor(String id) {
    return actors.get(id);
  }

  public Collection<Actor> actors() {
    return actors.values();
  }

  /** Every surface form to look for in text. */
  public List<String> phrases() {
    Set<String> out = new LinkedHashSet<>();
    for (Actor a : actors.values()) for (Alias alias : a.aliases) out.addAll(forms(alias));
    List<String> list = new ArrayList<>(out);
    list.sort(null);
    return list;
  }

  public String countryOf(String code) {
    return Actor.countryOf(code, countryCodes);
  }
}

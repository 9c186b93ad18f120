package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.text.TextNormalizer;
import org.dyad.text.TitleCase;

/**
 * Compiles the Phoenix/PETRARCH2 actor dictionaries (countries with their cities and demonyms,
 * persons with date-bounded roles, international organisations, non-state groups) into one Dyad
 * actor file.
 *
 * <p>The traps of the source (see its SOURCE.md): {@code _} stands for a space and a final {@code
 * _} ends a phrase (without it PETRARCH also matches plurals); {@code +} lines are synonyms; codes
 * are {@code [CODE]}, {@code [CODE >DATE]}, {@code [CODE <DATE]} or {@code [CODE FROM-TO]} with
 * dates YYYYMMDD or YYMMDD (two-digit years up to 20 are 20YY, the others 19YY); some names carry
 * U+FFFD from earlier mojibake and are dropped. CountryInfo tells which of a country's names are
 * its capital, cities, regions and geographic features, and CAMEO's country list gives countries
 * their names.
 */
public final class PhoenixCompiler {
  public static final List<String> ACTOR_FILES =
      List.of(
          "Phoenix.Countries.actors.txt",
          "Phoenix.International.actors.txt",
          "Phoenix.MilNonState.actors.txt");

  private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern ROLE =
      Pattern.compile(
          "^([A-Z0-9~]+)\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?\\s*$");
  private static final Set<String> HONORIFICS =
      Set.of(
          "HOJATOLISLAM",
          "HOJJATOLESLAM",
          "HOJATOLESLAM",
          "AYATOLLAH",
          "GRAND",
          "SAYYED",
          "SEYYED",
          "SAYED",
          "SHEIKH",
          "SHAIKH");
  private static final Pattern ORGANISATION_WORD =
      Pattern.compile(
          "\\b(DEPARTMENT|MINISTRY|COUNCIL|COMMITTEE|PARTY|ARMY|FORCES?|MILITARY|POLICE|BANK|COURT|AGENCY|OFFICE|HOUSE|"
              + "PARLIAMENT|CONGRESS|SENATE|ASSEMBLY|GOVERNMENT|UNION|ORGANI[SZ]ATION|ASSOCIATION|FRONT|MOVEMENT|BRIGADES?|"
              + "COMMAND|CORPS|GUARDS?|SERVICES?|INSTITUTE|UNIVERSITY|COMPANY|CORPORATION|FEDERATION|LEAGUE|COMMISSION|"
              + "AUTHORITY|BUREAU|DIRECTORATE|FUND|NATIONS|ALLIANCE|GROUP|CABINET|ADMINISTRATION|REGIME|SECRETARIAT|TRIBUNAL|"
              + "NETWORK|CENTER|CENTRE|PROGRAMME|PROGRAM|COMMUNITY|STATES|CHURCH|TALIBAN|MILITIA|REBELS|NAVY|AIR)\\b");

  /**
   * Whether a name has a word that only organisations' names have ("Department", "Bank", "Party",
   * ...).
   */
  public static boolean hasOrganisationWord(String name) {
    return ORGANISATION_WORD.matcher(name.toUpperCase(Locale.ROOT)).find();
  }

  /** Counts of what the compiler kept and dropped, for its report. */
  public record Report(
      int entries,
      int actors,
      int aliases,
      int roles,
      int droppedMojibake,
      int droppedRoles,
      int noCode,
      List<String> folded) {}

  private static final class Raw {
    final String file;
    final int line;
    String primary;
    final List<String> synonyms = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();
    final StringBuilder comments = new StringBuilder();

    Raw(String file, int line) {
      this.file = file;
      this.line = line;
    }
  }

  private int droppedMojibake;
  private int droppedRoles;

  public Report compile(Path phoenixDir, Path countryInfo, Path countryNames, Writer out)
      throws IOException {
    Map<String, String> countryName = readCountryNames(countryNames);
    Map<String, Map<String, AliasKind>> places = readCountryInfo(countryInfo);

    // name|type -> merged actor (roles and aliases), in a stable order
    Map<String, Actor> actors = new TreeMap<>();
    int entries = 0;
    int noCode = 0;
    for (String name : ACTOR_FILES) {
      for (Raw raw : readEntries(phoenixDir.resolve(name))) {
        entries++;
        if (raw.roles.isEmpty()) {
          noCode++; // a null-coded phrase: PETRARCH codes nothing for it
          continue;
        }
        Actor a = toActor(raw, name, countryName, places);
        if (a == null) continue;
        Actor merged = actors.computeIfAbsent(a.type.code() + "|" + a.name, k -> a);
        if (merged != a) {
          for (Role r : a.roles) if (!merged.roles.contains(r)) merged.roles.add(r);
          merged.aliases.addAll(a.aliases);
        }
      }
    }

    List<String> folded = foldSpellings(actors);
    out.write(header());
    int aliases = 0;
    int roles = 0;
    for (Actor a : actors.values()) {
      List<Alias> list = new ArrayList<>(a.aliases);
      aliases += list.size();
      for (int i = 0; i < a.roles.size(); i++) {
        ActorFile.write(
            out,
            a.name,
            a.type,
            a.roles.get(i),
            i == 0 ? list : List.of(),
            i == 0 ? a.source : null);
        roles++;
      }
    }
    return new Report(
        entries, actors.size(), aliases, roles, droppedMojibake, droppedRoles, noCode, folded);
  }

  /**
   * The dictionaries list one organisation under several entries of one code: its acronym and its
   * full name ("ASEAN", "Association of Southeast Asian Nations"), or two spellings of the name
   * ("South East", "Southeast"). Organisations and groups of the same roles whose names have the
   * same letters, or (for international organisations, IGO and NGO codes) one of which is the
   * initials of the other, are one actor under the longest name (of the fewest dots and hyphens
   * among names of equal length), with every entry's aliases.
   */
  static List<String> foldSpellings(Map<String, Actor> actors) {
    List<String> folded = new ArrayList<>();
    Map<String, List<String>> byRoles = new TreeMap<>();
    for (Map.Entry<String, Actor> e : actors.entrySet()) {
      Actor a = e.getValue();
      if (a.type != ActorType.ORGANISATION && a.type != ActorType.GROUP) continue;
      byRoles.computeIfAbsent(a.type + "|" + a.roles, k -> new ArrayList<>()).add(e.getKey());
    }
    for (List<String> keys : byRoles.values()) {
      if (keys.size() < 2) continue;
      // Longest name first: it is the name the others fold into.
      keys.sort(
          Comparator.comparingInt((String k) -> -letters(actors.get(k).name).length())
              .thenComparingInt(k -> marks(actors.get(k).name))
              .thenComparing(k -> k));
      for (int i = 0; i < keys.size(); i++) {
        Actor into = actors.get(keys.get(i));
        if (into == null) continue;
        for (int j = i + 1; j < keys.size(); j++) {
          Actor other = actors.get(keys.get(j));
          if (other == null) continue;
          // Initials only within the code of one international organisation: a company's code
          // (MNCUSA) or a government's (CHNGOV) is shared by many, whose initials collide ("GM" is
          // not General Mills, "CPC" not the Communist Party of China in a 1987 grain story).
          boolean initials = into.roles.get(0).code().matches("(IGO|NGO).*");
          boolean same = sameOrganisation(into.name, other.name, initials);
          for (Alias al : into.aliases) same |= sameOrganisation(al.text(), other.name, initials);
          if (!same) continue;
          into.aliases.addAll(other.aliases);
          actors.remove(keys.get(j));
          folded.add(other.name + " -> " + into.name);
        }
      }
    }
    return folded;
  }

  static boolean sameOrganisation(String longName, String shortName, boolean byInitials) {
    String a = letters(longName);
    String b = letters(shortName);
    if (a.equals(b)) return true;
    if (!byInitials) return false;
    String initials = initials(longName);
    return initials != null
        && b.length() >= 2
        && shortName.strip().indexOf(' ') < 0
        && initials.equals(b);
  }

  private static String letters(String name) {
    return name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static int marks(String name) {
    return name.replaceAll("[\\p{L}\\p{N}]", "").length();
  }

  private static final Set<String> SKIPPED_IN_INITIALS =
      Set.of(
          "OF",
          "FOR",
          "AND",
          "THE",
          "ON",
          "IN",
          "&",
          // legal forms: "BP" is not the initials of "Barclays PLC"
          "PLC",
          "INC",
          "INC.",
          "LTD",
          "LTD.",
          "CORP",
          "CORP.",
          "CO",
          "CO.",
          "LLC",
          "AG",
          "SA",
          "NV",
          "GMBH");

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.strip().split("[\\s-]+")) {
      if (w.isEmpty() || SKIPPED_IN_INITIALS.contains(w.toUpperCase(Locale.ROOT))) continue;
      b.append(Character.toUpperCase(w.charAt(0)));
    }
    return b.length() >= 2 ? b.toString() : null;
  }

  private Actor toActor(
      Raw raw,
      String file,
      Map<String, String> countryName,
      Map<String, Map<String, AliasKind>> places) {
    List<String> phrases = new ArrayList<>();
    phrases.add(raw.primary);
    phrases.addAll(raw.synonyms);

    boolean dated = raw.roles.stream().anyMatch(Role::dated);
    String firstCode = raw.roles.get(0).code();
    String primaryText = text(raw.primary);
    if (primaryText == null) return null;
    ActorType type;
    String name;
    String country = countryCode(raw, countryName);
    if (country != null && file.contains("Countries")) {
      type = ActorType.COUNTRY;
      name = countryName.get(country);
      firstCode = country;
    } else {
      boolean personComment =
          raw.comments.indexOf("CountryInfo") >= 0 || raw.comments.indexOf("rulers") >= 0;
      boolean orgName = ORGANISATION_WORD.matcher(primaryText.toUpperCase(Locale.ROOT)).find();
      if ((dated || personComment) && !orgName) type = ActorType.PERSON;
      else if (file.contains("MilNonState")) type = ActorType.GROUP;
      else type = ActorType.ORGANISATION;
      name =
          TitleCase.of(
              type == ActorType.PERSON
                  ? stripHonorifics(primaryText)
                  : primaryText.replaceFirst("^(?i)THE ", ""));
    }
    Actor a = new Actor(null, name, type, 0, "Phoenix " + file + ":" + raw.line);
    a.roles.addAll(raw.roles);
    Map<String, AliasKind> kinds =
        type == ActorType.COUNTRY ? places.getOrDefault(firstCode, Map.of()) : Map.of();
    for (String p : phrases) {
      for (String part : p.split("\\+")) {
        String t = text(part);
        if (t == null) continue;
        boolean plural = !part.strip().endsWith("_");
        AliasKind kind = kinds.getOrDefault(key(t), AliasKind.NAME);
        a.aliases.add(new Alias(t, kind, plural && kind == AliasKind.NAME));
      }
    }
    if (type == ActorType.PERSON) {
      String bare = stripHonorifics(primaryText);
      if (!bare.equals(primaryText)) a.aliases.add(new Alias(bare, AliasKind.NAME, false));
    }
    return a;
  }

  /**
   * The country an entry names: every code is that country's own ("IRQ", or an occupation
   * "IRQOCC"), not one of its sectors ("IRQGOV") or a person's role. Null otherwise.
   */
  private static String countryCode(Raw raw, Map<String, String> countryName) {
    if (raw.comments.indexOf("CountryInfo") >= 0) return null;
    // A state that was part of another before (Ukraine: USRUKR, then UKRUNR, then UKR from
    // 1991-12-21): its
    // open-ended role is its own bare code, and every earlier code contains that code.
    Role last = raw.roles.get(raw.roles.size() - 1);
    if (raw.roles.size() > 1
        && last.code().length() == 3
        && countryName.containsKey(last.code())
        && last.to() == null
        && last.from() != null
        && raw.roles.stream().allMatch(r -> r.code().contains(last.code()))) {
      return last.code();
    }
    String country = null;
    for (Role r : raw.roles) {
      String c = r.code();
      String prefix = c.length() >= 3 ? c.substring(0, 3) : c;
      boolean own = c.length() == 3 || (c.length() == 6 && c.endsWith("OCC"));
      if (!own || !countryName.containsKey(prefix) || (country != null && !country.equals(prefix)))
        return null;
      country = prefix;
    }
    return country;
  }

  /** Phrase text: underscores to spaces, trimmed; null for U+FFFD (mojibake) or nothing left. */
  private String text(String phrase) {
    if (phrase == null) return null;
    if (phrase.indexOf('\uFFFD') >= 0) {
      droppedMojibake++;
      return null;
    }
    String t = TextNormalizer.singleSpaces(phrase.replace('_', ' ')).strip();
    return t.isEmpty() ? null : t;
  }

  static String key(String text) {
    return TextNormalizer.singleSpaces(text.toUpperCase(Locale.ROOT).replace('_', ' ')).strip();
  }

  static String stripHonorifics(String name) {
    String[] words = name.split(" ");
    int i = 0;
    while (i < words.length - 1 && HONORIFICS.contains(words[i].toUpperCase(Locale.ROOT))) i++;
    return String.join(" ", Arrays.copyOfRange(words, i, words.length));
  }

  private List<Raw> readEntries(Path file) throws IOException {
    List<Raw> entries = new ArrayList<>();
    Raw current = null;
    boolean inHtmlComment = false;
    int number = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        number++;
        line = line.replace("\u0000", "");
        if (inHtmlComment) {
          int end = line.indexOf("-->");
          if (end < 0) continue;
          line = line.substring(end + 3);
          inHtmlComment = false;
        }
        int open = line.indexOf("<!--");
        if (open >= 0) {
          int end = line.indexOf("-->", open);
          if (end < 0) {
            inHtmlComment = true;
            line = line.substring(0, open);
          } else {
            line = line.substring(0, open) + line.substring(end + 3);
          }
        }
        int hash = line.indexOf('#');
        String comment = hash >= 0 ? line.substring(hash) : "";
        String content = hash >= 0 ? line.substring(0, hash) : line;
        if (content.isBlank()) {
          if (current != null && !comment.isEmpty()) current.comments.append(comment);
          continue;
        }
        boolean indented = Character.isWhitespace(content.charAt(0));
        String body = content.strip();
        if (body.startsWith("+")) {
          if (current == null) continue;
          current.synonyms.add(beforeBracket(body.substring(1)));
          addRoles(current, body);
        } else if (indented && body.startsWith("[")) {
          if (current != null) addRoles(current, body);
        } else if (!indented) {
          current = new Raw(file.getFileName().toString(), number);
          current.primary = beforeBracket(body);
          current.comments.append(comment);
          addRoles(current, body);
          entries.add(current);
        }
        if (current != null) current.comments.append(comment);
      }
    }
    return entries;
  }

  private static String beforeBracket(String s) {
    int b = s.indexOf('[');
    return (b >= 0 ? s.substring(0, b) : s).strip();
  }

  private void addRoles(Raw entry, String body) {
    Matcher m = BRACKET.matcher(body);
    while (m.find()) {
      Role r = role(m.group(1).strip());
      if (r == null) droppedRoles++;
      else if (!entry.roles.contains(r)) entry.roles.add(r);
    }
  }

  /** {@code CODE}, {@code CODE >D}, {@code CODE <D}, {@code CODE D-D}; null when unreadable. */
  static Role role(String s) {
    Matcher m = ROLE.matcher(s);
    if (!m.matches()) return null;
    String code = m.group(1);
    try {
      if (m.group(2) != null) {
        LocalDate d = date(m.group(3));
        return m.group(2).equals(">") ? new Role(code, d, null) : new Role(code, null, d);
      }
      if (m.group(4) != null) {
        LocalDate from = date(m.group(4));
        LocalDate to = date(m.group(5));
        if (to.isBefore(from)) return null;
        return new Role(code, from, to);
      }
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return null;
    }
    return new Role(code, null, null);
  }

  /** YYYYMMDD, or YYMMDD with years up to 20 read as 20YY. */
  static LocalDate date(String digits) {
    if (digits.length() == 8) {
      return LocalDate.of(
          Integer.parseInt(digits.substring(0, 4)),
          Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6)));
    }
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      int year = yy <= 20 ? 2000 + yy : 1900 + yy;
      return LocalDate.of(
          year, Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4)));
    }
    throw new IllegalArgumentException("date of " + digits.length() + " digits");
  }

  /** States CAMEO's country list lacks but the dictionaries code: see also cameo-countries.txt. */
  static final Map<String, String> HISTORICAL_COUNTRIES =
      Map.of("SUN", "Soviet Union", "CSK", "Czechoslovakia");

  private static Map<String, String> readCountryNames(Path file) throws IOException {
    Map<String, String> names = new LinkedHashMap<>(HISTORICAL_COUNTRIES);
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 2 && f[1].matches("[A-Z]{3,6}") && !names.containsKey(f[1]))
        names.put(f[1].strip(), f[0].strip());
    }
    return names;
  }

  /**
   * CountryInfo: per country code, the normalized names of its capital, cities, regions, features
   * and nationality.
   */
  private static Map<String, Map<String, AliasKind>> readCountryInfo(Path file) throws IOException {
    Map<String, Map<String, AliasKind>> out = new HashMap<>();
    Map<String, AliasKind> sections =
        Map.of(
            "Capital", AliasKind.CAPITAL,
            "MajorCities", AliasKind.CITY,
            "Regions", AliasKind.REGION,
            "GeogFeatures", AliasKind.FEATURE,
            "Nationality", AliasKind.DEMONYM);
    String code = null;
    AliasKind section = null;
    Set<String> seen = new HashSet<>();
    byte[] bytes = Files.readAllBytes(file);
    for (String line :
        new String(bytes, StandardCharsets.UTF_8).replace("\u0000", "").split("\n")) {
      String t = line.strip();
      Matcher cc = Pattern.compile("<CountryCode>([A-Z]+)</CountryCode>").matcher(t);
      if (cc.find()) {
        code = cc.group(1);
        continue;
      }
      if (t.startsWith("</")) {
        section = null;
        continue;
      }
      if (t.startsWith("<") && t.endsWith(">")) {
        section = sections.get(t.substring(1, t.length() - 1));
        continue;
      }
      if (section == null || code == null || t.isEmpty() || t.startsWith("#")) continue;
      int hash = t.indexOf('#');
      String name = (hash >= 0 ? t.substring(0, hash) : t).strip();
      if (name.isEmpty()) continue;
      Map<String, AliasKind> kinds = out.computeIfAbsent(code, k -> new HashMap<>());
      // A name listed twice keeps its first (most specific) kind: a capital stays a capital.
      kinds.putIfAbsent(key(name), section);
      seen.add(name);
    }
    return out;
  }

  private static String header() {
    return String.join(
        "\n",
        "# Dyad actor gazetteer compiled from the Phoenix/PETRARCH2 actor dictionaries by `dyad"
            + " compile-actors`.",
        "# Do not edit: regenerate it (see docs/ACTORS.md). Format: "
            + ActorFile.HEADER.substring(2),
        "#",
        "# Actors, aliases and roles: Phoenix.Countries.actors.txt,"
            + " Phoenix.International.actors.txt and",
        "# Phoenix.MilNonState.actors.txt of openeventdata/petrarch2 (commit 676801cd), Copyright"
            + " (c) 2014",
        "# Open Event Data Alliance, MIT License: permission is hereby granted, free of charge, to"
            + " any person",
        "# obtaining a copy of this software and associated documentation files, to deal in the"
            + " Software without",
        "# restriction, subject to the condition that the copyright notice and this permission"
            + " notice be included",
        "# in all copies or substantial portions. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT"
            + " WARRANTY OF ANY KIND.",
        "# Country names: CAMEO countrynames.txt of openeventdata/text_to_CAMEO, Copyright (c) 2014"
            + " Philip Schrodt, MIT.",
        "# Which aliases are capitals, cities, regions, features and demonyms:"
            + " CountryInfo.120116.txt, Copyright (c)",
        "# 2012 Philip A. Schrodt, Creative Commons Attribution-ShareAlike 3.0 Unported; this file,"
            + " being derived",
        "# from it, is distributed under the same license.",
        "",
        "");
  }
}

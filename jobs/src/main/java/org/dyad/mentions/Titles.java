package org.dyad.mentions;

import java.util.Locale;
import java.util.Set;

/**
 * Titles, honorifics and role words that precede names in news ("Secretary of State Michael R. Pompeo",
 * "Supreme Leader Ayatollah Ali Khamenei", "British Foreign Secretary Jeremy Hunt"): stripped from the
 * front of a name before it is resolved, and never a name by themselves.
 */
public final class Titles {
  private Titles() {}

  static final Set<String> WORDS =
      Set.of(
          "president", "vice", "prime", "minister", "secretary", "foreign", "defense", "defence", "state", "of", "the",
          "supreme", "leader", "ayatollah", "grand", "hojatolislam", "sheikh", "shaikh", "sayyed", "imam", "cleric",
          "king", "queen", "prince", "princess", "crown", "emir", "sultan", "chancellor", "premier", "governor", "gov",
          "senator", "sen", "representative", "rep", "congressman", "congresswoman", "ambassador", "envoy", "general",
          "gen", "lt", "lieutenant", "colonel", "col", "major", "maj", "admiral", "adm", "commander", "captain", "capt",
          "sergeant", "sgt", "chief", "deputy", "acting", "former", "ex", "interim", "mr", "mrs", "ms", "miss", "dr",
          "sir", "lord", "lady", "dame", "justice", "judge", "mayor", "spokesman", "spokeswoman", "spokesperson",
          "treasury", "finance", "interior", "national", "security", "adviser", "advisor", "director", "chairman",
          "chairwoman", "chair", "head", "high", "commissioner", "pope", "cardinal", "bishop", "rev", "reverend",
          "saint", "st", "general-secretary", "secretary-general", "un", "eu", "us", "u.s.", "british", "american",
          "iranian", "iraqi", "french", "german", "russian", "chinese", "israeli", "saudi", "european", "japanese",
          "u.n.",
          // occupations news writes before a name like a title ("Investor Martin T. Sosnoff", "Analyst George Salem")
          "investor", "financier", "analyst", "economist", "strategist", "dealer", "trader", "banker", "broker", "official",
          "executive", "officer", "manager", "attorney", "lawyer", "professor", "shareholder", "raider",
          // portfolios before "Minister" ("Economics Minister Martin Bangemann", "Trade Minister Hajime Tamura")
          "economics", "economy", "economic", "trade", "agriculture", "industry", "energy", "oil", "petroleum", "commerce", "labour",
          "labor", "health", "education", "transport", "planning", "budget", "communications", "telecommunications", "fisheries",
          "environment", "ministry");

  static boolean isTitle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
    return WORDS.contains(w) || WORDS.contains(word.toLowerCase(Locale.ROOT));
  }
}

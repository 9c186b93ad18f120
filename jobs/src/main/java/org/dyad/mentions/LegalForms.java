package org.dyad.mentions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A company is one actor with or without its legal form: "Pennzoil Co" and "Pennzoil", "Fairchild
 * Semiconductor Corp" and "Fairchild Semiconductor", "Texaco Inc" and the dictionary's Texaco.
 */
final class LegalForms {
  private LegalForms() {}

  private static final Set<String> FORMS =
      Set.of(
          "inc",
          "inc.",
          "corp",
          "corp.",
          "corporation",
          "co",
          "co.",
          "ltd",
          "ltd.",
          "limited",
          "plc",
          "llc",
          "l.p.",
          "lp",
          "ag",
          "sa",
          "s.a.",
          "nv",
          "n.v.",
          "bv",
          "b.v.",
          "gmbh",
          "spa",
          "s.p.a.",
          "ab",
          "asa",
          "bhd",
          "pty",
          "kk",
          "k.k.",
          "oyj",
          "se");

  /** Common words that name no company by themselves. */
  private static final Set<String> GENERIC =
      Set.of(
          "acquisition",
          "acquisitions",
          "holding",
          "holdings",
          "industries",
          "industrial",
          "international",
          "chemical",
          "chemicals",
          "capital",
          "financial",
          "finance",
          "investment",
          "investments",
          "securities",
          "resources",
          "partners",
          "energy",
          "oil",
          "petroleum",
          "gas",
          "mining",
          "steel",
          "motor",
          "motors",
          "electric",
          "electronics",
          "computer",
          "computers",
          "systems",
          "communications",
          "savings",
          "federal",
          "national",
          "american",
          "general",
          "united",
          "first",
          "city",
          "trust",
          "bank",
          "insurance",
          "development",
          "trading",
          "products",
          "services",
          "group",
          "enterprises",
          "properties",
          "realty",
          "technologies",
          "technology",
          "pharmaceuticals",
          "foods",
          "airlines",
          "air",
          "merger",
          "management",
          "ventures",
          "equity",
          "credit",
          "mortgage",
          "leasing",
          "shipping",
          "media",
          "software",
          "data",
          "medical",
          "health",
          "home",
          "power",
          "utilities",
          "new",
          "pacific",
          "atlantic",
          "western",
          "eastern",
          "northern",
          "southern",
          "central",
          "continental",
          "global",
          "world");

  /**
   * The name without legal forms at its end ("Toyota Motor Co Ltd" -> "Toyota Motor"); the name
   * itself when nothing else would be left.
   */
  /** Whether a name is a legal form and nothing else ("S.A.", "LP"): no company by itself. */
  static boolean isOnlyAForm(String name) {
    String w = name.strip().toLowerCase(Locale.ROOT);
    return FORMS.contains(w) || FORMS.contains(w + ".") || FORMS.contains(w.replace(".", ""));
  }

  static String strip(String name) {
    String[] words = name.strip().split("\\s+");
    int n = words.length;
    while (n > 1 && FORMS.contains(words[n - 1].toLowerCase(Locale.ROOT).replaceAll(",$", ""))) n--;
    if (n == words.length) return name.strip();
    String base = String.join(" ", Arrays.copyOfRange(words, 0, n));
    if (base.endsWith(",")) base = base.substring(0, base.length() - 1);
    // "& Co" ("Merck & Co"): the ampersand stays with its name
    if (base.endsWith(" &") || base.endsWith(" and")) return name.strip();
    // "Acquisition Corp", "Chemical Co": one common word is no company's name without its form
    if (!base.contains(" ") && GENERIC.contains(base.toLowerCase(Locale.ROOT))) return name.strip();
    return base;
  }
}

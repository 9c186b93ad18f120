package org.dyad.mentions;

import java.util.Set;

/** The word lists of the place and country rules ({@link PlaceRules}). */
final class PlaceWords {
  private PlaceWords() {}

  static final Set<String> LOCATIVE =
      Set.of(
          "in",
          "at",
          "to",
          "from",
          "into",
          "near",
          "outside",
          "inside",
          "across",
          "through",
          "toward",
          "towards",
          "via",
          "around",
          "within",
          "throughout",
          "visited",
          "visiting",
          "visit",
          "left",
          "reached",
          "arrived",
          "entered");

  static final Set<String> SHIP_WORDS =
      Set.of(
          "carrier",
          "aircraft",
          "ship",
          "vessel",
          "destroyer",
          "frigate",
          "tanker",
          "submarine",
          "cruiser",
          "warship",
          "strike",
          "task",
          "uss",
          "hms",
          "hmcs",
          "ins",
          "battleship");

  /** "U.S. dollar", "Swiss franc": a currency, not the country acting. */
  static final Set<String> CURRENCY_WORDS =
      Set.of(
          "dollar",
          "dollars",
          "dlr",
          "dlrs",
          "yen",
          "franc",
          "francs",
          "mark",
          "marks",
          "pound",
          "pounds",
          "sterling",
          "crown",
          "crowns",
          "krona",
          "kronor",
          "krone",
          "kroner",
          "lira",
          "lire",
          "peseta",
          "pesetas",
          "guilder",
          "guilders",
          "rand",
          "rupee",
          "rupees",
          "peso",
          "pesos",
          "cruzado",
          "cruzados",
          "riyal",
          "riyals",
          "dinar",
          "dinars",
          "escudo",
          "escudos",
          "schilling",
          "schillings",
          "shilling",
          "shillings",
          "yuan",
          "won",
          "ringgit",
          "baht",
          "rupiah",
          "rial",
          "rials",
          "euro",
          "euros",
          "auction");

  /** "in London Tuesday": a day or month after a place does not continue its name. */
  static final Set<String> CALENDAR_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Words that may stand capitalized before a place without making it part of a longer name. */
  static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "in", "at", "to", "from", "of", "and", "or", "but", "for", "on", "by",
          "with", "as", "while", "after", "before", "when", "where", "both", "near", "said",
          "says");

  /**
   * Words that make "America" a continent or a region of one ("Latin America", "South American",
   * "Pan-American").
   */
  static final Set<String> CONTINENT_WORDS =
      Set.of(
          "latin", "south", "central", "north", "middle", "meso", "pan", "inter", "anglo", "afro",
          "ibero");

  /**
   * Events and agreements named after the city where they happened: "the Paris accord", "the Louvre
   * agreement".
   */
  static final Set<String> EVENT_WORDS =
      Set.of(
          "accord",
          "accords",
          "agreement",
          "agreements",
          "pact",
          "club",
          "summit",
          "talks",
          "meeting",
          "conference",
          "declaration",
          "treaty",
          "round",
          "communique",
          "protocol",
          "process",
          "consensus",
          "group",
          "exchange",
          "bourse",
          "market",
          "stock");

  /**
   * Nouns a capital describes as a place: where someone works or trades ("London office", "Tokyo
   * dealers", "London-based").
   */
  static final Set<String> PLACE_NOUNS =
      Set.of(
          "office",
          "offices",
          "branch",
          "branches",
          "headquarters",
          "executive",
          "executives",
          "dealer",
          "dealers",
          "trader",
          "traders",
          "trading",
          "broker",
          "brokers",
          "banker",
          "bankers",
          "analyst",
          "analysts",
          "markets",
          "operation",
          "operations",
          "subsidiary",
          "unit",
          "arm",
          "mergers",
          "bureau",
          "correspondent",
          "newspaper",
          "newspapers",
          "based",
          "area",
          "airport",
          "port",
          "residents",
          "police",
          "court",
          "prices",
          "shares",
          "stocks",
          "gold",
          "metal",
          "metals",
          "time");

  /**
   * What a treasury issues: "U.S. Treasury bonds", "Treasury bill rates", "the Treasury market".
   */
  static final Set<String> SECURITIES_WORDS =
      Set.of(
          "bill",
          "bills",
          "bond",
          "bonds",
          "note",
          "notes",
          "securities",
          "security",
          "issue",
          "issues",
          "market",
          "markets",
          "yield",
          "yields",
          "paper",
          "debt",
          "auction",
          "auctions",
          "refunding",
          "prices",
          "futures",
          "stock",
          "stocks",
          "loan",
          "coupon",
          "coupons",
          "rates",
          "rate",
          "obligations",
          "certificates",
          "strips");
}

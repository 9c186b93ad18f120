package org.dyad.events;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.dyad.actors.Agents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grammar of who did what to whom (docs/EVENTS.md, "Coding rules"), sentence by sentence. */
class EventCoderTest {
  static EventCoder coder;

  @BeforeAll
  static void load() throws IOException {
    coder = new EventCoder(VerbDictionary.shipped(), Agents.load());
  }

  /** Actors found by name: "Iran=IRN" (every occurrence of the name). */
  static List<EventActor> actors(String text, String... named) {
    List<EventActor> out = new ArrayList<>();
    for (String n : named) {
      String[] p = n.split("=");
      int from = 0;
      while (true) {
        int at = text.indexOf(p[0], from);
        if (at < 0) break;
        String code = p[1];
        // a person: "Pompeo=USAGOV/person"
        boolean person = code.endsWith("/person");
        if (person) code = code.substring(0, code.length() - "/person".length());
        if (code.startsWith("@")) {
          // a place of a country: "Taipei=@TWN"
          out.add(EventActor.place(at, at + p[0].length(), p[0], code.substring(1)));
          from = at + p[0].length();
          continue;
        }
        out.add(
            new EventActor(
                at,
                at + p[0].length(),
                (person ? "person:" : "id:" + code.substring(0, 3) + ":") + p[0],
                p[0],
                code,
                code.substring(0, 3)));
        from = at + p[0].length();
      }
    }
    return out;
  }

  /** "USA>IRN:163" for each event; "?" for a side the sentence does not name. */
  static String coded(String text, String... named) {
    return shown(coder.code(text, 0, text.length(), actors(text, named)), false);
  }

  /** A result's events as "USA>IRN:163" (sorted or in the coder's order), or "(reason)". */
  private static String shown(EventCoder.Result r, boolean sorted) {
    if (r.events().isEmpty()) return "(" + r.skipped() + ")";
    var events =
        r.events().stream()
            .map(
                e ->
                    (e.source() == null ? "?" : e.source().code())
                        + ">"
                        + (e.target() == null ? "?" : e.target().code())
                        + ":"
                        + e.code()
                        + (System.getenv("DYAD_TEST_PATTERN") != null
                            ? "[" + e.pattern() + "]"
                            : ""));
    return (sorted ? events.sorted() : events).collect(Collectors.joining(" "));
  }

  @Test
  void theShippedCoderTravelsAsAMarkerAndAnOtherCoderWhole() throws Exception {
    byte[] shipped = serialized(EventCoder.shipped());
    assertTrue(shipped.length < 1_000, shipped.length + " bytes");
    assertSame(EventCoder.shipped(), deserialized(shipped));
    EventCoder own = new EventCoder(VerbDictionary.shipped(), Agents.load());
    byte[] whole = serialized(own);
    assertTrue(whole.length > 1_000_000, whole.length + " bytes");
    EventCoder copy = (EventCoder) deserialized(whole);
    assertNotSame(EventCoder.shipped(), copy);
    String text = "Iraq attacked Iran on Monday.";
    List<EventActor> actors =
        List.of(
            new EventActor(0, 4, "IRQ", "Iraq", "IRQ", "IRQ"),
            new EventActor(14, 18, "IRN", "Iran", "IRN", "IRN"));
    List<CodedEvent> events = EventCoder.shipped().code(text, 0, text.length(), actors).events();
    assertFalse(events.isEmpty());
    assertEquals(events, copy.code(text, 0, text.length(), actors).events());
  }

  private static byte[] serialized(Object o) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  private static Object deserialized(byte[] bytes) throws Exception {
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return in.readObject();
    }
  }

  @Test
  void activeAndPassive() {
    assertEquals("IRQ>IRN:190", coded("Iraq attacked Iran on Monday.", "Iraq=IRQ", "Iran=IRN"));
    assertEquals(
        "IRQ>IRN:190", coded("Iran was attacked by Iraq on Monday.", "Iraq=IRQ", "Iran=IRN"));
  }

  @Test
  void negationDropsTheEvent() {
    assertEquals(
        "(negated)",
        coded("We fundamentally do not seek a war with Iran, Pompeo said.", "Iran=IRN"));
    assertEquals("(negated)", coded("Iraq did not attack Iran.", "Iraq=IRQ", "Iran=IRN"));
  }

  @Test
  void theSeedArticlesEvents() {
    assertEquals(
        "USA>IRN:163",
        coded("The United States imposed new sanctions on Iran.", "United States=USA", "Iran=IRN"));
    // compound subjects: an event for each; "in" after the pattern's object names the target
    assertEquals(
        "NLD>IRQ:1622 DEU>IRQ:1622",
        coded(
            "Germany and the Netherlands suspended military training in Iraq.",
            "Germany=DEU",
            "Netherlands=NLD",
            "Iraq=IRQ"));
    assertEquals(
        "IRN>USA:111",
        coded(
            "Iran accused the United States of psychological warfare.",
            "United States=USA",
            "Iran=IRN"));
    assertTrue(
        coded(
                "Mike Pompeo made an unannounced visit to Baghdad on Tuesday.",
                "Mike Pompeo=USAGOV",
                "Baghdad=IRQ")
            .contains("USAGOV>IRQ:042"));
  }

  @Test
  void meetingsAndAgreementsGoBothWaysAndAgentsAfterACountryGiveItsRole() {
    assertEquals(
        "USAGOV>IRQGOV:040 IRQGOV>USAGOV:040",
        coded(
            "Pompeo met Iraqi officials in Baghdad.", "Pompeo=USAGOV", "Iraqi=IRQ", "Baghdad=IRQ"));
    assertEquals(
        "IRQ>IRN:057 IRN>IRQ:057",
        coded("Iran and Iraq signed an agreement on Sunday.", "Iraq=IRQ", "Iran=IRN"));
  }

  @Test
  void whatIsAnnouncedIsAnIntentOrAThreat() {
    assertEquals(
        "USAGOV>IRN:1312",
        coded("Trump threatened to impose sanctions on Iran.", "Trump=USAGOV", "Iran=IRN"));
    assertEquals(
        "IRN>ISR:138",
        coded("Iran will attack Israel, the general warned.", "Israel=ISR", "Iran=IRN"));
  }

  @Test
  void reportedSpeechCodesTheReportedActNotTheSpeakerOnItsActors() {
    // Pompeo made a statement (no one it is addressed to: no dyadic event); Iran attacked no actor
    assertEquals(
        "(no_source_or_target)",
        coded("Pompeo said Iran attacked the tankers.", "Pompeo=USAGOV", "Iran=IRN"));
    assertEquals(
        "IRN>SAU:190",
        coded(
            "Pompeo said Iran attacked Saudi Arabia.",
            "Pompeo=USAGOV",
            "Iran=IRN",
            "Saudi Arabia=SAU"));
  }

  @Test
  void nounsOfEvents() {
    assertEquals(
        "USA>IRN:163", coded("U.S. sanctions on Iran hurt its economy.", "U.S.=USA", "Iran=IRN"));
  }

  @Test
  void anInfinitiveBoundsTheVerbBeforeIt() {
    // "on" belongs to "eliminate", not to a "press on" pattern of the synset "want" is in
    String wants =
        coded(
            "The U.S. wants Japan to eliminate import controls on farm products.",
            "U.S.=USA",
            "Japan=JPN");
    assertFalse(wants.contains(":190"), wants);
    // a verb without a pattern right before an infinitive leads to it: no fighting here
    String fighting =
        coded(
            "President Reagan, fighting to recover from the Iran-contra scandal, spoke tonight.",
            "Reagan=USAGOV",
            "Iran=IRN");
    assertFalse(fighting.contains(":19"), fighting);
    // a pattern word that is the infinitive's "to" still matches, and the act after it is coded
    assertEquals(
        "USA>IRN:163",
        coded("The United States imposed sanctions on Iran.", "United States=USA", "Iran=IRN"));
  }

  @Test
  void demonymsJoinedByAndAreEachAnActor() {
    assertEquals(
        "YEMREB>USA:138 YEMREB>GBR:138",
        coded(
            "The Houthis vowed to retaliate against American and British interests.",
            "Houthis=YEMREB",
            "American=USA",
            "British=GBR"));
    String signed =
        coded(
            "Saudi and Iranian officials signed the agreement in Beijing.",
            "Saudi=SAU",
            "Iranian=IRN");
    assertTrue(signed.contains(">SAU:057") && signed.contains("SAU>"), signed);
  }

  @Test
  void whatTwoAgreedToDoTheyDoToEachOther() {
    String truce =
        coded("Israel and Hamas agreed to a four-day truce.", "Israel=ISR", "Hamas=PSEREB");
    assertTrue(truce.contains("ISR>PSEREB:") && truce.contains("PSEREB>ISR:"), truce);
    String restore =
        coded(
            "Saudi Arabia and Iran agreed to restore diplomatic relations.",
            "Saudi Arabia=SAU",
            "Iran=IRN");
    assertTrue(restore.contains("SAU>IRN:03") && restore.contains("IRN>SAU:03"), restore);
  }

  @Test
  void theDoerOfAnActNamedAsTheObjectIsTheTarget() {
    assertEquals(
        "IRN>USA:111 IRN>GBR:111",
        coded(
            "Iran condemned the strikes by the United States and Britain as a violation of Yemen's"
                + " sovereignty.",
            "Iran=IRN",
            "United States=USA",
            "Britain=GBR",
            "Yemen=YEM"));
  }

  @Test
  void aPastVerbTheTaggerTookForANounAfterAName() {
    String shot =
        coded(
            "Iran's Revolutionary Guards shot down a U.S. military surveillance drone.",
            "Revolutionary Guards=IRNMIL",
            "U.S. military=USAMIL");
    assertTrue(shot.startsWith("IRNMIL>USAMIL:19"), shot);
  }

  @Test
  void aVisitGoesToThePlacesCountryAndAPlaceNeverActs() {
    assertEquals(
        "USALEG>TWN:042 TWN>USALEG:043",
        coded("Nancy Pelosi visited Taipei.", "Nancy Pelosi=USALEG", "Taipei=@TWN"));
    assertEquals(
        "USAGOV>CHN:046 CHN>USAGOV:046",
        coded("Blinken arrived in Beijing on Sunday for talks.", "Blinken=USAGOV", "Beijing=@CHN"));
    // a meeting in a third country is not with that country
    String geneva =
        coded("Biden and Putin met in Geneva.", "Biden=USAGOV", "Putin=RUSGOV", "Geneva=@CHE");
    assertFalse(geneva.contains("CHE"), geneva);
    assertEquals("(one_actor)", coded("Officials in Beijing said so.", "Beijing=@CHN"));
  }

  @Test
  void aDemandOrAWarningIsOnWhomTheThatClauseIsAbout() {
    String demand =
        coded(
            "The PRC on Tuesday demanded that the US cancel plans to sell weapons.",
            "PRC=CHN",
            "US=USA");
    assertTrue(demand.startsWith("CHN>USA:10"), demand);
    // a statement is not: "said that" reports, and gives no event on its own
    assertFalse(
        coded("China said that the US had cancelled the plans.", "China=CHN", "US=USA")
            .contains("CHN>USA:01"));
  }

  @Test
  void anAgreementToDoWhatTheDictionaryDoesNotKnowIsStillAnAgreement() {
    String agreed =
        coded(
            "Jordan and Britain have agreed to undertake joint military exercises this month.",
            "Jordan=JOR",
            "Britain=GBR");
    assertTrue(agreed.contains("JOR>GBR:0") && agreed.contains("GBR>JOR:0"), agreed);
  }

  @Test
  void aLightVerbIsCodedOnlyByAPattern() {
    assertEquals(
        "(no_source_or_target)",
        coded(
            "Japanese firms will take a lower profile in attempts to acquire U.S. firms.",
            "Japanese=JPN",
            "U.S.=USA"));
  }

  @Test
  void aDealBrokeredByAThirdIsItsMediationBetweenTheParties() {
    String deal =
        coded(
            "Saudi Arabia and Iran agreed to restore relations, in a deal brokered by China.",
            "Saudi Arabia=SAU",
            "Iran=IRN",
            "China=CHN");
    assertTrue(deal.contains("CHN>SAU:045") && deal.contains("CHN>IRN:045"), deal);
  }

  @Test
  void aPronounAfterASpeechVerbIsTheSpeaker() {
    String repelled =
        coded("Iraq said it had repelled an Iranian attack.", "Iraq=IRQ", "Iranian=IRN");
    assertTrue(repelled.startsWith("IRQ>IRN:19"), repelled);
    String ask =
        coded(
            "Lyng told reporters he will ask Japan to open its rice market.",
            "Lyng=USAGOV",
            "Japan=JPN");
    assertTrue(ask.startsWith("USAGOV>JPN:02"), ask);
    // a pronoun not right after the speech verb's clause is not the speaker
    assertFalse(
        coded("Iraq said the talks failed and it attacked Iran.", "Iraq=IRQ", "Iran=IRN")
            .contains("IRQ>IRN"));
  }

  @Test
  void theSubjectOfTheVerbBeforeAnInfinitiveDoesItsAct() {
    assertEquals(
        "BRA>SAU:061",
        coded(
            "In February, Brazil had contracted to buy 125,000 bpd from the Saudis.",
            "Brazil=BRA",
            "Saudis=SAU"));
    // "is to" plans the act
    String lend = coded("The U.S. is to lend Sudan 57 mln dlrs.", "U.S.=USA", "Sudan=SDN");
    assertTrue(lend.startsWith("USA>SDN:03"), lend);
    // "refused to", "failed to" negate it
    assertEquals(
        "(negated)", coded("Iran refused to meet the Americans.", "Iran=IRN", "Americans=USA"));
  }

  @Test
  void aRelativeClauseAfterABracketedAcronymHasItsAntecedent() {
    assertEquals(
        "IGOMOSDEV>PAK:057 PAK>IGOMOSDEV:057",
        coded(
            "It was financed by the Islamic Development Bank (IDB) which signed an agreement"
                + " with Pakistan this week.",
            "Islamic Development Bank=IGOMOSDEV",
            "Pakistan=PAK"));
  }

  @Test
  void aVisitNamedAsANounGoesToThePlacesCountry() {
    String visit =
        coded(
            "Joe Clark, winding up a two-day visit to Washington, said he was hopeful.",
            "Joe Clark=CANGOV",
            "Washington=@USA");
    assertEquals("CANGOV>USA:042", visit);
  }

  @Test
  void aVerbJoinedByAndSharesTheSubjectOfTheVerbBeforeIt() {
    String seized =
        coded(
            "Iran attacked Iraq on Monday and seized Kuwait's ships.",
            "Iran=IRN",
            "Iraq=IRQ",
            "Kuwait=KWT");
    assertTrue(seized.contains("IRN>IRQ:19"), seized);
    assertTrue(seized.contains("IRN>KWT:"), seized);
    assertFalse(seized.contains("IRQ>KWT"), "the first verb's object does not act: " + seized);
    String threatened =
        coded(
            "Iraq said Iran shelled its border posts and threatened Kuwait.",
            "Iraq=IRQ",
            "Iran=IRN",
            "Kuwait=KWT");
    assertTrue(threatened.contains("IRN>KWT:13"), threatened);
    // a verb joined after a clause the speaker reports, whose own subject is not found from the
    // verb before (a chain: "appeared to be standing down"), is the speaker's (e05, dev)
    String announced =
        coded(
            "U.S. President Donald Trump said Iran appeared to be standing down and announced new"
                + " sanctions on Tehran.",
            "U.S.=USA",
            "President Donald Trump=USAGOV",
            "Iran=IRN",
            "Tehran=IRN");
    assertTrue(announced.contains("USA>IRN:16") || announced.contains("USAGOV>IRN:16"), announced);
    assertFalse(announced.contains("IRN>IRN"), announced);
    // "U.S. President" is the country's agent (USAGOV) and leaves "Donald Trump" out of the actor:
    // the speaker is still the actor of the name before the speech verb
    assertEquals(
        "USAGOV>IRN:1312",
        coded(
            "U.S. President Donald Trump said he would impose sanctions on Iran.",
            "U.S.=USA",
            "President Donald Trump=USAGOV",
            "Iran=IRN"));
  }

  @Test
  void withdrawingWhatOneCountryGrantsAnotherReducesRelationsAndBracketsDoNotCountAsWords() {
    // Reuters, March 1987: the joined verb's subject is the United States; the withdrawal of a
    // trade status is a sanction (163), not the RETREAT block's yield (080); "(MFN)" does not push
    // "status" out of the pattern's reach. Troops withdrawn are a military retreat (0874).
    assertEquals(
        "USA>POL:163",
        coded(
            "The U.S. imposed the measures and withdrew Most Favoured Nation (MFN) trading status"
                + " from Poland in 1982.",
            "U.S.=USA",
            "Poland=POL"));
    assertEquals(
        "USA>POL:0874",
        coded("The U.S. withdrew its troops from Poland.", "U.S.=USA", "Poland=POL"));
  }

  /**
   * An article's sentences coded in order with their context ("a|b": sentence a, then b, each with
   * the actors named in it); the last sentence's events as {@link #coded} writes them.
   */
  static String codedAfter(String[] sentences, String... named) {
    EventCoder.Context context = new EventCoder.Context();
    EventCoder.Result r = null;
    for (String text : sentences) {
      List<EventActor> actors = actors(text, named);
      r = coder.code(text, 0, text.length(), actors, context);
      context.add(text, actors, r.events());
    }
    return shown(r, true);
  }

  @Test
  void aReactionToAnActToldBeforeIsOnEveryDoerOfThatAct() {
    // e33 of the events gold set (test), shortened: the strikes are the three countries'
    assertEquals(
        "RUS>FRA:111 RUS>GBR:111 RUS>USA:111",
        codedAfter(
            new String[] {
              "The United States, Britain and France launched missile strikes on Syria.",
              "Russia condemned the strikes."
            },
            "United States=USA",
            "Britain=GBR",
            "France=FRA",
            "Syria=SYR",
            "Russia=RUS"));
  }

  @Test
  void aReactionNeedsADefiniteActOfTheKindItNamesByAnotherCountry() {
    String[] attack = {"Iraq attacked Iran on Monday.", null};
    String[] named = {"Iraq=IRQ", "Iran=IRN", "Kuwait=KWT", "Britain=GBR", "Japan=JPN"};
    attack[1] = "Kuwait condemned the attack.";
    assertEquals("KWT>IRQ:111", codedAfter(attack, named));
    // an indefinite act is not one told before
    attack[1] = "Kuwait condemned any attack.";
    assertEquals("(one_actor)", codedAfter(attack, named));
    // sanctions were not told before: an attack was
    attack[1] = "Kuwait condemned the sanctions.";
    assertEquals("(one_actor)", codedAfter(attack, named));
    // the object is the meeting, not the measures
    attack[1] = "Kuwait condemned the meeting the measures brought.";
    assertEquals("(one_actor)", codedAfter(attack, named));
    // a country's own act is not one it reacts to (Reuters, April 1987: a British minister
    // repeating Britain's threat)
    assertEquals(
        "(one_actor)",
        codedAfter(
            new String[] {
              "Britain has threatened to impose restrictions on Japan.",
              "The British minister Howard rejected the threat again."
            },
            "Britain=GBR",
            "Japan=JPN",
            "British minister Howard=GBRGOV"));
  }

  @Test
  void aSentenceOpeningWithAPronounHasTheActorsTheSentenceBeforeOpenedWithAsItsSubject() {
    String[] named = {
      "Iran=IRN",
      "British=GBR",
      "Britain=GBR",
      "Pompeo=USAGOV/person",
      "Iraq=IRQ",
      "France=FRA",
      "Germany=DEU",
      "Turkey=TUR"
    };
    assertEquals(
        "IRN>GBR:112",
        codedAfter(
            new String[] {
              "Iran seized a British tanker on Friday.", "It accused Britain of piracy."
            },
            named));
    assertEquals(
        "USAGOV>IRN:111",
        codedAfter(
            new String[] {"Pompeo arrived in Iraq on Monday.", "He condemned Iran."}, named));
    assertEquals(
        "DEU>TUR:111 FRA>TUR:111",
        codedAfter(
            new String[] {
              "Germany and France suspended their exports.", "They also condemned Turkey."
            },
            named));
    // the pronoun must agree: "he" is no country, "it" no person, "they" not one country
    assertEquals(
        "(one_actor)",
        codedAfter(
            new String[] {"Iran seized a British tanker on Friday.", "He accused Britain."},
            named));
    assertEquals(
        "(one_actor)",
        codedAfter(new String[] {"Pompeo arrived in Iraq.", "It condemned Iran."}, named));
    assertEquals(
        "(one_actor)",
        codedAfter(new String[] {"Iran seized a British tanker.", "They accused Britain."}, named));
    // the sentence before must open with its actors, and the one right before
    assertEquals(
        "(one_actor)",
        codedAfter(
            new String[] {"On Friday, Iran seized a British tanker.", "It accused Britain."},
            named));
    assertEquals(
        "(one_actor)",
        codedAfter(
            new String[] {
              "Iran seized a British tanker.", "The tanker was on its way.", "It accused Britain."
            },
            named));
  }

  @Test
  void anActorTheTaggerTakesForAnAdverbIsNoPartOfTheVerbGroup() {
    // the shipped tagger reads "Chile" here as an adverb (RB)
    assertEquals(
        "CHL>PER:161", coded("Chile recalled its ambassador from Peru.", "Chile=CHL", "Peru=PER"));
    assertEquals(
        "CHL>PER:161", coded("Chile recalled the ambassador from Peru.", "Chile=CHL", "Peru=PER"));
  }

  @Test
  void theActorsASentenceOpensWith() {
    String text = "But Britain and France said on Monday that Iran had seized a tanker.";
    List<EventActor> actors = actors(text, "Britain=GBR", "France=FRA", "Iran=IRN");
    assertEquals(
        List.of("GBR", "FRA"),
        EventCoder.leadingActors(text, actors).stream().map(EventActor::code).toList());
    text = "In London, Britain said Iran had seized a tanker.";
    assertEquals(
        List.of(), EventCoder.leadingActors(text, actors(text, "Britain=GBR", "Iran=IRN")));
    text = "The British minister said Iran had seized a tanker.";
    assertEquals(
        List.of("GBRGOV"),
        EventCoder.leadingActors(text, actors(text, "British minister=GBRGOV", "Iran=IRN")).stream()
            .map(EventActor::code)
            .toList());
  }

  @Test
  void aNamingByCallIsAReproachWhenItsWordsAreOne() {
    // e06 of the events gold set (dev): the attack told before is Iran's
    assertEquals(
        "USA>IRN:111",
        codedAfter(
            new String[] {
              "Iran shot down a U.S. drone over the Strait of Hormuz.",
              "The United States called the attack unprovoked."
            },
            "Iran=IRN",
            "U.S.=USA",
            "United States=USA"));
    assertEquals(
        "USA>IRN:112",
        coded("The United States called Iran an aggressor.", "United States=USA", "Iran=IRN"));
    assertEquals(
        "(negated)",
        coded(
            "The United States did not call Iran an aggressor.", "United States=USA", "Iran=IRN"));
    // the seed article: a naming with no reproach is no event (the dictionary's "call" is a
    // telephone call)
    assertEquals(
        "(no_source_or_target)",
        coded(
            "Pompeo wants support for what the White House calls its maximum pressure campaign"
                + " against Iran.",
            "Pompeo=USAGOV",
            "White House=USAGOV",
            "Iran=IRN"));
    // a call to someone is still one
    assertEquals(
        "USAGOV>RUSGOV:041 RUSGOV>USAGOV:041",
        coded("Biden called Putin.", "Biden=USAGOV", "Putin=RUSGOV"));
  }

  @Test
  void whatASpeakerSaysAnActorsActsAreIsAnAccusation() {
    // the seed article (dev): the issue asks for Iran accusing the United States here
    assertEquals(
        "IRNGOV>USAGOV:112",
        coded(
            "Iran's leaders sought to ease concerns, saying the Trump administration's actions and"
                + " rhetoric were psychological warfare intended to rattle the regime.",
            "Iran's leaders=IRNGOV",
            "Trump=USAGOV"));
    assertEquals(
        "CHN>USA:111", coded("China said the U.S. actions were illegal.", "China=CHN", "U.S.=USA"));
    // the speech verb's own patterns are not looked for in the clause it reports
    assertEquals(
        "CHN>USA:111",
        coded("China said the U.S. sanctions were illegal.", "China=CHN", "U.S.=USA"));
    assertEquals(
        "USA>IRN:163",
        coded("The United States announced sanctions on Iran.", "United States=USA", "Iran=IRN"));
    // negated, or about one's own country: no reproach
    assertFalse(
        coded("China said the U.S. actions were not illegal.", "China=CHN", "U.S.=USA")
            .contains(":111"));
    assertFalse(
        coded("Trump said the U.S. actions were illegal.", "Trump=USAGOV", "U.S.=USA")
            .contains(":111"));
  }

  @Test
  void aMediationOfAnAgreementToldBeforeIsBetweenItsParties() {
    // e08 of the events gold set (dev), shortened
    String[] named = {"Israel=ISR", "Hamas=PSEREB", "Qatar=QAT", "Egypt=EGY"};
    assertEquals(
        "EGY>ISR:045 EGY>PSEREB:045 QAT>ISR:045 QAT>PSEREB:045",
        codedAfter(
            new String[] {
              "Israel and Hamas agreed to a four-day truce and the release of 50 hostages.",
              "Qatar and Egypt mediated the deal."
            },
            named));
    // a condemnation of an agreement is not coded by the rule; nor a mediation of an attack
    assertEquals(
        "(no_source_or_target)",
        codedAfter(
            new String[] {"Israel attacked Hamas in Gaza.", "Qatar and Egypt mediated the deal."},
            named));
  }

  @Test
  void toMediateIsMediationBetweenTheSidesNamedAfterBetween() {
    // CAMEO.2.0.txt has MEDIATE in its COMPROMISE block (080, a yield); verbs-supplement.txt moves
    // it to mediation (045). "between" names the sides acted on.
    assertEquals(
        "QAT>ISR:045 QAT>PSEREB:045",
        coded(
            "Qatar mediated talks between Israel and Hamas.",
            "Israel=ISR",
            "Hamas=PSEREB",
            "Qatar=QAT"));
    assertEquals(
        "QAT>ISR:045 QAT>EGY:045",
        coded("Qatar mediated between Israel and Egypt.", "Israel=ISR", "Egypt=EGY", "Qatar=QAT"));
    assertEquals(
        "QAT>ISR:045", coded("Qatar mediated talks with Israel.", "Israel=ISR", "Qatar=QAT"));
    // after other nouns "between" names no side (Reuters, 1987: "non-stop flights between London
    // and Tokyo", "a merger between Kappa and Radiation Systems")
    assertEquals(
        "(no_source_or_target)",
        coded(
            "Japan approved non-stop flights between Britain and Canada.",
            "Japan=JPN",
            "Britain=GBR",
            "Canada=CAN"));
  }
}

package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped dictionaries (Phoenix compiled + Dyad's supplement) as a run loads them: names that
 * must be one actor.
 */
class ShippedSupplementTest {
  static ActorDictionary dictionary;

  @BeforeAll
  static void load() throws IOException {
    dictionary = ActorDictionary.load(List.of(), new Configuration());
  }

  private static Actor actorOf(String phrase) {
    List<ActorDictionary.Candidate> c = dictionary.candidates(phrase);
    assertFalse(c.isEmpty(), "the dictionary does not know " + phrase);
    return dictionary.actor(c.get(0).actorId());
  }

  @Test
  void tradeOrganisationsUnderAllTheirNames() {
    Actor gatt = actorOf("GATT");
    assertEquals(ActorType.ORGANISATION, gatt.type);
    assertEquals(gatt.id, actorOf("General Agreement on Tariffs and Trade").id);
    assertEquals(
        gatt.id, actorOf("General Agreements on Tariffs and Trade").id, "a spelling Reuters used");
    assertEquals("IGOBUSWTO", gatt.roles.get(0).code());
    assertEquals(actorOf("WTO").id, actorOf("World Trade Organisation").id);
    assertNotEquals(
        gatt.id, actorOf("WTO").id, "the GATT and the WTO are two organisations of one code");
  }

  @Test
  void theChambersOfCongressAreCongress() {
    String congress = actorOf("United States Congress").id;
    assertEquals(congress, actorOf("U.S. House").id);
    assertEquals(congress, actorOf("United States House").id);
    assertEquals(congress, actorOf("U.S. Senate").id);
  }
}

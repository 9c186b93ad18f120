package org.dyad.events;

import java.io.Serializable;

/**
 * An actor named in a sentence, as the event coder takes it: where (character offsets into the
 * article), who (Dyad's actor id and name), and its CAMEO code and country on the article's date.
 */
public record EventActor(
    int begin, int end, String actorId, String name, String code, String country, boolean place)
    implements Serializable {
  /** An actor (not a place). */
  public EventActor(int begin, int end, String actorId, String name, String code, String country) {
    this(begin, end, actorId, name, code, country, false);
  }

  /**
   * A place of a country ("Taipei", "Beijing" where the story treats them as places): never acts
   * and is acted on only as the country a visit goes to ("Pelosi visited Taipei"); its actor id,
   * code and country are the country's.
   */
  public static EventActor place(int begin, int end, String name, String country) {
    return new EventActor(begin, end, country, name, country, country, true);
  }

  /** The same actor with another code (an agent noun after a country: "Iranian officials"). */
  EventActor withCode(String newCode) {
    return new EventActor(begin, end, actorId, name, newCode, country, place);
  }
}

package org.dyad.events;

import java.io.Serializable;

/**
 * An actor named in a sentence, as the event coder takes it: where (character offsets into the
 * article), who (Dyad's actor id and name), and its CAMEO code and country on the article's date.
 */
public record EventActor(
    int begin, int end, String actorId, String name, String code, String country)
    implements Serializable {
  /** The same actor with another code (an agent noun after a country: "Iranian officials"). */
  EventActor withCode(String newCode) {
    return new EventActor(begin, end, actorId, name, newCode, country);
  }
}

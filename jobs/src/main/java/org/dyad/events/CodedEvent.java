package org.dyad.events;

import java.io.Serializable;

/**
 * One event the coder found in a sentence: the words that triggered it (offsets into the article),
 * who acts (null when the sentence does not say), who is acted on (null likewise), the CAMEO code,
 * the dictionary pattern that gave it ("verb" when the verb's own code did) and how sure the coder
 * is.
 */
public record CodedEvent(
    int begin,
    int end,
    String trigger,
    EventActor source,
    EventActor target,
    String code,
    String pattern,
    double confidence)
    implements Serializable {}

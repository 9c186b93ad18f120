package org.dyad.mentions;

import java.io.Serializable;

/** One resolved mention of an actor in an article: a row of the {@code mentions} table. */
public record Mention(
    String articleId,
    int sentence,
    int sentenceBegin,
    int sentenceEnd,
    int begin,
    int end,
    String text,
    String entityType,
    String source,
    String actorId,
    String actorName,
    String cameoCode,
    String country,
    Boolean roleByDate,
    String aliasKind,
    double confidence,
    boolean inDictionary)
    implements Serializable {

  public static final String DICTIONARY = "dictionary";
  public static final String NER = "ner";
  public static final String BOTH = "both";

  Mention withSource(String s) {
    return new Mention(articleId, sentence, sentenceBegin, sentenceEnd, begin, end, text, entityType, s, actorId, actorName, cameoCode, country, roleByDate, aliasKind, confidence, inDictionary);
  }

  Mention withActor(Mention other) {
    return new Mention(
        articleId, sentence, sentenceBegin, sentenceEnd, begin, end, text, other.entityType, source, other.actorId, other.actorName, other.cameoCode,
        other.country, other.roleByDate, aliasKind, Math.min(confidence, other.confidence), other.inDictionary);
  }
}

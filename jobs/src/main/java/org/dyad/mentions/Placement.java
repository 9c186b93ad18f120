package org.dyad.mentions;

import java.util.List;
import org.dyad.actors.ActorType;
import org.dyad.text.TextNormalizer;

/**
 * Where a mention stands: its article, its sentence and its span. The one place that makes {@link
 * Mention}s from text: a place, a dictionary actor, or an actor NER found that no dictionary knows.
 */
record Placement(
    String articleId,
    int sentence,
    int sentenceBegin,
    int sentenceEnd,
    int begin,
    int end,
    String text) {

  /** The span's placement in its article: the sentence that covers its start (else the last). */
  static Placement of(
      String articleId, String text, List<Span> sentences, Span span, String surface) {
    int s = 0;
    while (s < sentences.size() && !sentences.get(s).covers(span.begin())) s++;
    if (s == sentences.size()) s = Math.max(0, sentences.size() - 1);
    int sb = sentences.isEmpty() ? 0 : sentences.get(s).begin();
    int se = sentences.isEmpty() ? text.length() : Math.min(text.length(), sentences.get(s).end());
    return new Placement(articleId, s, sb, se, span.begin(), span.end(), surface);
  }

  /** Where an existing mention stands. */
  static Placement of(Mention m) {
    return new Placement(
        m.articleId(),
        m.sentence(),
        m.sentenceBegin(),
        m.sentenceEnd(),
        m.begin(),
        m.end(),
        m.text());
  }

  /**
   * A place, not an actor: a city, a region, a country in a dateline. Its id is {@code
   * location:<slug of the name>}; {@code country} is the country it lies in, when known.
   */
  Mention place(String name, String country, String aliasKind, double confidence) {
    return new Mention(
        articleId,
        sentence,
        sentenceBegin,
        sentenceEnd,
        begin,
        end,
        text,
        ActorType.LOCATION,
        Mention.DICTIONARY,
        ActorType.LOCATION.code() + ":" + TextNormalizer.slug(name),
        name,
        null,
        country,
        null,
        null,
        aliasKind,
        confidence,
        true);
  }

  /** A dictionary actor with the role the article's date selects (code and country may be null). */
  Mention actor(
      ActorType type,
      String source,
      String id,
      String name,
      String code,
      String country,
      Boolean roleByDate,
      String roleSource,
      String aliasKind,
      double confidence) {
    return new Mention(
        articleId,
        sentence,
        sentenceBegin,
        sentenceEnd,
        begin,
        end,
        text,
        type,
        source,
        id,
        name,
        code,
        country,
        roleByDate,
        roleSource,
        aliasKind,
        confidence,
        true);
  }

  /** An actor NER found and no dictionary knows: its id is {@code <type>:<slug of the name>}. */
  Mention unknown(ActorType type, String name, double confidence) {
    return new Mention(
        articleId,
        sentence,
        sentenceBegin,
        sentenceEnd,
        begin,
        end,
        text,
        type,
        Mention.NER,
        type.code() + ":" + TextNormalizer.slug(name),
        name,
        null,
        null,
        null,
        null,
        null,
        confidence,
        false);
  }
}

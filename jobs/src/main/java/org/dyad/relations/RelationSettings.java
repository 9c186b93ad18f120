package org.dyad.relations;

import java.io.Serializable;

/**
 * What the relationship stages are computed with, from the validated configuration
 * (RelationsConfig.settings()).
 *
 * @param window what "together" means: one sentence (or a span of them) or one story
 * @param sentenceSpan with the sentence window, how many sentences apart two actors still count
 *     together
 * @param minSupport the co-occurrences a pair needs in a period to be a dyad of it
 * @param maxActorsPerArticle a story's actors counted, its most mentioned first
 * @param evidence the stories of evidence kept per dyad and period
 * @param keepAffiliations whether pairs of an actor and its own country or organisation stay in the
 *     reports
 */
public record RelationSettings(
    CooccurrenceWindow window,
    int sentenceSpan,
    int minSupport,
    int maxActorsPerArticle,
    int evidence,
    boolean keepAffiliations)
    implements Serializable {
  public RelationSettings {
    if (window == null) throw new IllegalArgumentException("no window");
    if (sentenceSpan < 0 || minSupport < 1 || maxActorsPerArticle < 2 || evidence < 0) {
      throw new IllegalArgumentException(
          "relation settings out of range: span "
              + sentenceSpan
              + ", support "
              + minSupport
              + ", actors "
              + maxActorsPerArticle
              + ", evidence "
              + evidence);
    }
  }
}

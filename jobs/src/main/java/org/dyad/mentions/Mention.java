package org.dyad.mentions;

import java.io.Serializable;
import org.dyad.actors.ActorType;

/** One resolved mention of an actor in an article: a row of the {@code mentions} table. */
public record Mention(
    String articleId,
    int sentence,
    int sentenceBegin,
    int sentenceEnd,
    int begin,
    int end,
    String text,
    ActorType type,
    String source,
    String actorId,
    String actorName,
    String cameoCode,
    String country,
    Boolean roleByDate,
    String roleSource,
    String aliasKind,
    double confidence,
    boolean inDictionary,
    String affiliate,
    Integer listBegin)
    implements Serializable {

  /** A mention the text ties to no other actor. */
  public Mention(
      String articleId,
      int sentence,
      int sentenceBegin,
      int sentenceEnd,
      int begin,
      int end,
      String text,
      ActorType type,
      String source,
      String actorId,
      String actorName,
      String cameoCode,
      String country,
      Boolean roleByDate,
      String roleSource,
      String aliasKind,
      double confidence,
      boolean inDictionary) {
    this(
        articleId,
        sentence,
        sentenceBegin,
        sentenceEnd,
        begin,
        end,
        text,
        type,
        source,
        actorId,
        actorName,
        cameoCode,
        country,
        roleByDate,
        roleSource,
        aliasKind,
        confidence,
        inDictionary,
        null,
        null);
  }

  /**
   * {@code list_begin} of a mention that pairs with no one in its sentence: the source of what it
   * says, the term of a comparison ({@link ActorLists}), or at the actor level a title's owner (the
   * relations stage).
   */
  public static final int ASIDE = -1;

  /** The type as the mentions table writes it: {@code country}, {@code person}, ... */
  public String entityType() {
    return type.code();
  }

  public static final String DICTIONARY = "dictionary";
  public static final String NER = "ner";
  public static final String BOTH = "both";

  /**
   * Where a role came from besides the dictionaries (role_source): the words around the name, or an
   * earlier mention of the person.
   */
  public static final String CONTEXT = "context";

  public static final String INHERITED = "inherited";

  Mention withSource(String s) {
    return new Mention(
        articleId,
        sentence,
        sentenceBegin,
        sentenceEnd,
        begin,
        end,
        text,
        type,
        s,
        actorId,
        actorName,
        cameoCode,
        country,
        roleByDate,
        roleSource,
        aliasKind,
        confidence,
        inDictionary,
        affiliate,
        listBegin);
  }

  /** The mention with the actor the text says it belongs to. */
  Mention withAffiliate(String a) {
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
        actorId,
        actorName,
        cameoCode,
        country,
        roleByDate,
        roleSource,
        aliasKind,
        confidence,
        inDictionary,
        a,
        listBegin);
  }

  Mention withActor(Mention other) {
    return new Mention(
        articleId,
        sentence,
        sentenceBegin,
        sentenceEnd,
        begin,
        end,
        text,
        other.type,
        source,
        other.actorId,
        other.actorName,
        other.cameoCode,
        other.country,
        other.roleByDate,
        other.cameoCode == null ? null : other.cameoCode.equals(cameoCode) ? roleSource : INHERITED,
        aliasKind,
        Math.min(confidence, other.confidence),
        other.inDictionary,
        affiliate != null ? affiliate : other.affiliate,
        listBegin);
  }

  /**
   * The mention of another actor id and name ("Congress" in a Washington story: "Congress (United
   * States)").
   */
  Mention withIdentity(String id, String name) {
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
        cameoCode,
        country,
        roleByDate,
        roleSource,
        aliasKind,
        confidence,
        inDictionary,
        affiliate,
        listBegin);
  }

  /** The mention as an item of the list that begins at {@code begin} (see {@link ActorLists}). */
  Mention inList(int begin) {
    return new Mention(
        articleId,
        sentence,
        sentenceBegin,
        sentenceEnd,
        this.begin,
        end,
        text,
        type,
        source,
        actorId,
        actorName,
        cameoCode,
        country,
        roleByDate,
        roleSource,
        aliasKind,
        confidence,
        inDictionary,
        affiliate,
        begin);
  }

  /** The mention with a role: its code, its country, and where the code came from. */
  Mention withRole(String code, String codeCountry, String source) {
    return new Mention(
        articleId,
        sentence,
        sentenceBegin,
        sentenceEnd,
        begin,
        end,
        text,
        type,
        this.source,
        actorId,
        actorName,
        code,
        codeCountry,
        roleByDate,
        source,
        aliasKind,
        confidence,
        inDictionary,
        affiliate,
        listBegin);
  }
}

package org.dyad.tables;

/**
 * The column vocabulary: every column name of every table, and of the Datasets between stages that
 * carry them. Code names columns through these constants only.
 */
public final class Col {
  private Col() {}

  public static final String ARTICLE_ID = "article_id";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String PUBLISHED = "published";
  public static final String CONTENT_HASH = "content_hash";
  public static final String DUPLICATE_OF = "duplicate_of";
  public static final String DUPLICATE_SIMILARITY = "duplicate_similarity";
  public static final String EXACT_COPIES = "exact_copies";
  public static final String INPUT_FORMAT = "input_format";
  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_OFFSET = "source_offset";
  public static final String SOURCE_LINE = "source_line";
  public static final String METADATA = "metadata";
  public static final String LABELS = "labels";
  public static final String REASON = "reason";
  public static final String DETAIL = "detail";
  public static final String SNIPPET = "snippet";
  public static final String SENTENCE = "sentence";
  public static final String BEGIN = "begin";
  public static final String SENTENCE_BEGIN = "sentence_begin";
  public static final String SENTENCE_END = "sentence_end";
  public static final String END = "end";
  public static final String ENTITY_TYPE = "entity_type";
  public static final String ACTOR_ID = "actor_id";
  public static final String ACTOR_NAME = "actor_name";
  public static final String CAMEO_CODE = "cameo_code";
  public static final String COUNTRY = "country";
  public static final String ROLE_BY_DATE = "role_by_date";
  public static final String ROLE_SOURCE = "role_source";
  public static final String ALIAS_KIND = "alias_kind";
  public static final String CONFIDENCE = "confidence";

  /** The actor the text says a mention's actor belongs to ("IBM chairman John Akers": IBM). */
  public static final String AFFILIATE = "affiliate";

  /**
   * Where the list of actors a mention is an item of begins ("Chile, Peru and Ecuador"); null
   * outside lists.
   */
  public static final String LIST_BEGIN = "list_begin";

  public static final String IN_DICTIONARY = "in_dictionary";
  public static final String MONTH = "month";
  public static final String NAME = "name";
  public static final String TYPE = "type";
  public static final String CAMEO_CODES = "cameo_codes";
  public static final String ALIASES = "aliases";
  public static final String FIRST_SEEN = "first_seen";
  public static final String LAST_SEEN = "last_seen";
  public static final String MENTION_COUNT = "mentions";
  public static final String ARTICLE_COUNT = "articles";
  public static final String DICTIONARY_MENTIONS = "dictionary_mentions";
  public static final String NER_MENTIONS = "ner_mentions";
  public static final String PERIOD = "period";
  public static final String PERIOD_INDEX = "period_index";
  public static final String PERIOD_START = "period_start";
  public static final String PERIOD_END = "period_end";
  public static final String ACTOR_A = "actor_a";
  public static final String ACTOR_B = "actor_b";
  public static final String NAME_A = "name_a";
  public static final String NAME_B = "name_b";
  public static final String TYPE_A = "type_a";
  public static final String TYPE_B = "type_b";
  public static final String ARTICLES_TOGETHER = "articles_together";
  public static final String UNITS_A = "units_a";
  public static final String UNITS_B = "units_b";
  public static final String PERIOD_UNITS = "period_units";
  public static final String SENTENCES_TOGETHER = "sentences_together";
  public static final String ARTICLES_A = "articles_a";
  public static final String ARTICLES_B = "articles_b";
  public static final String PERIOD_ARTICLES = "period_articles";
  public static final String COOCCURRENCES = "cooccurrences";
  public static final String EXPECTED = "expected";
  public static final String PMI = "pmi";
  public static final String NPMI = "npmi";
  public static final String G2 = "g2";
  public static final String P_VALUE = "p_value";
  public static final String JACCARD = "jaccard";
  public static final String STRENGTH = "strength";
  public static final String RANK = "rank";
  public static final String SHARE = "share";
  public static final String PREVIOUS_SHARE = "previous_share";
  public static final String PREVIOUS_COUNT = "previous_count";
  public static final String CHANGE = "change";
  public static final String BASELINE_MEAN = "baseline_mean";
  public static final String BASELINE_SD = "baseline_sd";
  public static final String Z_SCORE = "z_score";
  public static final String TREND = "trend";
  public static final String EVIDENCE = "evidence";
  public static final String TOPIC_ID = "topic_id";
  public static final String LABEL = "label";
  public static final String TERMS = "terms";
  public static final String WORD = "word";

  /** Topic text state: an article's words before stemming, and why its terms could not be made. */
  public static final String WORDS = "words";

  public static final String ANNOTATOR_FAILURE = "annotator_failure";

  /** A raw record's id and date as the input gave them, before validation. */
  public static final String GIVEN_ID = "given_id";

  public static final String PUBLISHED_RAW = "published_raw";
  public static final String TERM = "term";
  public static final String WEIGHT = "weight";
  public static final String TOPICS = "topics";
  public static final String TOPIC_WEIGHT = "topic_weight";
  public static final String TOPIC_COUNT = "articles";
  public static final String WEIGHTED_SHARE = "weighted_share";
  public static final String BURST = "burst";
  public static final String DIRECTION = "direction";
  public static final String TOP_TOPICS = "top_topics";
  public static final String AFFILIATION = "affiliation";

  // The events table (org.dyad.tables.EventTables).
  public static final String SENTENCE_TEXT = "sentence_text";
  public static final String SOURCE_ACTOR_ID = "source_actor_id";
  public static final String SOURCE_NAME = "source_name";
  public static final String SOURCE_CODE = "source_code";
  public static final String SOURCE_COUNTRY = "source_country";
  public static final String TARGET_ACTOR_ID = "target_actor_id";
  public static final String TARGET_NAME = "target_name";
  public static final String TARGET_CODE = "target_code";
  public static final String TARGET_COUNTRY = "target_country";
  public static final String EVENT_CODE = "event_code";
  public static final String EVENT_ROOT = "event_root";
  public static final String EVENT_NAME = "event_name";
  public static final String PLOVER_TYPE = "plover_type";
  public static final String QUAD_CLASS = "quad_class";
  public static final String GOLDSTEIN = "goldstein";
  public static final String TRIGGER = "trigger";
  public static final String PATTERN = "pattern";

  // The directed event figures of a dyad (org.dyad.relations.EventDyads).
  public static final String EVENTS_A_TO_B = "events_a_to_b";
  public static final String EVENTS_B_TO_A = "events_b_to_a";
  public static final String VERBAL_COOP_A_TO_B = "verbal_coop_a_to_b";
  public static final String MATERIAL_COOP_A_TO_B = "material_coop_a_to_b";
  public static final String VERBAL_CONFLICT_A_TO_B = "verbal_conflict_a_to_b";
  public static final String MATERIAL_CONFLICT_A_TO_B = "material_conflict_a_to_b";
  public static final String VERBAL_COOP_B_TO_A = "verbal_coop_b_to_a";
  public static final String MATERIAL_COOP_B_TO_A = "material_coop_b_to_a";
  public static final String VERBAL_CONFLICT_B_TO_A = "verbal_conflict_b_to_a";
  public static final String MATERIAL_CONFLICT_B_TO_A = "material_conflict_b_to_a";
  public static final String GOLDSTEIN_A_TO_B = "goldstein_a_to_b";
  public static final String GOLDSTEIN_B_TO_A = "goldstein_b_to_a";
  public static final String BALANCE = "balance";
  public static final String PREVIOUS_BALANCE = "previous_balance";
  public static final String BALANCE_CHANGE = "balance_change";
  public static final String BASELINE_BALANCE = "baseline_balance";
  public static final String BALANCE_Z = "balance_z";
  public static final String EVENT_TREND = "event_trend";
  public static final String STRONGEST_A_TO_B = "strongest_a_to_b";
  public static final String STRONGEST_B_TO_A = "strongest_b_to_a";

  // The per-period directed country table (country_events).
  public static final String EVENT_ROOT_NAME = "event_root_name";
  public static final String EVENT_COUNT = "events";
  public static final String GOLDSTEIN_SUM = "goldstein_sum";
  public static final String GOLDSTEIN_MEAN = "goldstein_mean";

  // Columns of the Datasets between stages (not in a published table).
  /** The actors of one sentence, as the event coder takes them. */
  public static final String SENTENCE_ACTORS = "sentence_actors";

  /** Why a sentence gave no event (EventCoder's reasons), null when it gave some. */
  public static final String SKIPPED = "skipped";

  /** The events of one sentence, before they are one row each. */
  public static final String SENTENCE_EVENTS = "sentence_events";

  /** How often an actor is mentioned in one story. */
  public static final String MENTION_COUNT_IN_STORY = "mention_count";

  /** The anchor sentence of a sentence-window unit. */
  public static final String ANCHOR = "anchor";

  /**
   * An article's full topic distribution (array of k weights), before only its top topics are kept.
   */
  public static final String TOPIC_WEIGHTS = "weights";
}

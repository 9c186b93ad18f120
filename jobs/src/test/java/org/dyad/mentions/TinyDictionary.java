package org.dyad.mentions;

import java.io.IOException;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.dyad.SparkTestSession;
import org.dyad.actors.ActorDictionary;

/**
 * The dictionary pipeline (document, sentences, tokens, matcher) over a few actors: Iran and the
 * United States.
 */
final class TinyDictionary {
  private TinyDictionary() {}

  static PipelineModel pipeline() throws IOException {
    ActorDictionary dictionary =
        ActorDictionary.of(
            Map.of(
                "test.txt",
                "Iran | country | IRN | | Iran; Tehran@capital\n"
                    + "United States | country | USA | | U.S.; Washington@capital"));
    return NlpPipelines.dictionary(SparkTestSession.text(), dictionary);
  }
}

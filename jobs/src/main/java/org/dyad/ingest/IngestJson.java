package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON reader of every input (JSON Lines records, text files' sidecars). Strict where a lenient
 * reader would change a value without a word: a second object on the line ({@code {..}{..}}) and a
 * member given twice ({@code "text": "a", "text": "b"}: which one is the article?) are errors, and
 * numbers with a fraction or exponent keep their decimal value ({@code 1e400} stays {@code 1E+400}
 * instead of becoming {@code Infinity}; {@code 1557914400.5} stays exact).
 */
final class IngestJson {
  private IngestJson() {}

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
}

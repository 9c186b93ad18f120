package org.dyad.ingest;

/**
 * Why an input record did not become an article. The codes are stable: reports and docs use them.
 */
public enum RejectReason {
  MALFORMED_JSON("malformed_json", "a JSON Lines line that is not a JSON object"),
  MALFORMED_CSV(
      "malformed_csv", "a CSV row that cannot be parsed or has the wrong number of columns"),
  MALFORMED_SGML("malformed_sgml", "a Reuters SGML record that is not closed or has no NEWID"),
  MALFORMED_METADATA("malformed_metadata", "a text file whose JSON sidecar cannot be parsed"),
  INVALID_FIELD("invalid_field", "a field of the wrong type, e.g. a text that is an object"),
  MISSING_TEXT("missing_text", "no text, or only whitespace"),
  UNPARSEABLE_DATE("unparseable_date", "a published date in no format Dyad reads"),
  INVALID_ENCODING("invalid_encoding", "bytes that are not valid in the input encoding"),
  NUL_BYTE("nul_byte", "text containing NUL characters"),
  OVERSIZED("oversized", "text longer than the configured limit (ingest.maxChars)"),
  DUPLICATE_ID("duplicate_id", "an id already used by an earlier record with different text"),
  UNREADABLE_FILE("unreadable_file", "a file that cannot be opened or read to the end"),
  UNSUPPORTED_SCHEMA("unsupported_schema", "a Parquet file without a text column");

  public final String code;
  public final String description;

  RejectReason(String code, String description) {
    this.code = code;
    this.description = description;
  }
}

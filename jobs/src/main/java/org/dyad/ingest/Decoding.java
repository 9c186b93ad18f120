package org.dyad.ingest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes input bytes so that invalid ones stay detectable: each malformed or unmappable byte
 * sequence becomes U+FFFF, a noncharacter that valid news text never carries, and the record
 * holding it is rejected as {@code invalid_encoding}. A strict decoder would instead lose the whole
 * file at the first bad byte.
 */
public final class Decoding {
  private Decoding() {}

  public static final char INVALID = '\uFFFF';

  public static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .replaceWith(String.valueOf(INVALID));
  }

  public static String decode(byte[] bytes, int length, Charset charset) {
    try {
      CharBuffer chars = decoder(charset).decode(ByteBuffer.wrap(bytes, 0, length));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  public static Reader reader(InputStream in, Charset charset) {
    return new InputStreamReader(in, decoder(charset));
  }

  /** Drops a leading byte-order mark, which editors put at the start of UTF-8 files. */
  public static String stripBom(String s) {
    return s != null && !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  public static boolean hasInvalid(String s) {
    return s != null && s.indexOf(INVALID) >= 0;
  }

  public static boolean hasNul(String s) {
    return s != null && s.indexOf('\u0000') >= 0;
  }
}

package dev.manifestgen.golang;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One Go token.
 *
 * @param kind what it is
 * @param text its source text (for a string, the quoted form)
 * @param value a string literal's decoded value; otherwise the same as text
 * @param line 1-based line it starts on
 */
public record GoToken(Kind kind, String text, String value, int line) {
  public enum Kind { IDENT, STRING, CHAR, INT, FLOAT, IMAG, OP }

  public boolean is(String op) {
    return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(op);
  }

  public boolean isIdent() {
    return kind == Kind.IDENT;
  }

  /** The tokens' source text run together, as notes and messages show an expression. */
  public static String joined(List<GoToken> tokens) {
    return tokens.stream().map(GoToken::text).collect(Collectors.joining());
  }
}

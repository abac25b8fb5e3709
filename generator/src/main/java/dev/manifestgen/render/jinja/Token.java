package dev.manifestgen.render.jinja;

/**
 * A piece of a template's source: text, or a tag ({@code {{ }}}, {@code {% %}}, {@code {# #}}).
 *
 * @param body the tag's inside without delimiters and dashes, trimmed; the text for TEXT
 * @param dashLeft the tag opens with a dash ({@code {%-}): it strips all whitespace before it
 * @param dashRight the tag closes with a dash ({@code -%}}): it strips all whitespace after it
 * @param aloneOnLine only spaces or tabs precede the tag on its line and a newline (or the end) follows
 * @param indent the spaces or tabs that precede the tag on its line, when only they do
 */
public record Token(Kind kind, String body, int line, boolean dashLeft, boolean dashRight,
    boolean aloneOnLine, String indent) {

  public enum Kind { TEXT, EXPRESSION, STATEMENT, COMMENT }

  public boolean isText() {
    return kind == Kind.TEXT;
  }

  /** Statements and comments: jinjava's trim_blocks and lstrip_blocks apply to both. */
  public boolean isBlockLike() {
    return kind == Kind.STATEMENT || kind == Kind.COMMENT;
  }

  /** The statement's keyword ({@code if}, {@code for}, ...), or "" for other tokens. */
  public String keyword() {
    if (kind != Kind.STATEMENT) {
      return "";
    }
    int space = 0;
    while (space < body.length() && Character.isLetter(body.charAt(space))) {
      space++;
    }
    return body.substring(0, space);
  }
}

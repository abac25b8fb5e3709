package dev.manifestgen.golang;

/**
 * A comment's text without its delimiters ({@code //} or {@code /* *}{@code /}), the line it starts on, and
 * whether it is a general ({@code /* *}{@code /}) comment.
 */
public record GoComment(String text, int line, boolean block) {
  public GoComment(String text, int line) {
    this(text, line, false);
  }
}

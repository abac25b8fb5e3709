package dev.manifestgen.golang;

/** A comment's text without its delimiters ({@code //} or {@code /* *}{@code /}), and the line it starts on. */
public record GoComment(String text, int line) {}

package dev.manifestgen.render.jinja;

/** A template uses something outside the supported Jinja subset, or is malformed. */
public class TemplateSyntaxException extends Exception {
  public TemplateSyntaxException(String message) {
    super(message);
  }

  /** The standard message: {@code templates/FILE:LINE: WHAT is not supported in chart templates}. */
  public static TemplateSyntaxException unsupported(String path, int line, String what) {
    return new TemplateSyntaxException(path + ":" + line + ": " + what + " is not supported in chart templates");
  }

  public static TemplateSyntaxException at(String path, int line, String message) {
    return new TemplateSyntaxException(path + ":" + line + ": " + message);
  }
}

package dev.manifestgen.render;

/** A template could not be rendered; the message names the template and line. */
public class RenderException extends Exception {
  public RenderException(String message) {
    super(message);
  }
}

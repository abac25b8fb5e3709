package dev.manifestgen.golang;

/** Go source the extractor cannot read or cannot make sense of; the message names the file and line. */
public class GoSourceException extends Exception {
  public GoSourceException(String message) {
    super(message);
  }
}

package dev.manifestgen.values;

/** A --set or --set-string expression Helm would refuse; the message quotes it and says why. */
public final class SetSyntaxException extends Exception {
  public SetSyntaxException(String message) {
    super(message);
  }
}

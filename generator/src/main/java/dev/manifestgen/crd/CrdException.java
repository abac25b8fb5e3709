package dev.manifestgen.crd;

/** API source the CRD generator refuses: the message names the file and line and what was expected. */
public class CrdException extends Exception {
  public CrdException(String message) {
    super(message);
  }
}

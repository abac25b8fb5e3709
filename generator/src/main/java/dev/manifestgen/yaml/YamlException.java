package dev.manifestgen.yaml;

/** A YAML input problem; the message already names the file and line. */
public class YamlException extends Exception {
  public YamlException(String message) {
    super(message);
  }
}

package dev.manifestgen.validate;

/**
 * One problem found in a manifest.
 *
 * @param object kind, namespace and name, e.g. {@code Role elastic-system/elastic-operator-leader-election}
 * @param path the field path inside the object, e.g. {@code rules[0].verbs}; "" for the whole object
 * @param document the document's number in its file, from 1
 * @param line the line in the file the path (or the document) starts on
 * @param message one sentence on what is wrong and what to change
 */
public record Finding(String rule, Severity severity, String object, String path, String file, int document,
    int line, String message) {

  /** One line: {@code FILE:LINE: error MG402 Role ns/name rules[0]: message}. */
  public String human() {
    return file + ":" + line + ": " + severity.label() + " " + rule + " " + object + (path.isEmpty() ? "" : " " + path)
        + ": " + message;
  }
}

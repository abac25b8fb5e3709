package dev.manifestgen.values;

import java.util.List;

/** Bad values: each line names where the value came from, the key, and what was expected. */
public class ValuesException extends Exception {
  private final List<String> lines;

  public ValuesException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  public ValuesException(String line) {
    this(List.of(line));
  }

  public List<String> lines() {
    return lines;
  }
}

package dev.manifestgen.values;

import java.nio.file.Path;
import java.util.List;

/**
 * The value layers a user asked for, lowest first after the defaults: profiles, -f files (- is
 * standard input), then Helm's order for the flags, whatever their order on the command line:
 * every --set-json, every --set, every --set-string, every --set-file, every --set-literal.
 */
public record ValuesRequest(List<String> profiles, List<Path> files, List<String> sets, List<String> setStrings,
    List<String> setFiles, List<String> setJsons, List<String> setLiterals) {
  public static final ValuesRequest DEFAULTS = new ValuesRequest(List.of(), List.of(), List.of(), List.of());

  public ValuesRequest {
    profiles = List.copyOf(profiles);
    files = List.copyOf(files);
    sets = List.copyOf(sets);
    setStrings = List.copyOf(setStrings);
    setFiles = List.copyOf(setFiles);
    setJsons = List.copyOf(setJsons);
    setLiterals = List.copyOf(setLiterals);
  }

  public ValuesRequest(List<String> profiles, List<Path> files, List<String> sets, List<String> setStrings) {
    this(profiles, files, sets, setStrings, List.of(), List.of(), List.of());
  }

  public static ValuesRequest profile(String name) {
    return new ValuesRequest(List.of(name), List.of(), List.of(), List.of());
  }
}

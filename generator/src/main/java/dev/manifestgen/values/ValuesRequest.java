package dev.manifestgen.values;

import java.nio.file.Path;
import java.util.List;

/**
 * The value layers a user asked for, lowest first after the defaults: profiles, -f files, then
 * every --set and after them every --set-string (Helm applies all --set before any --set-string,
 * whatever their order on the command line).
 */
public record ValuesRequest(List<String> profiles, List<Path> files, List<String> sets, List<String> setStrings) {
  public static final ValuesRequest DEFAULTS = new ValuesRequest(List.of(), List.of(), List.of(), List.of());

  public ValuesRequest {
    profiles = List.copyOf(profiles);
    files = List.copyOf(files);
    sets = List.copyOf(sets);
    setStrings = List.copyOf(setStrings);
  }

  public static ValuesRequest profile(String name) {
    return new ValuesRequest(List.of(name), List.of(), List.of(), List.of());
  }
}

package dev.manifestgen.validate;

import java.util.List;
import java.util.Optional;

/** The objects being validated together (one installation, or several that share a cluster). */
public record ManifestSet(List<ManifestObject> objects) {

  public List<ManifestObject> ofKind(String... kinds) {
    List<String> k = List.of(kinds);
    return objects.stream().filter(o -> k.contains(o.kind())).toList();
  }

  public Optional<ManifestObject> find(String kind, String namespace, String name) {
    return objects.stream()
        .filter(o -> o.kind().equals(kind) && o.namespace().equals(namespace) && o.name().equals(name))
        .findFirst();
  }

  public <T> List<T> typed(Class<T> type) {
    return objects.stream().map(o -> o.as(type)).filter(java.util.Objects::nonNull).toList();
  }
}

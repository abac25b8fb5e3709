package dev.manifestgen.values;

import java.util.Map;

/** Final, checked values (Helm's coalesced values) and where each came from. */
public record Values(Map<String, Object> tree, Origins origins) {

  /** The value at a dotted path of map keys, or null. */
  public Object get(String dottedPath) {
    return ValueTrees.get(tree, dottedPath);
  }
}

package dev.manifestgen.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Helm's file merge (mergeMaps) and defaults coalescing, case by case. */
class HelmMergeTest {
  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void filesMergeMapsDeeply() {
    assertEquals(map("a", map("x", 1L, "y", 2L)), HelmMerge.mergeFiles(map("a", map("x", 1L)), map("a", map("y", 2L))));
  }

  @Test
  void filesReplaceListsAndScalars() {
    assertEquals(map("l", List.of("c"), "s", "new"),
        HelmMerge.mergeFiles(map("l", List.of("a", "b"), "s", "old"), map("l", List.of("c"), "s", "new")));
  }

  @Test
  void aLaterFileNullIsKeptUntilCoalescingDeletesIt() {
    Map<String, Object> merged = HelmMerge.mergeFiles(map("a", 1L), map("a", null));
    assertEquals(map("a", null), merged);
    assertEquals(map(), HelmMerge.coalesce(merged, map("a", 5L)));
  }

  @Test
  void aMapReplacesAScalarInFiles() {
    assertEquals(map("a", map("b", 1L)), HelmMerge.mergeFiles(map("a", "s"), map("a", map("b", 1L))));
  }

  @Test
  void coalesceFillsWhatTheUserLeftOut() {
    assertEquals(map("a", map("x", 9L, "y", 2L), "b", 3L),
        HelmMerge.coalesce(map("a", map("x", 9L)), map("a", map("x", 1L, "y", 2L), "b", 3L)));
  }

  @Test
  void coalesceNullDeletesOnlyKeysTheDefaultsHave() {
    Map<String, Object> user = map("a", map("gone", null, "extra", null));
    Map<String, Object> out = HelmMerge.coalesce(user, map("a", map("gone", 1L)));
    assertEquals(map("a", map("extra", null)), out);
  }

  @Test
  void coalesceKeepsAUserScalarOverADefaultTable() {
    assertEquals(map("a", "scalar"), HelmMerge.coalesce(map("a", "scalar"), map("a", map("x", 1L))));
  }

  @Test
  void coalesceLeavesListsAsTheUserGaveThem() {
    List<Object> withHole = new ArrayList<>(Arrays.asList(null, "b"));
    assertEquals(map("l", withHole), HelmMerge.coalesce(map("l", withHole), map("l", List.of("x", "y", "z"))));
  }
}

package dev.manifestgen.crd;

import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import dev.manifestgen.yaml.YamlTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a project decides about its CRDs that Go markers cannot say (config/crds.yaml): whether a
 * template's ObjectMeta keeps its fields (controller-gen's {@code crd:generateEmbeddedObjectMeta=true}),
 * and per CRD, versions kept only so that clusters whose {@code status.storedVersions} lists them can take the
 * new CRD (served false, storage false, a {@code type: object} schema), and fields kept open
 * ({@code x-kubernetes-preserve-unknown-fields}) instead of expanded, as ECK 1.3.0 keeps its pod
 * templates so that {@code kubectl apply}'s last-applied annotation stays under 262,144 bytes, and
 * defaults the Go types cannot give (a list-map key of an older k8s.io/api that has no {@code +default}).
 *
 * <pre>
 * generateEmbeddedObjectMeta: true
 * crds:
 *   elasticsearches.elasticsearch.k8s.elastic.co:
 *     keptVersions: [v1alpha1]
 *     openFields: [spec.nodeSets[].podTemplate]
 *     defaults:
 *       spec.http.service.spec.ports[].protocol: TCP
 * </pre>
 *
 * A field path is property names joined by dots; {@code []} steps into an array's items.
 */
public record CrdSettings(boolean embeddedObjectMeta, Map<String, Crd> crds, String file) {
  /** One CRD's settings; {@code lines} has the line of each entry, for messages. */
  public record Crd(List<String> keptVersions, List<String> openFields, Map<String, String> defaults,
      Map<String, Integer> lines) {}

  public static final CrdSettings NONE = new CrdSettings(false, Map.of(), "");

  /** Reads the settings file; a missing file is no settings. */
  public static CrdSettings read(Path file, String display) throws CrdException {
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    YamlTree tree;
    try {
      tree = YamlReader.readFile(file, display);
    } catch (YamlException e) {
      throw new CrdException(e.getMessage());
    }
    Map<String, Crd> out = new LinkedHashMap<>();
    if (tree.root() == null) {
      return new CrdSettings(false, out, display);
    }
    if (!(tree.root() instanceof Map<?, ?> top)) {
      throw new CrdException(display + ":1: expected a map with generateEmbeddedObjectMeta and crds");
    }
    boolean embedded = false;
    Map<?, ?> root = Map.of();
    for (var e : top.entrySet()) {
      String key = String.valueOf(e.getKey());
      switch (key) {
        case "generateEmbeddedObjectMeta" -> {
          if (!(e.getValue() instanceof Boolean b)) {
            throw new CrdException(display + ":" + tree.lineOf(key) + ": generateEmbeddedObjectMeta: expected true or false");
          }
          embedded = b;
        }
        case "crds" -> {
          if (!(e.getValue() instanceof Map<?, ?> m)) {
            throw new CrdException(display + ":" + tree.lineOf(key)
                + ": crds: expected a map of CRD names (<plural>.<group>) to their settings");
          }
          root = m;
        }
        default -> throw new CrdException(display + ":" + tree.lineOf(key) + ": " + key
            + ": unknown key (expected generateEmbeddedObjectMeta or crds)");
      }
    }
    for (var e : root.entrySet()) {
      String name = String.valueOf(e.getKey());
      String at = "crds[\"" + name + "\"]";
      if (!(e.getValue() instanceof Map<?, ?> settings)) {
        throw new CrdException(display + ":" + tree.lineOf(at) + ": " + name
            + ": expected a map with keptVersions, openFields and/or defaults");
      }
      Map<String, Integer> lines = new LinkedHashMap<>();
      List<String> kept = new ArrayList<>();
      List<String> open = new ArrayList<>();
      Map<String, String> defaults = new LinkedHashMap<>();
      for (var s : settings.entrySet()) {
        String key = String.valueOf(s.getKey());
        String path = at + "." + key;
        if (key.equals("defaults")) {
          if (!(s.getValue() instanceof Map<?, ?> m)) {
            throw new CrdException(display + ":" + tree.lineOf(path) + ": " + name + ".defaults: expected a map of"
                + " field paths to default values");
          }
          for (var d : m.entrySet()) {
            String field = String.valueOf(d.getKey());
            if (!(d.getValue() instanceof String v) || field.isEmpty()) {
              throw new CrdException(display + ":" + tree.lineOf(path) + ": " + name + ".defaults." + field
                  + ": expected a field path and a string default");
            }
            defaults.put(field, v);
            lines.put("defaults:" + field, tree.lineOf(path));
          }
          continue;
        }
        List<String> target = switch (key) {
          case "keptVersions" -> kept;
          case "openFields" -> open;
          default -> throw new CrdException(display + ":" + tree.lineOf(path) + ": " + name + "." + key
              + ": unknown key (expected keptVersions, openFields or defaults)");
        };
        if (!(s.getValue() instanceof List<?> list)) {
          throw new CrdException(display + ":" + tree.lineOf(path) + ": " + name + "." + key + ": expected a list");
        }
        for (int k = 0; k < list.size(); k++) {
          if (!(list.get(k) instanceof String v) || v.isEmpty()) {
            throw new CrdException(display + ":" + tree.lineOf(path + "[" + k + "]") + ": " + name + "." + key
                + "[" + k + "]: expected a non-empty string");
          }
          target.add(v);
          lines.put(key + ":" + v, tree.lineOf(path + "[" + k + "]"));
        }
      }
      lines.put("", tree.lineOf(at));
      out.put(name, new Crd(List.copyOf(kept), List.copyOf(open), Map.copyOf(defaults), lines));
    }
    return new CrdSettings(embedded, out, display);
  }

  String where(String crd, String entry) {
    Crd c = crds.get(crd);
    return file + ":" + c.lines().getOrDefault(entry, c.lines().get(""));
  }
}

package dev.manifestgen.e2e;

import dev.manifestgen.crd.CrdSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * controller-gen's CRDs against manifest-gen's, CRD by CRD and version by version: names, scope, served
 * and storage, printer columns, subresources and the whole schema tree (every keyword at every path).
 * The project's declared settings are applied to controller-gen's side first: an open field's subtree
 * becomes {@code type: object} with {@code x-kubernetes-preserve-unknown-fields: true} (its description
 * kept), a declared default is set at its field where controller-gen's schema has it, and a kept version
 * must be exactly {@code served: false, storage: false} with a {@code type: object} schema. Descriptions are counted apart: they never fail a comparison.
 */
record CrdComparison(int crds, int versions, int schemaPaths, List<String> differences, List<String> differencePaths,
    List<String> descriptions, List<String> followingCurrent) {

  String summary() {
    return crds + " CRDs, " + versions + " versions, " + schemaPaths + " schema paths, " + differences.size()
        + " differences (" + descriptions.size() + " description differences, not failed on"
        + (followingCurrent.isEmpty() ? "" : "; " + followingCurrent.size()
            + " paths where controller-gen v0.4.0 and the current release disagree, following the current release")
        + ")";
  }

  /**
   * This comparison with the differences at the paths where two controller-gen releases themselves disagree
   * (from comparing their outputs on the same tree) set apart: there manifest-gen follows the current release,
   * which its own comparison checks.
   */
  CrdComparison followingCurrentWhere(CrdComparison releases) {
    Set<String> disagreements = new java.util.HashSet<>(releases.differencePaths());
    List<String> kept = new ArrayList<>();
    List<String> keptPaths = new ArrayList<>();
    List<String> following = new ArrayList<>();
    for (int i = 0; i < differences.size(); i++) {
      if (disagreements.contains(differencePaths.get(i))) {
        following.add(differences.get(i));
      } else {
        kept.add(differences.get(i));
        keptPaths.add(differencePaths.get(i));
      }
    }
    return new CrdComparison(crds, versions, schemaPaths, kept, keptPaths, descriptions, following);
  }

  static CrdComparison compare(List<Map<String, Object>> theirs, List<Map<String, Object>> ours, CrdSettings settings) {
    Comparer c = new Comparer();
    Map<String, Map<String, Object>> byNameTheirs = byName(theirs);
    Map<String, Map<String, Object>> byNameOurs = byName(ours);
    Set<String> names = new TreeSet<>(byNameTheirs.keySet());
    names.addAll(byNameOurs.keySet());
    for (String name : names) {
      Map<String, Object> t = byNameTheirs.get(name);
      Map<String, Object> o = byNameOurs.get(name);
      if (t == null || o == null) {
        c.diff(name, t == null ? "only in manifest-gen" : "only in controller-gen");
        continue;
      }
      c.crds++;
      CrdSettings.Crd declared = settings.crds().get(name);
      c.compareCrd(name, map(t.get("spec")), map(o.get("spec")), declared);
    }
    return new CrdComparison(c.crds, c.versions, c.paths, c.differences, c.differencePaths, c.descriptions, List.of());
  }

  private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> docs) {
    Map<String, Map<String, Object>> result = new LinkedHashMap<>();
    for (Map<String, Object> doc : docs) {
      if ("CustomResourceDefinition".equals(doc.get("kind"))) {
        result.put(String.valueOf(map(doc.get("metadata")).get("name")), doc);
      }
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return o instanceof List<?> l ? (List<Object>) l : List.of();
  }

  private static final class Comparer {
    int crds;
    int versions;
    int paths;
    final List<String> differences = new ArrayList<>();
    final List<String> differencePaths = new ArrayList<>();
    final List<String> descriptions = new ArrayList<>();

    void diff(String path, String what) {
      differences.add(path + ": " + what);
      differencePaths.add(path);
    }

    void compareCrd(String name, Map<String, Object> t, Map<String, Object> o, CrdSettings.Crd declared) {
      for (String key : List.of("group", "names", "scope", "preserveUnknownFields", "conversion")) {
        same(name + " spec." + key, t.get(key), o.get(key));
      }
      Map<String, Map<String, Object>> tv = versions(t);
      Map<String, Map<String, Object>> ov = versions(o);
      List<String> kept = declared == null ? List.of() : declared.keptVersions();
      if (!List.copyOf(tv.keySet()).equals(ov.keySet().stream().filter(v -> !kept.contains(v) || tv.containsKey(v)).toList())) {
        diff(name, "versions (in order): controller-gen " + tv.keySet() + ", manifest-gen " + ov.keySet()
            + (kept.isEmpty() ? "" : " (kept: " + kept + ")"));
      }
      for (Map.Entry<String, Map<String, Object>> e : ov.entrySet()) {
        if (!tv.containsKey(e.getKey()) && kept.contains(e.getKey())) {
          versions++;
          Map<String, Object> expected = new LinkedHashMap<>();
          expected.put("name", e.getKey());
          expected.put("served", false);
          expected.put("storage", false);
          expected.put("schema", Map.of("openAPIV3Schema", Map.of("type", "object")));
          same(name + " " + e.getKey() + " (kept version)", expected, e.getValue());
        }
      }
      for (String version : tv.keySet()) {
        if (!ov.containsKey(version)) {
          continue;
        }
        versions++;
        compareVersion(name + " " + version, tv.get(version), ov.get(version), declared);
      }
    }

    private Map<String, Map<String, Object>> versions(Map<String, Object> spec) {
      Map<String, Map<String, Object>> result = new LinkedHashMap<>();
      for (Object v : list(spec.get("versions"))) {
        result.put(String.valueOf(map(v).get("name")), map(v));
      }
      return result;
    }

    void compareVersion(String at, Map<String, Object> t, Map<String, Object> o, CrdSettings.Crd declared) {
      Set<String> keys = new TreeSet<>(t.keySet());
      keys.addAll(o.keySet());
      keys.remove("schema");
      for (String key : keys) {
        if (key.equals("additionalPrinterColumns")) {
          comparePrinterColumns(at, list(t.get(key)), list(o.get(key)));
        } else {
          same(at + " " + key, t.get(key), o.get(key));
        }
      }
      Object theirSchema = map(t.get("schema")).get("openAPIV3Schema");
      Object ourSchema = map(o.get("schema")).get("openAPIV3Schema");
      if (declared != null) {
        for (String field : declared.openFields()) {
          theirSchema = open(theirSchema, List.of(field.split("\\.")), 0, null);
        }
        for (var d : declared.defaults().entrySet()) {
          if (has(theirSchema, List.of(d.getKey().split("\\.")), 0)) {
            theirSchema = open(theirSchema, List.of(d.getKey().split("\\.")), 0, d.getValue());
          }
        }
      }
      compareSchema(at + " ", theirSchema, ourSchema);
    }

    private void comparePrinterColumns(String at, List<Object> t, List<Object> o) {
      if (t.size() != o.size()) {
        same(at + " additionalPrinterColumns", t, o);
        return;
      }
      for (int i = 0; i < t.size(); i++) {
        Map<String, Object> tc = new LinkedHashMap<>(map(t.get(i)));
        Map<String, Object> oc = new LinkedHashMap<>(map(o.get(i)));
        String where = at + " additionalPrinterColumns[" + tc.get("name") + "]";
        Object td = tc.remove("description");
        Object od = oc.remove("description");
        if (!Objects.equals(td, od)) {
          (td == null || od == null ? differences : descriptions).add(where + ".description: controller-gen "
              + show(td) + ", manifest-gen " + show(od));
        }
        same(where, tc, oc);
      }
    }

    /** Whether the schema has the field at {@code path} (property names, [] for items). */
    private boolean has(Object schema, List<String> path, int i) {
      if (i == path.size()) {
        return schema instanceof Map<?, ?>;
      }
      String step = path.get(i);
      boolean items = step.endsWith("[]");
      Object child = map(map(schema).get("properties")).get(items ? step.substring(0, step.length() - 2) : step);
      return has(items ? map(child).get("items") : child, path, i + 1);
    }

    /**
     * Applies a declared open field (property names joined by '.', [] for items) to a schema, or with a
     * {@code defaultValue} a declared default at that field.
     */
    private Object open(Object schema, List<String> path, int i, String defaultValue) {
      Map<String, Object> node = new LinkedHashMap<>(map(schema));
      if (i == path.size() && defaultValue != null) {
        node.put("default", defaultValue);
        return node;
      }
      if (i == path.size()) {
        Map<String, Object> opened = new LinkedHashMap<>();
        if (node.containsKey("description")) {
          opened.put("description", node.get("description"));
        }
        opened.put("type", "object");
        opened.put("x-kubernetes-preserve-unknown-fields", true);
        return opened;
      }
      String step = path.get(i);
      boolean items = step.endsWith("[]");
      String property = items ? step.substring(0, step.length() - 2) : step;
      Map<String, Object> properties = new LinkedHashMap<>(map(node.get("properties")));
      if (!properties.containsKey(property)) {
        diff(String.join(".", path), "declared open field not in controller-gen's schema");
        return schema;
      }
      Object child = properties.get(property);
      if (items) {
        Map<String, Object> array = new LinkedHashMap<>(map(child));
        array.put("items", open(array.get("items"), path, i + 1, defaultValue));
        child = array;
      } else {
        child = open(child, path, i + 1, defaultValue);
      }
      properties.put(property, child);
      node.put("properties", properties);
      return node;
    }

    void compareSchema(String at, Object t, Object o) {
      paths++;
      Map<String, Object> tm = map(t);
      Map<String, Object> om = map(o);
      if (t == null || o == null) {
        diff(at, "controller-gen " + show(t) + ", manifest-gen " + show(o));
        return;
      }
      Set<String> keys = new LinkedHashSet<>(tm.keySet());
      keys.addAll(om.keySet());
      for (String key : keys) {
        Object tv = tm.get(key);
        Object ov = om.get(key);
        String where = at + (at.endsWith(" ") ? "" : ".") ;
        switch (key) {
          case "description" -> {
            if (!Objects.equals(tv, ov)) {
              descriptions.add(at + " description: controller-gen "
                  + show(tv) + ", manifest-gen " + show(ov));
            }
          }
          case "properties" -> {
            Map<String, Object> tp = map(tv);
            Map<String, Object> op = map(ov);
            Set<String> names = new TreeSet<>(tp.keySet());
            names.addAll(op.keySet());
            for (String name : names) {
              if (!tp.containsKey(name) || !op.containsKey(name)) {
                paths++;
                diff(where + name, tp.containsKey(name) ? "only in controller-gen" : "only in manifest-gen");
              } else {
                compareSchema(where + name, tp.get(name), op.get(name));
              }
            }
          }
          case "items" -> compareSchema(at + "[]", tv, ov);
          case "additionalProperties" -> {
            if (tv instanceof Map<?, ?> && ov instanceof Map<?, ?>) {
              compareSchema(at + "{}", tv, ov);
            } else {
              same(at + " additionalProperties", tv, ov);
            }
          }
          case "allOf", "anyOf", "oneOf" -> {
            List<Object> tl = list(tv);
            List<Object> ol = list(ov);
            if (tl.size() != ol.size()) {
              same(at + " " + key, tv, ov);
            } else {
              for (int i = 0; i < tl.size(); i++) {
                compareSchema(at + " " + key + "[" + i + "]", tl.get(i), ol.get(i));
              }
            }
          }
          case "x-kubernetes-validations" -> same(at + " " + key, immutableRulesLast(tv), immutableRulesLast(ov));
          case "required" -> same(at + " required", tv == null ? null : new TreeSet<>(stringList(tv)),
              ov == null ? null : new TreeSet<>(stringList(ov)));
          default -> same(at + " " + key, tv, ov);
        }
      }
    }

    /**
     * A field's rules with {@code +k8s:immutable}'s rule moved to the end. controller-gen v0.23.0 applies a
     * field's markers of equal priority in the order of a Go map (crd/schema.go applyMarkers), and that
     * marker and {@code XValidation} share the default priority, so their rules come out in either order
     * from run to run. The other rules keep their order, which is the source's.
     */
    private Object immutableRulesLast(Object rules) {
      if (!(rules instanceof List<?> l)) {
        return rules;
      }
      Map<String, Object> immutable = Map.of("rule", "self == oldSelf", "message", "field is immutable");
      List<Object> result = new ArrayList<>(l.stream().filter(r -> !immutable.equals(r)).toList());
      l.stream().filter(immutable::equals).forEach(result::add);
      return result;
    }

    private List<String> stringList(Object o) {
      return list(o).stream().map(String::valueOf).toList();
    }

    void same(String at, Object t, Object o) {
      if (!Objects.equals(normal(t), normal(o))) {
        diff(at, "controller-gen " + show(t) + ", manifest-gen " + show(o));
      }
    }

    /** Numbers by value (YAML readers give Integer, Long or Double); maps without their descriptions' order. */
    private Object normal(Object o) {
      if (o instanceof Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros();
      }
      if (o instanceof Map<?, ?> m) {
        Map<String, Object> result = new java.util.TreeMap<>();
        m.forEach((k, v) -> result.put(String.valueOf(k), normal(v)));
        return result;
      }
      if (o instanceof List<?> l) {
        return l.stream().map(this::normal).toList();
      }
      return o;
    }

    private String show(Object o) {
      String s = String.valueOf(o);
      return s.length() > 300 ? s.substring(0, 300) + "... (" + s.length() + " chars)" : s;
    }
  }
}

package dev.manifestgen.validate;

import dev.manifestgen.yaml.YamlTree;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.Map;

/**
 * One object of a manifest being validated: where it is, its raw tree with line numbers (of the
 * file), and the fabric8 model object it maps onto.
 *
 * @param typed the model object; null when the document does not map onto one ({@code mappingProblem} says why)
 * @param mappingProblem "path: what" when a field has the wrong type, else null
 */
public record ManifestObject(String file, int document, int line, YamlTree tree, KubernetesResource typed,
    String mappingProblem) {

  @SuppressWarnings("unchecked")
  public Map<String, Object> raw() {
    return (Map<String, Object>) tree.root();
  }

  public String kind() {
    return raw().get("kind") instanceof String s ? s : "";
  }

  public String apiVersion() {
    return raw().get("apiVersion") instanceof String s ? s : "";
  }

  public String name() {
    return metadata().get("name") instanceof String s ? s : "";
  }

  public String namespace() {
    return metadata().get("namespace") instanceof String s ? s : "";
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> metadata() {
    return raw().get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  /** {@code Kind namespace/name} or {@code Kind name} for cluster-scoped objects. */
  public String describe() {
    return ObjectRef.of(kind(), namespace(), name());
  }

  public int lineOf(String path) {
    int l = tree.lineOf(path);
    return l == 0 ? line : l;
  }

  @SuppressWarnings("unchecked")
  public <T> T as(Class<T> type) {
    return type.isInstance(typed) ? (T) typed : null;
  }
}

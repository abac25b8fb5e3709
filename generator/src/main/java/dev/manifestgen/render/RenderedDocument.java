package dev.manifestgen.render;

import java.util.Map;

/**
 * One Kubernetes object a template rendered: its text as rendered and the same parsed.
 *
 * @param template the template's path, e.g. templates/statefulset.yaml.j2
 * @param index the document's number within that template's output, from 1
 */
public record RenderedDocument(String template, int index, String text, Map<String, Object> object) {

  /** The template's file in the chart, as Helm's {@code # Source:} comment names it: CHART/templates/x.yaml. */
  public String helmSource(String chartName) {
    String file = template.substring(template.lastIndexOf('/') + 1);
    return chartName + "/templates/" + (file.endsWith(".j2") ? file.substring(0, file.length() - 3) : file);
  }

  public String kind() {
    return (String) object.get("kind");
  }

  public String apiVersion() {
    return (String) object.get("apiVersion");
  }

  public String name() {
    return (String) metadata().get("name");
  }

  /** The namespace, or "" for cluster-scoped objects and objects without one. */
  public String namespace() {
    Object ns = metadata().get("namespace");
    return ns instanceof String s ? s : "";
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> metadata() {
    Object m = object.get("metadata");
    return m instanceof Map<?, ?> ? (Map<String, Object>) m : Map.of();
  }

  public String describe() {
    return kind() + " " + (namespace().isEmpty() ? "" : namespace() + "/") + name();
  }
}

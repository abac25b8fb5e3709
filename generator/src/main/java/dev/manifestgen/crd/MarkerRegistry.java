package dev.manifestgen.crd;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The markers the CRD generator knows, and how a marker comment's text splits into a name and its
 * arguments. A name is matched longest first, so {@code kubebuilder:resource:path=x} is the
 * {@code kubebuilder:resource} marker with argument {@code path}.
 */
final class MarkerRegistry {
  private static final String V = "kubebuilder:validation:";

  /** Markers that take {@code key=value} arguments after a colon. */
  static final Set<String> WITH_ARGS = Set.of(
      "kubebuilder:resource", "kubebuilder:printcolumn", "kubebuilder:subresource:scale",
      V + "XValidation", V + "items:XValidation", "kubebuilder:selectablefield", "kubebuilder:deprecatedversion",
      "kubebuilder:externalDocs", "kubebuilder:metadata");

  /** The validation markers that also exist as {@code kubebuilder:validation:items:*}, for an array's items. */
  static final List<String> ITEM_MARKERS = List.of(
      "Maximum", "Minimum", "ExclusiveMaximum", "ExclusiveMinimum", "MultipleOf", "MinProperties", "MaxProperties",
      "MaxLength", "MinLength", "Pattern", "MaxItems", "MinItems", "UniqueItems", "Enum", "Format", "Type",
      "XPreserveUnknownFields", "XEmbeddedResource", "XIntOrString", "XValidation");

  /** Markers that shape CRDs and schemas. */
  static final Set<String> CRD = Stream.concat(Stream.of(
      "groupName", "versionName",
      "kubebuilder:object:root", "kubebuilder:subresource:status", "kubebuilder:subresource:scale",
      "kubebuilder:resource", "kubebuilder:printcolumn", "kubebuilder:storageversion",
      "kubebuilder:unservedversion", "kubebuilder:skipversion", "kubebuilder:skip",
      "kubebuilder:deprecatedversion", "kubebuilder:selectablefield", "kubebuilder:metadata",
      "kubebuilder:externalDocs", "kubebuilder:title", "kubebuilder:example",
      "kubebuilder:pruning:PreserveUnknownFields", "kubebuilder:default", "default",
      V + "Optional", V + "Required", V + "Schemaless", V + "EmbeddedResource",
      V + "ExactlyOneOf", V + "AtMostOneOf", V + "AtLeastOneOf",
      "optional", "required", "nullable", "listType", "listMapKey", "mapType", "structType",
      "k8s:optional", "k8s:required", "k8s:immutable", "k8s:minimum", "k8s:maximum", "k8s:maxItems",
      "k8s:listType", "k8s:listMapKey", "k8s:enum"),
      ITEM_MARKERS.stream().flatMap(m -> Stream.of(V + m, V + "items:" + m))).collect(Collectors.toUnmodifiableSet());

  /** Markers other generators read (deepcopy, webhooks, RBAC, clients): known, and not the CRD's business. */
  static final Set<String> OTHERS = Set.of(
      "kubebuilder:object:generate", "kubebuilder:webhook", "kubebuilder:rbac", "genclient", "genclient:nonNamespaced",
      "k8s:deepcopy-gen", "k8s:deepcopy-gen:interfaces", "k8s:openapi-gen", "kubebuilder:ac:generate",
      "kubebuilder:docs-gen:collapse");

  private static final List<String> NAMES = Stream.concat(CRD.stream(), OTHERS.stream())
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
      .toList();

  /** What a comment line looks like when it is meant as a marker: {@code +word}, then {@code :}, {@code =} or the end. */
  private static final Pattern MARKER_LIKE = Pattern.compile("\\+[a-zA-Z][a-zA-Z0-9_.-]*(?:[:=].*)?");

  /** The argument text of {@code name:=value} or {@code name:value=value}. */
  private static final Pattern SINGLE_NAMED = Pattern.compile("(?:value)?=(.*)", Pattern.DOTALL);

  private MarkerRegistry() {}

  static boolean isMarkerComment(String commentText) {
    return MARKER_LIKE.matcher(commentText.strip()).matches();
  }

  /**
   * The marker a comment line holds; null when the line is not meant as a marker.
   *
   * @throws UnknownMarker when it looks like a marker but none of that name is known
   */
  static Marker parse(String commentText, String file, int line) throws CrdException, UnknownMarker {
    String text = commentText.strip();
    if (!MARKER_LIKE.matcher(text).matches()) {
      return null;
    }
    String body = text.substring(1);
    for (String name : NAMES) {
      if (body.equals(name)) {
        return new Marker(name, null, java.util.Map.of(), file, line);
      }
      if (body.startsWith(name) && body.length() > name.length()) {
        char next = body.charAt(name.length());
        String rest = body.substring(name.length() + 1);
        if (next == '=') {
          return new Marker(name, rest, java.util.Map.of(), file, line);
        }
        // controller-gen's ":=" (or ":value=") is its "=" spelled for a marker with one unnamed argument.
        java.util.regex.Matcher named = SINGLE_NAMED.matcher(rest);
        if (next == ':' && named.matches() && CRD.contains(name) && !WITH_ARGS.contains(name)) {
          return new Marker(name, named.group(1), java.util.Map.of(), file, line);
        }
        if (next == ':' && WITH_ARGS.contains(name)) {
          return new Marker(name, null, Marker.parseArgs(rest, file + ":" + line), file, line);
        }
        if (next == ':' && OTHERS.contains(name)) {
          return new Marker(name, rest, java.util.Map.of(), file, line);
        }
      }
    }
    throw new UnknownMarker(file + ":" + line + ": unknown marker " + text + " (ignored)");
  }

  /** A marker-looking comment no generator knows: a warning, not an error (controller-gen ignores them too). */
  static final class UnknownMarker extends Exception {
    UnknownMarker(String message) {
      super(message);
    }
  }
}

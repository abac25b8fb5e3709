package dev.manifestgen.crd;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a struct's fields are required, by controller-gen's precedence: a field's
 * {@code +kubebuilder:validation:Optional}, then its {@code +kubebuilder:validation:Required}, then
 * Kubernetes' {@code +optional} ({@code +k8s:optional}), then {@code +required} ({@code +k8s:required});
 * else required unless its package is {@code +kubebuilder:validation:Optional} or the field
 * {@code omitempty}/{@code omitzero}. A field named in the struct's one-of markers may not be required.
 */
final class Requiredness {
  private final GoTypeDecl struct;
  private final boolean optionalByDefault;
  private final Set<String> oneOfFields = new HashSet<>();

  Requiredness(GoTypeDecl struct, List<Marker> packageMarkers) {
    this.struct = struct;
    this.optionalByDefault = packageMarkers.stream().anyMatch(m -> m.name().equals("kubebuilder:validation:Optional"));
    for (Marker m : struct.markers()) {
      if (m.name().endsWith("OneOf")) {
        oneOfFields.addAll(Marker.items(m.value() == null ? "" : m.value()));
      }
    }
  }

  /** Whether the field (JSON name {@code property}, json tag options {@code options}) is required. */
  boolean isRequired(GoField field, String property, List<String> options) throws CrdException {
    boolean required = byMarkersOrTag(field.markers(), options);
    if (required && oneOfFields.contains(property)) {
      throw new CrdException(struct.file() + ":" + field.line() + ": field " + property + " of " + struct.name()
          + " is in a one-of marker, so it must be optional (omitempty or +optional)");
    }
    return required;
  }

  private boolean byMarkersOrTag(List<Marker> markers, List<String> options) {
    if (has(markers, "kubebuilder:validation:Optional")) {
      return false;
    }
    if (has(markers, "kubebuilder:validation:Required")) {
      return true;
    }
    if (has(markers, "optional") || has(markers, "k8s:optional")) {
      return false;
    }
    if (has(markers, "required") || has(markers, "k8s:required")) {
      return true;
    }
    return !optionalByDefault && !options.contains("omitempty") && !options.contains("omitzero");
  }

  private static boolean has(List<Marker> markers, String name) {
    return markers.stream().anyMatch(m -> m.name().equals(name));
  }
}

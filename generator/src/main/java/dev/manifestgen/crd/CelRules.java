package dev.manifestgen.crd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a schema node's {@code x-kubernetes-validations}: CEL rules written with
 * {@code +kubebuilder:validation:XValidation}, and the rules controller-gen derives from the one-of
 * markers ({@code ExactlyOneOf}, {@code AtMostOneOf}, {@code AtLeastOneOf}) and {@code +k8s:immutable}.
 * A rule's keys are those of apiextensions' ValidationRule; the rule text is written as given.
 */
final class CelRules {
  static final String KEY = "x-kubernetes-validations";
  private static final List<String> REASONS =
      List.of("FieldValueRequired", "FieldValueInvalid", "FieldValueForbidden", "FieldValueDuplicate");

  private CelRules() {}

  @SuppressWarnings("unchecked")
  static void add(Map<String, Object> schema, Map<String, Object> rule) {
    ((List<Object>) schema.computeIfAbsent(KEY, k -> new ArrayList<>())).add(rule);
  }

  /** The rule of an XValidation marker: {@code rule} required; message, messageExpression, reason, fieldPath, optionalOldSelf. */
  static Map<String, Object> rule(Marker m) throws CrdException {
    Map<String, Object> out = new LinkedHashMap<>();
    for (var a : m.args().entrySet()) {
      switch (a.getKey()) {
        case "rule", "message", "messageExpression", "fieldPath" -> {
          if (!a.getValue().isEmpty()) {
            out.put(a.getKey(), a.getValue());
          }
        }
        case "reason" -> {
          if (!REASONS.contains(a.getValue())) {
            throw new CrdException(m.where() + ": +" + m.name() + ": reason=" + a.getValue() + ": expected one of "
                + String.join(", ", REASONS));
          }
          out.put("reason", a.getValue());
        }
        case "optionalOldSelf" -> {
          if (!a.getValue().equals("true") && !a.getValue().equals("false")) {
            throw new CrdException(m.where() + ": +" + m.name() + ": optionalOldSelf=" + a.getValue()
                + ": expected true or false");
          }
          if (a.getValue().equals("true")) {
            out.put("optionalOldSelf", true);
          }
        }
        default -> throw new CrdException(m.where() + ": +" + m.name() + ": unknown argument " + a.getKey()
            + " (expected rule, message, messageExpression, reason, fieldPath or optionalOldSelf)");
      }
    }
    if (!m.args().containsKey("rule")) {
      throw new CrdException(m.where() + ": +" + m.name() + " needs rule");
    }
    return out;
  }

  /** The rule of a one-of marker over its fields ({@code a;b} or {@code {a,b}}), as controller-gen words it. */
  static Map<String, Object> oneOf(Marker m) throws CrdException {
    List<String> fields = Marker.items(m.value() == null ? "" : m.value());
    for (String f : fields) {
      if (f.isEmpty() || f.contains(".")) {
        throw new CrdException(m.where() + ": +" + m.name() + ": '" + f + "': expected field names of this type");
      }
    }
    String kind = m.name().substring(m.name().lastIndexOf(':') + 1);
    String list = "[" + String.join(" ", fields) + "]";
    Map<String, Object> out = new LinkedHashMap<>();
    switch (kind) {
      case "AtMostOneOf" -> {
        out.put("message", "at most one of the fields in " + list + " may be set");
        out.put("rule", count(fields) + " <= 1");
      }
      case "ExactlyOneOf" -> {
        out.put("message", "exactly one of the fields in " + list + " must be set");
        out.put("rule", count(fields) + " == 1");
      }
      default -> {
        out.put("message", "at least one of the fields in " + list + " must be set");
        out.put("rule", String.join("||", fields.stream().map(f -> "has(self." + f + ")").toList()));
      }
    }
    return out;
  }

  /** The rule {@code +k8s:immutable} puts on its field. */
  static Map<String, Object> immutable() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("message", "field is immutable");
    out.put("rule", "self == oldSelf");
    return out;
  }

  /** The rule an object gets for an optional immutable field: once set, it may not be removed. */
  static Map<String, Object> keptOnceSet(String field) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("message", "field " + field + " is immutable once set");
    out.put("rule", "!has(oldSelf." + field + ") || has(self." + field + ")");
    return out;
  }

  private static String count(List<String> fields) {
    return String.join("+", fields.stream().map(f -> "(has(self." + f + ")?1:0)").toList());
  }
}

package dev.manifestgen.validate;

import static dev.manifestgen.validate.schema.TypeCheck.key;
import static dev.manifestgen.validate.schema.TypeCheck.kind;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.manifestgen.validate.schema.FieldType;
import dev.manifestgen.validate.schema.KubeTypes;
import dev.manifestgen.validate.schema.TypeCheck;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a document's fields and their types. Kinds Kubernetes 1.20 serves are checked against its
 * API types ({@link KubeTypes}, {@link TypeCheck}); other kinds (custom resources aside) against
 * their fabric8 model class, whose declared property types stand in for the Go types.
 */
final class SchemaCheck {
  private static final Map<Class<?>, Map<String, JavaType>> PROPERTIES = new ConcurrentHashMap<>();

  /** A problem of the fallback check: a field the type does not have (message null), or a value of the wrong type. */
  private record Problem(String path, String message) {}

  private SchemaCheck() {}

  /** Whether Kubernetes 1.20's types cover this object's kind (then a fabric8 mapping problem does not count). */
  static boolean knowsKind(ManifestObject o) {
    return KubeTypes.of(o.apiVersion(), o.kind()) != null;
  }

  static List<TypeCheck.Problem> of(ManifestObject o) {
    FieldType.Struct type = KubeTypes.of(o.apiVersion(), o.kind());
    if (type != null) {
      return TypeCheck.of(o.raw(), type);
    }
    if (o.typed() == null || o.typed() instanceof GenericKubernetesResource) {
      return List.of();
    }
    List<Problem> out = new ArrayList<>();
    walk(o.raw(), ManifestLoader.MODEL.constructType(o.typed().getClass()), "", out);
    return out.stream().map(p -> new TypeCheck.Problem(p.message() == null ? TypeCheck.Kind.UNKNOWN_FIELD
        : TypeCheck.Kind.WRONG_TYPE, p.path(), p.message())).toList();
  }

  private static void walk(Object raw, JavaType type, String path, List<Problem> out) {
    if (raw == null) {
      return;
    }
    Class<?> cls = type.getRawClass();
    if (cls == Object.class || cls.getName().startsWith("com.fasterxml.jackson")) {
      return;
    }
    if (type.isCollectionLikeType()) {
      if (!(raw instanceof List<?> list)) {
        out.add(new Problem(path, "expected a list, got " + kind(raw)));
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), type.getContentType(), path + "[" + i + "]", out);
      }
      return;
    }
    if (type.isMapLikeType()) {
      if (!(raw instanceof Map<?, ?> map)) {
        out.add(new Problem(path, "expected a map, got " + kind(raw)));
        return;
      }
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(e.getValue(), type.getContentType(), key(path, String.valueOf(e.getKey())), out);
      }
      return;
    }
    String scalarProblem = scalar(raw, cls);
    if (scalarProblem != null) {
      out.add(new Problem(path, scalarProblem));
      return;
    }
    if (!cls.getName().startsWith("io.fabric8.kubernetes.api.model") || cls == IntOrString.class || cls == Quantity.class) {
      return;
    }
    if (!(raw instanceof Map<?, ?> map)) {
      out.add(new Problem(path, "expected an object, got " + kind(raw)));
      return;
    }
    Map<String, JavaType> properties = properties(cls);
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String field = String.valueOf(e.getKey());
      JavaType fieldType = properties.get(field);
      if (fieldType == null) {
        out.add(new Problem(key(path, field), null));
      } else {
        walk(e.getValue(), fieldType, key(path, field), out);
      }
    }
  }

  /** What is wrong with a scalar for a property of this class, or null. */
  private static String scalar(Object raw, Class<?> cls) {
    if (cls == String.class) {
      return raw instanceof String ? null : "expected a string, got " + kind(raw) + " (quote it)";
    }
    if (cls == Integer.class || cls == Long.class || cls == int.class || cls == long.class) {
      return raw instanceof Long ? null : "expected an integer, got " + kind(raw);
    }
    if (cls == Boolean.class || cls == boolean.class) {
      return raw instanceof Boolean ? null : "expected true or false, got " + kind(raw);
    }
    if (cls == Double.class || cls == Float.class) {
      return raw instanceof Number ? null : "expected a number, got " + kind(raw);
    }
    if (cls == IntOrString.class) {
      return raw instanceof Long || raw instanceof String ? null : "expected an integer or a string, got " + kind(raw);
    }
    if (cls == Quantity.class) {
      return raw instanceof Number || raw instanceof String ? null : "expected a quantity such as 100m or 1Gi, got " + kind(raw);
    }
    return null;
  }

  private static Map<String, JavaType> properties(Class<?> type) {
    return PROPERTIES.computeIfAbsent(type, t -> {
      BeanDescription d = ManifestLoader.MODEL.getDeserializationConfig().introspect(ManifestLoader.MODEL.constructType(t));
      Map<String, JavaType> out = new HashMap<>();
      for (BeanPropertyDefinition p : d.findProperties()) {
        if (p.hasSetter() || p.hasField() || p.hasConstructorParameter()) {
          out.put(p.getName(), p.getPrimaryType());
        }
      }
      out.remove("additionalProperties");
      return out;
    });
  }
}

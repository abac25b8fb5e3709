package dev.manifestgen.validate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads manifests (files, or directories of *.yaml / *.yml) into objects for the validator. */
public final class ManifestLoader {
  /** Maps raw trees onto fabric8's model classes (types are checked separately, see SchemaCheck). */
  static final ObjectMapper MODEL = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ManifestLoader() {}

  /** Every object in the given files and directories, in path order. */
  public static ManifestSet load(List<Path> paths, Path displayBase) throws YamlException {
    List<ManifestObject> objects = new ArrayList<>();
    for (Path path : expand(paths)) {
      String display = display(path, displayBase);
      String text;
      try {
        text = Files.readString(path, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new YamlException(display + ": file not found");
      } catch (IOException e) {
        throw new YamlException(display + ": cannot read: " + e.getMessage());
      }
      objects.addAll(parse(text, display));
    }
    return new ManifestSet(objects);
  }

  /** The objects of one multi-document YAML text. */
  public static List<ManifestObject> parse(String text, String display) throws YamlException {
    List<ManifestObject> objects = new ArrayList<>();
    int index = 0;
    for (YamlReader.Document d : YamlReader.readAll(text, display)) {
      index++;
      if (d.tree().root() == null) {
        continue;
      }
      if (!(d.tree().root() instanceof Map<?, ?> raw)) {
        throw new YamlException(display + ":" + d.line() + ": document " + index + " is not a Kubernetes object (a map)");
      }
      KubernetesResource typed = null;
      String problem = null;
      try {
        typed = MODEL.convertValue(intsWhereTheyFit(raw), KubernetesResource.class);
      } catch (IllegalArgumentException e) {
        problem = mappingProblem(e, raw);
      }
      objects.add(new ManifestObject(display, index, d.line(), d.tree(), typed, problem));
    }
    return objects;
  }

  /** fabric8's IntOrString takes Integers only; YAML integers are read as Longs. */
  private static Object intsWhereTheyFit(Object v) {
    if (v instanceof Long l && l == l.intValue()) {
      return l.intValue();
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new java.util.LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, intsWhereTheyFit(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(intsWhereTheyFit(x)));
      return out;
    }
    return v;
  }

  /** "path: what" for a value fabric8 cannot map, e.g. {@code spec.replicas: expected an integer, got the string "one"}. */
  private static String mappingProblem(IllegalArgumentException e, Map<?, ?> raw) {
    if (e.getCause() instanceof JsonMappingException m) {
      StringBuilder path = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        if (r.getFieldName() != null) {
          path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      Object value = Paths.get(raw, path.toString());
      if (m instanceof MismatchedInputException mi && mi.getTargetType() != null) {
        return path + ": expected " + expected(mi.getTargetType()) + ", got " + describe(value);
      }
      return path + ": " + m.getOriginalMessage().replaceAll("\\s*\\n.*", "");
    }
    return ": " + e.getMessage();
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "an integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return Map.class.isAssignableFrom(type) ? "a map" : "an object (" + type.getSimpleName() + ")";
  }

  private static String describe(Object v) {
    if (v instanceof String s) {
      return "the string \"" + s + "\"";
    }
    return v instanceof Map ? "a map" : v instanceof List ? "a list" : String.valueOf(v);
  }

  private static List<Path> expand(List<Path> paths) throws YamlException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new YamlException(p + ": cannot read the directory: " + e.getMessage());
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  private static String display(Path p, Path base) {
    Path abs = p.toAbsolutePath().normalize();
    return base != null && abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
  }
}

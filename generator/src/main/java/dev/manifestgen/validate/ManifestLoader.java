package dev.manifestgen.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.manifestgen.yaml.InputText;
import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.nio.file.Files;
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
      .addModule(new SimpleModule().addDeserializer(IntOrString.class, new IntOrStringFromAnyInteger()))
      .build();

  /**
   * fabric8's own IntOrString deserializer takes only int-sized number tokens, and YAML integers are
   * read as Longs; this one takes any integer that fits an int (the API server's rule) or a string.
   */
  private static final class IntOrStringFromAnyInteger extends StdDeserializer<IntOrString> {
    IntOrStringFromAnyInteger() {
      super(IntOrString.class);
    }

    @Override
    public IntOrString deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
          && p.getLongValue() == (int) p.getLongValue()) {
        return new IntOrString((int) p.getLongValue());
      }
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return new IntOrString(p.getText());
      }
      return (IntOrString) ctx.handleUnexpectedToken(IntOrString.class, p);
    }
  }

  private ManifestLoader() {}

  /** Every object in the given files and directories, in path order. */
  public static ManifestSet load(List<Path> paths, Path displayBase) throws YamlException {
    List<ManifestObject> objects = new ArrayList<>();
    for (Path path : expand(paths)) {
      String display = display(path, displayBase);
      objects.addAll(parse(InputText.read(path, display), display));
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
        typed = MODEL.convertValue(raw, KubernetesResource.class);
      } catch (IllegalArgumentException e) {
        problem = mappingProblem(e, raw);
      }
      objects.add(new ManifestObject(display, index, d.line(), d.tree(), typed, problem));
    }
    return objects;
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

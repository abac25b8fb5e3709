package dev.manifestgen.values;

import dev.manifestgen.yaml.Paths;
import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import dev.manifestgen.yaml.YamlTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The value definitions, read from config/values.yaml: every key's default is its value there, its
 * description is the comment right above it, and comment lines starting with {@code @} refine what
 * the default alone cannot say:
 *
 * <pre>
 * # Lock type the operator elects its leader with.
 * # @enum configmaps leases configmapsleases
 * lockType: configmaps
 * </pre>
 *
 * Annotations: {@code @type string|integer|number|boolean|list|object|map|any} (a non-empty map
 * default is an object with fixed keys unless annotated {@code map}; an empty one is a free map),
 * {@code @items TYPE} for list items and map values, {@code @enum A B ...}, {@code @minimum N},
 * {@code @maximum N}, {@code @unique} (a list's items), {@code @format NAME} (a {@link ValueFormat}: duration, dns1123-label, ...).
 * The same definitions check values, become the chart's values.schema.json and its README table.
 */
public final class ValueDefinitions {
  private final ValueDefinition root;
  private final YamlTree defaults;
  private final String text;
  private final String displayName;

  private ValueDefinitions(ValueDefinition root, YamlTree defaults, String text, String displayName) {
    this.root = root;
    this.defaults = defaults;
    this.text = text;
    this.displayName = displayName;
  }

  public static ValueDefinitions load(Path file, String displayName) throws YamlException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new YamlException(displayName + ": cannot read: " + e.getMessage());
    }
    return parse(text, displayName);
  }

  public static ValueDefinitions parse(String text, String displayName) throws YamlException {
    Node node = YamlReader.compose(text, displayName);
    if (!(node instanceof MappingNode mapping)) {
      throw new YamlException(displayName + ": the defaults must be a map of keys");
    }
    Map<String, Integer> lines = new HashMap<>();
    Object defaults = YamlReader.toTree(node, "", lines, displayName);
    ValueDefinition root = new ValueDefinition("", ValueType.OBJECT, defaults, "", List.of(), null, null,
        null, ValueType.ANY, properties(mapping, "", displayName), 1, false);
    return new ValueDefinitions(root, new YamlTree(defaults, lines), text, displayName);
  }

  /**
   * These definitions with other defaults for some scalar keys (by dotted path), written into the
   * file's text too, so the chart's values.yaml shows them. Keys are kept on their lines.
   */
  public ValueDefinitions withDefaults(Map<String, Object> replaced) throws YamlException {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    boolean changed = false;
    for (Map.Entry<String, Object> e : replaced.entrySet()) {
      ValueDefinition d = find(e.getKey());
      if (d == null || d.type() == ValueType.OBJECT || d.type() == ValueType.LIST || d.type() == ValueType.MAP) {
        throw new IllegalArgumentException("not a scalar value: " + e.getKey());
      }
      if (e.getValue().equals(d.defaultValue())) {
        continue;
      }
      int index = defaults.lineOf(e.getKey()) - 1;
      String line = lines.get(index);
      String key = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
      int colon = line.indexOf(key + ":");
      lines.set(index, line.substring(0, colon + key.length() + 1) + " " + scalar(e.getValue()));
      changed = true;
    }
    return changed ? parse(String.join("\n", lines), displayName) : this;
  }

  /** A scalar as YAML reads it back: plain when it cannot be mistaken for another type, else double-quoted. */
  private static String scalar(Object value) {
    if (!(value instanceof String s)) {
      return String.valueOf(value);
    }
    boolean plain = s.matches("[A-Za-z][A-Za-z0-9._/-]*") && !s.matches("(?i)y|yes|n|no|true|false|on|off|null|~");
    return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The root definition: an OBJECT whose properties are the top-level keys. */
  public ValueDefinition root() {
    return root;
  }

  /** The defaults as a plain tree (a fresh deep copy on every call). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> defaults() {
    return (Map<String, Object>) ValueTrees.deepCopy(defaults.root());
  }

  /** The defaults with the line of every key, for messages. */
  public YamlTree defaultsTree() {
    return defaults;
  }

  /** The file's text, comments included: the chart ships it as its values.yaml. */
  public String text() {
    return text;
  }

  public String displayName() {
    return displayName;
  }

  /** Every definition in file order, depth first (objects before their keys). */
  public List<ValueDefinition> all() {
    List<ValueDefinition> out = new ArrayList<>();
    collect(root, out);
    out.remove(0);
    return out;
  }

  private static void collect(ValueDefinition d, List<ValueDefinition> out) {
    out.add(d);
    for (ValueDefinition child : d.properties().values()) {
      collect(child, out);
    }
  }

  /** The definition at a path such as {@code leaderElection.lockType}, or null. */
  public ValueDefinition find(String path) {
    ValueDefinition d = root;
    if (path.isEmpty()) {
      return d;
    }
    for (String part : path.split("\\.")) {
      d = d.properties().get(part);
      if (d == null) {
        return null;
      }
    }
    return d;
  }

  private static Map<String, ValueDefinition> properties(MappingNode mapping, String path, String file)
      throws YamlException {
    Map<String, ValueDefinition> props = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = ((org.yaml.snakeyaml.nodes.ScalarNode) tuple.getKeyNode()).getValue();
      props.put(key, definition(tuple, Paths.child(path, key), file));
    }
    return Collections.unmodifiableMap(props);
  }

  private static ValueDefinition definition(NodeTuple tuple, String path, String file) throws YamlException {
    Node keyNode = tuple.getKeyNode();
    Node valueNode = tuple.getValueNode();
    int line = keyNode.getStartMark().getLine() + 1;
    Object def = YamlReader.toTree(valueNode, path, new HashMap<>(), file);

    List<String> description = new ArrayList<>();
    Map<String, String> annotations = new LinkedHashMap<>();
    for (String comment : commentAbove(keyNode)) {
      String c = comment.strip();
      if (c.startsWith("@")) {
        int space = c.indexOf(' ');
        String name = space < 0 ? c.substring(1) : c.substring(1, space);
        String arg = space < 0 ? "" : c.substring(space + 1).strip();
        if (annotations.put(name, arg) != null) {
          throw new YamlException(file + ":" + line + ": " + path + ": @" + name + " given twice");
        }
      } else {
        description.add(c);
      }
    }
    ValueType type = inferType(def);
    ValueType itemType = ValueType.ANY;
    List<String> enumValues = List.of();
    Long minimum = null;
    Long maximum = null;
    ValueFormat format = null;
    boolean unique = false;
    for (Map.Entry<String, String> a : annotations.entrySet()) {
      String arg = a.getValue();
      String where = file + ":" + line + ": " + path + ": @" + a.getKey() + " ";
      switch (a.getKey()) {
        case "type" -> {
          type = ValueType.ofLabel(arg);
          if (type == null) {
            throw new YamlException(where + "expects one of string, integer, number, boolean, list, object, map, any");
          }
        }
        case "items" -> {
          itemType = ValueType.ofLabel(arg);
          if (itemType == null || itemType == ValueType.OBJECT || itemType == ValueType.LIST) {
            throw new YamlException(where + "expects one of string, integer, number, boolean, map, any");
          }
        }
        case "enum" -> enumValues = List.of(arg.split("\\s+"));
        case "minimum" -> minimum = parseLong(arg, where);
        case "maximum" -> maximum = parseLong(arg, where);
        case "unique" -> unique = true;
        case "format" -> {
          format = ValueFormat.ofLabel(arg);
          if (format == null) {
            throw new YamlException(where + "expects one of " + java.util.Arrays.stream(ValueFormat.values())
                .map(ValueFormat::label).collect(java.util.stream.Collectors.joining(", ")));
          }
        }
        default -> throw new YamlException(file + ":" + line + ": " + path + ": unknown annotation @" + a.getKey()
            + " (known: @type, @items, @enum, @minimum, @maximum, @format, @unique)");
      }
    }
    if (type == ValueType.LIST && itemType == ValueType.ANY && def instanceof List<?> l && !l.isEmpty()) {
      itemType = inferType(l.get(0)) == ValueType.OBJECT ? ValueType.MAP : inferType(l.get(0));
    }

    if (description.isEmpty() && type != ValueType.OBJECT) {
      throw new YamlException(file + ":" + line + ": " + path
          + ": every key needs a comment above it that documents it (groups of keys may go without)");
    }
    Map<String, ValueDefinition> properties = Map.of();
    if (type == ValueType.OBJECT) {
      if (!(valueNode instanceof MappingNode m)) {
        throw new YamlException(file + ":" + line + ": " + path + ": @type object needs a map default");
      }
      properties = properties(m, path, file);
    }
    ValueDefinition d = new ValueDefinition(path, type, def, String.join("\n", description), enumValues,
        minimum, maximum, format, itemType, properties, line, unique);
    String problem = ValuesChecker.problemWith(d, def);
    if (problem != null) {
      throw new YamlException(file + ":" + line + ": " + path + ": the default does not fit its own definition: " + problem);
    }
    return d;
  }

  private static ValueType inferType(Object def) {
    if (def instanceof Map<?, ?> m) {
      return m.isEmpty() ? ValueType.MAP : ValueType.OBJECT;
    }
    return ValueType.of(def);
  }

  /** The comment lines directly above a key: after the last blank line, without the '#'. */
  private static List<String> commentAbove(Node keyNode) {
    List<CommentLine> block = keyNode.getBlockComments();
    List<String> lines = new ArrayList<>();
    if (block == null) {
      return lines;
    }
    for (CommentLine c : block) {
      if (c.getCommentType() == CommentType.BLANK_LINE) {
        lines.clear();
      } else {
        lines.add(c.getValue());
      }
    }
    return lines;
  }

  private static Long parseLong(String s, String where) throws YamlException {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new YamlException(where + "expects an integer, got '" + s + "'");
    }
  }
}

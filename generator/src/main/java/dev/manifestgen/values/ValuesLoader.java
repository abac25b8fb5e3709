package dev.manifestgen.values;

import dev.manifestgen.yaml.HelmNumbers;
import dev.manifestgen.yaml.InputText;
import dev.manifestgen.yaml.Paths;
import dev.manifestgen.yaml.Printable;
import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import dev.manifestgen.yaml.YamlTree;
import dev.manifestgen.yaml.YamlV2Reader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds the final values the way Helm does for {@code helm install -f ... --set ...}: the
 * profiles and -f files merged in order, every --set then every --set-string applied on top,
 * the result laid over config/values.yaml, then checked against the definitions.
 */
public final class ValuesLoader {
  private final ValueDefinitions definitions;
  private final Path profilesDir;
  private final String profilesDisplay;
  private final CrossValueRules rules;

  /** A loader that checks only the rules between values (no operator contract). */
  public ValuesLoader(ValueDefinitions definitions, Path profilesDir, String profilesDisplay) {
    this(definitions, profilesDir, profilesDisplay, new CrossValueRules(null));
  }

  public ValuesLoader(ValueDefinitions definitions, Path profilesDir, String profilesDisplay, CrossValueRules rules) {
    this.definitions = definitions;
    this.profilesDir = profilesDir;
    this.profilesDisplay = profilesDisplay;
    this.rules = rules;
  }

  public ValueDefinitions definitions() {
    return definitions;
  }

  /** The profile names under the profiles directory, sorted. */
  public List<String> profiles() {
    if (!Files.isDirectory(profilesDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(profilesDir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  public Path profileFile(String name) {
    return profilesDir.resolve(name + ".yaml");
  }

  public Values load(ValuesRequest request) throws ValuesException {
    Origins origins = new Origins();
    Map<String, Object> defaults = definitions.defaults();
    recordFile(origins, definitions.displayName(), definitions.defaultsTree());

    Map<String, Object> user = new LinkedHashMap<>();
    for (String profile : request.profiles()) {
      if (!profiles().contains(profile)) {
        throw new ValuesException("--profile " + profile + ": no such profile; known profiles: "
            + String.join(", ", profiles()) + " (files in " + profilesDisplay + ")");
      }
      user = mergeLayer(user, profileFile(profile), profilesDisplay + "/" + profile + ".yaml", origins);
    }
    for (Path file : request.files()) {
      user = mergeLayer(user, file, file.toString(), origins);
    }
    applySets(SetParser.Kind.JSON, request.setJsons(), user, origins);
    applySets(SetParser.Kind.SET, request.sets(), user, origins);
    applySets(SetParser.Kind.STRING, request.setStrings(), user, origins);
    applySets(SetParser.Kind.FILE, request.setFiles(), user, origins);
    applySets(SetParser.Kind.LITERAL, request.setLiterals(), user, origins);

    Map<String, Object> values = HelmMerge.coalesce(user, defaults);
    var refused = SchemaValidationInput.firstRefused(values);
    if (refused.isPresent()) {
      String path = refused.get().path();
      String origin = origins.of(path);
      throw new ValuesException(Printable.oneLine(origin + ": " + (origin.startsWith("--set") ? Paths.asSetKey(path) : path)
          + ": " + YamlV2Reader.CONTROL_CHARACTERS + " (U+" + String.format("%04X", refused.get().character())
          + "; Helm refuses it when it checks the values against the chart's schema)"));
    }
    List<String> lines = new ArrayList<>();
    for (ValuesChecker.Problem p : ValuesChecker.check(definitions, values)) {
      lines.add(Printable.oneLine(describe(p, origins.of(p.path()))));
    }
    if (!lines.isEmpty()) {
      // One line: the first problem, and how many more (each names its own source when fixed in turn).
      throw new ValuesException(lines.get(0) + (lines.size() == 1 ? ""
          : " (and " + (lines.size() - 1) + " more problem" + (lines.size() == 2 ? "" : "s") + ")"));
    }
    normalizeIntegers(definitions.root(), values);
    Values result = new Values(values, origins);
    for (CrossValueRules.Violation v : rules.check(result::get)) {
      lines.add(describe(v, result) + ": " + v.sentence());
    }
    if (!lines.isEmpty()) {
      throw new ValuesException(lines);
    }
    return result;
  }

  /** The keys a broken rule reads that the user set, each with its value and where it came from. */
  private String describe(CrossValueRules.Violation v, Values values) {
    String defaults = definitions.displayName() + ":";
    List<String> set = v.keys().stream().filter(k -> !values.origins().of(k).startsWith(defaults)).toList();
    List<String> parts = new ArrayList<>();
    for (String key : set.isEmpty() ? v.keys() : set) {
      parts.add(key + "=" + ValueTrees.describe(values.get(key)) + " (" + values.origins().of(key) + ")");
    }
    return String.join(", ", parts);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mergeLayer(Map<String, Object> user, Path file, String display, Origins origins)
      throws ValuesException {
    boolean stdin = file.toString().strip().equals("-");
    if (stdin) {
      display = "standard input (-f -)";
    }
    YamlTree tree;
    try {
      tree = YamlReader.readValues(stdin ? readStandardInput(display) : YamlReader.readText(file, display), display);
    } catch (YamlException e) {
      throw new ValuesException(Printable.oneLine(e.getMessage()));
    }
    if (tree.root() == null) {
      return user;
    }
    if (!(tree.root() instanceof Map)) {
      throw new ValuesException(display + ":" + tree.lineOf("") + ": a values file must be a map of keys, not "
          + (tree.root() instanceof List ? "a list" : "the value " + ValueTrees.describe(tree.root())));
    }
    recordFile(origins, display, tree);
    return HelmMerge.mergeFiles(user, (Map<String, Object>) tree.root());
  }

  /** All of standard input, as Helm reads `-f -` and `--set-file k=-` (a second read gets nothing). */
  private static String readStandardInput(String display) throws YamlException {
    return InputText.read(System.in, display);
  }

  /** Records the file as the origin of every path it sets; a list or scalar hides what was below. */
  private static void recordFile(Origins origins, String display, YamlTree tree) {
    recordPaths(origins, display, tree, "", tree.root());
  }

  private static void recordPaths(Origins origins, String display, YamlTree tree, String path, Object value) {
    if (!path.isEmpty()) {
      if (!(value instanceof Map)) {
        origins.replaceBelow(path);
      }
      origins.record(path, display + ":" + tree.lineOf(path));
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> recordPaths(origins, display, tree, Paths.child(path, (String) k), v));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        recordPaths(origins, display, tree, Paths.index(path, i), list.get(i));
      }
    }
  }

  /** A problem as the user can act on it: the key spelled as in its source, and a fix that works there. */
  private static String describe(ValuesChecker.Problem p, String origin) {
    boolean set = origin.startsWith("--set ");
    boolean fromSet = origin.startsWith("--set"); // any of --set, --set-string, --set-file, --set-json, --set-literal
    StringBuilder line = new StringBuilder(origin).append(": ")
        .append(fromSet ? Paths.asSetKey(p.path()) : p.path()).append(": ").append(p.message());
    if (p.stringExpected()) {
      if (set) {
        line.append(" (with --set, use --set-string for values that look like numbers or booleans)");
      } else if (!fromSet) {
        line.append(" (quote it to make it a string)");
      }
    }
    return line.toString();
  }

  private static void applySets(SetParser.Kind kind, List<String> expressions, Map<String, Object> user, Origins origins)
      throws ValuesException {
    for (String expression : expressions) {
      String origin = kind.flag() + " " + expression;
      try {
        for (String path : SetParser.apply(kind, expression, user, file -> readSetFile(origin, file))) {
          origins.replaceBelow(path);
          origins.record(path, origin);
          // What the expression made on the way is its doing too: maps no earlier layer had
          // (a\.b=x with --set-literal makes a map "a\"), and a list it extended (a[2]=x leaves
          // a[0] and a[1] null).
          String child = path;
          for (String p = Paths.parent(path); !p.isEmpty(); child = p, p = Paths.parent(p)) {
            boolean extendedList = child.endsWith("]") && !child.endsWith("\"]");
            if (extendedList || !origins.has(p)) {
              origins.record(p, origin);
            }
          }
        }
      } catch (SetSyntaxException e) {
        throw new ValuesException(e.getMessage());
      }
    }
  }

  private static String readSetFile(String origin, String file) throws SetSyntaxException {
    try {
      if (file.strip().equals("-")) {
        return InputText.read(System.in, origin + ": standard input");
      }
      return InputText.read(Path.of(file), origin + ": " + file);
    } catch (YamlException e) {
      throw new SetSyntaxException(e.getMessage());
    } catch (java.nio.file.InvalidPathException e) {
      throw new SetSyntaxException(origin + ": " + file + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Integer-typed values read as whole doubles (YAML {@code 2.0}) become Longs, so templates print
   * {@code 2} as Helm does.
   */
  @SuppressWarnings("unchecked")
  private static void normalizeIntegers(ValueDefinition def, Map<String, Object> values) {
    for (Map.Entry<String, ValueDefinition> e : def.properties().entrySet()) {
      Object v = values.get(e.getKey());
      ValueDefinition child = e.getValue();
      if (child.type() == ValueType.INTEGER && v instanceof Double d) {
        // A whole float64 (2.0) is the integer; a float64 beyond 2^53 stays the float Helm holds, never clamped.
        values.put(e.getKey(), HelmNumbers.float64(d));
      } else if (child.type() == ValueType.OBJECT && v instanceof Map<?, ?> m) {
        normalizeIntegers(child, (Map<String, Object>) m);
      }
    }
  }
}

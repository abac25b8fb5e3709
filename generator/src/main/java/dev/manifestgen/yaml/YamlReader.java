package dev.manifestgen.yaml;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into plain trees (maps, lists, String, Long, Double, Boolean, null) exactly as Helm
 * and Kubernetes see it: Go's yaml.v2 decodes it, then sigs.k8s.io/yaml turns that into JSON.
 * SnakeYAML composes the node graph (its scanner and parser are YAML 1.1, like yaml.v2's); every
 * plain scalar is then typed by yaml.v2's rules ({@link GoYamlScalars}), not SnakeYAML's. So:
 * {@code 1:30} is a string, {@code 0o17} is 15; merge keys ({@code <<}) merge; {@code !!binary}
 * is decoded; map keys become JSON keys ({@code on:} is "true", {@code 1.5:} "1.5"), a null key
 * is refused, as are {@code .inf} and {@code .nan}, which JSON cannot hold.
 *
 * <p>Values files ({@link #readValues}) read as Helm reads them: the first document only, and a
 * duplicate key's last value wins. Manifests and the project's own files refuse duplicate keys.
 */
public final class YamlReader {
  private YamlReader() {}

  /** Plain scalars get this tag from the composer and are typed here, by yaml.v2's rules. */
  private static final Tag PLAIN = new Tag("tag:manifest-gen.dev,2026:plain");

  private static final class PlainResolver extends Resolver {
    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
      return kind == NodeId.scalar && implicit ? PLAIN : super.resolve(kind, value, implicit);
    }
  }

  private enum Duplicates { REFUSE, LAST_WINS }

  /** Reads one YAML document; an empty file gives an empty map. Duplicate keys are refused. */
  public static YamlTree readFile(Path file, String displayName) throws YamlException {
    return read(readText(file, displayName), displayName);
  }

  /** A file's text, bounded and checked as UTF-8 ({@link InputText}). */
  public static String readText(Path file, String displayName) throws YamlException {
    return InputText.read(file, displayName);
  }

  public static YamlTree read(String text, String displayName) throws YamlException {
    return first(text, displayName, Duplicates.REFUSE, false, InputText.MAX_NESTING);
  }

  /**
   * A document a template rendered: the user's values (at most {@link InputText#MAX_NESTING} deep)
   * sit under the template's own levels, which the limit leaves room for.
   */
  public static YamlTree readRendered(String text, String displayName) throws YamlException {
    return first(text, displayName, Duplicates.REFUSE, false, InputText.MAX_NESTING + RENDERED_LEVELS);
  }

  /**
   * A values file as Helm reads it (sigs.k8s.io/yaml.Unmarshal): the first document, later
   * documents ignored; a key given twice takes its last value. Null when the document is empty.
   */
  public static YamlTree readValues(String text, String displayName) throws YamlException {
    return first(text, displayName, Duplicates.LAST_WINS, false, InputText.MAX_NESTING);
  }

  /** How deep a template may put a value: a Deployment's pod affinity is 5 levels down. */
  private static final int RENDERED_LEVELS = 20;

  private static YamlTree first(String text, String displayName, Duplicates duplicates, boolean comments, int nesting)
      throws YamlException {
    Node node = compose(text, displayName, comments, nesting);
    Map<String, Integer> lines = new HashMap<>();
    Object root = node == null ? null : new Converter(displayName, 0, lines, duplicates, text.length()).tree(node, "");
    refuseNotJson(root);
    if (root == null && duplicates == Duplicates.REFUSE) {
      root = new LinkedHashMap<String, Object>();
    }
    return new YamlTree(root, lines);
  }

  /** Every document of a multi-document stream, with the line each document starts on. */
  public static List<Document> readAll(String text, String displayName) throws YamlException {
    List<Chunk> chunks = text.length() < PARALLEL_MIN_CHARS ? List.of() : chunks(text);
    if (chunks.size() < 2) {
      return readAll(text, 0, displayName);
    }
    // A large stream (a CRD bundle) parses on every core: documents are independent, so each run
    // of documents parses alone; documents and the first error stay in stream order.
    List<Object> parts = chunks.parallelStream().map(c -> {
      try {
        return (Object) readAll(c.text(), c.firstLine(), displayName);
      } catch (YamlException e) {
        return e;
      }
    }).toList();
    List<Document> docs = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof YamlException e) {
        throw e;
      }
      @SuppressWarnings("unchecked")
      List<Document> some = (List<Document>) part;
      docs.addAll(some);
    }
    return docs;
  }

  /** Streams smaller than this parse on one thread: splitting them costs more than it saves. */
  private static final int PARALLEL_MIN_CHARS = 1 << 20;
  private static final int CHUNK_CHARS = 256 * 1024;

  /** A run of whole documents and the number of lines before it. */
  private record Chunk(String text, int firstLine) {}

  /**
   * Splits a stream before document start markers ("---" at the start of a line, which YAML lets
   * no scalar contain) into runs of at least CHUNK_CHARS. None when a directive (%YAML, %TAG)
   * could apply across a split.
   */
  private static List<Chunk> chunks(String text) {
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    int startLine = 0;
    int line = 0;
    for (int i = 0; i < text.length(); i = text.indexOf('\n', i) + 1) {
      if (text.charAt(i) == '%') {
        return List.of();
      }
      if (i - start >= CHUNK_CHARS && text.startsWith("---", i)
          && (i + 3 == text.length() || " \t\r\n".indexOf(text.charAt(i + 3)) >= 0)) {
        chunks.add(new Chunk(text.substring(start, i), startLine));
        start = i;
        startLine = line;
      }
      line++;
      if (text.indexOf('\n', i) < 0) {
        break;
      }
    }
    chunks.add(new Chunk(text.substring(start), startLine));
    return chunks;
  }

  /** The documents of a stream that starts after {@code lineOffset} lines of the file. */
  private static List<Document> readAll(String text, int lineOffset, String displayName) throws YamlException {
    List<Document> docs = new ArrayList<>();
    try {
      Composer composer = composer(text, displayName, false, InputText.MAX_NESTING);
      while (composer.checkNode()) {
        Node node = composer.getNode();
        Object root = node == null ? null
            : new Converter(displayName, lineOffset, null, Duplicates.REFUSE, text.length()).tree(node, "");
        refuseNotJson(root);
        int line = node == null ? 0 : node.getStartMark().getLine() + 1 + lineOffset;
        docs.add(new Document(new YamlTree(root, () -> lines(node, lineOffset, displayName, text.length())), line));
      }
    } catch (MarkedYAMLException e) {
      throw markedError(displayName, e, lineOffset);
    } catch (ReaderException e) {
      throw readerError(displayName, e, text, lineOffset);
    } catch (YAMLException | IllegalArgumentException e) {
      throw new YamlException(displayName + ": invalid YAML: " + unmarked(e));
    }
    return docs;
  }

  public record Document(YamlTree tree, int line) {}

  /** The first document's node graph, comments included (for the value definitions); null if none. */
  public static Node compose(String text, String displayName) throws YamlException {
    return compose(text, displayName, true, InputText.MAX_NESTING);
  }

  private static Node compose(String text, String displayName, boolean comments, int nesting) throws YamlException {
    try {
      Composer composer = composer(text, displayName, comments, nesting);
      return composer.checkNode() ? composer.getNode() : null;
    } catch (MarkedYAMLException e) {
      throw markedError(displayName, e, 0);
    } catch (ReaderException e) {
      throw readerError(displayName, e, text, 0);
    } catch (YAMLException | IllegalArgumentException e) {
      throw new YamlException(displayName + ": invalid YAML: " + unmarked(e));
    }
  }

  private static Composer composer(String text, String displayName, boolean comments, int nesting) {
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(comments);
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(Integer.MAX_VALUE); // bounded by Converter's budget instead
    options.setNestingDepthLimit(nesting);
    options.setAllowDuplicateKeys(true); // decided by the converter
    return new Composer(new ParserImpl(new WholeTextReader(text, displayName), options), new PlainResolver(), options);
  }

  private static YamlException markedError(String displayName, MarkedYAMLException e, int lineOffset) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String where = mark == null ? displayName : displayName + ":" + (mark.getLine() + 1 + lineOffset);
    String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
    if (e.getContext() != null && e.getProblem() != null && !e.getContext().equals(e.getProblem())) {
      problem = e.getContext() + ": " + e.getProblem();
    }
    return new YamlException(where + ": invalid YAML: " + oneLine(problem));
  }

  private static YamlException readerError(String displayName, ReaderException e, String text, int lineOffset) {
    int line = 1 + lineOffset;
    int index = text.offsetByCodePoints(0, Math.min(e.getPosition(), text.codePointCount(0, text.length())));
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new YamlException(displayName + ":" + line + ": invalid YAML: control character "
        + String.format("U+%04X", e.getCodePoint()) + " is not allowed (write it escaped in a double-quoted string)");
  }

  /** SnakeYAML's errors without a position, in this tool's words where they name a limit. */
  private static String unmarked(RuntimeException e) {
    String m = e.getMessage();
    if (m != null && m.startsWith("Nesting Depth exceeded")) {
      return "nested more than " + m.replaceAll("\\D", "") + " levels deep (manifest-gen's limit on maps and lists"
          + " in one another)";
    }
    return oneLine(m);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\n\\s*", " ").trim();
  }

  /** Converts a composed node to a plain tree, recording the line of every path. */
  public static Object toTree(Node node, String path, Map<String, Integer> lines, String displayName)
      throws YamlException {
    Object tree = new Converter(displayName, 0, lines, Duplicates.REFUSE, 1 << 20).tree(node, path);
    refuseNotJson(tree);
    return tree;
  }

  /** The lines of a document already converted once (so it cannot fail). */
  private static Map<String, Integer> lines(Node node, int lineOffset, String displayName, int size) {
    Map<String, Integer> lines = new HashMap<>();
    try {
      new Converter(displayName, lineOffset, lines, Duplicates.REFUSE, size).tree(node, "");
    } catch (YamlException e) {
      throw new IllegalStateException("a converted document failed to convert again", e);
    }
    return lines;
  }

  /** A value JSON cannot hold (.inf, .nan), and the message refusing it. */
  private record NotJson(String message) {}

  /** Refuses the first value JSON cannot hold still in the tree, in document order. */
  private static void refuseNotJson(Object tree) throws YamlException {
    if (tree instanceof NotJson n) {
      throw new YamlException(n.message());
    }
    if (tree instanceof Map<?, ?> map) {
      for (Object v : map.values()) {
        refuseNotJson(v);
      }
    } else if (tree instanceof List<?> list) {
      for (Object v : list) {
        refuseNotJson(v);
      }
    }
  }

  /** One document's conversion: yaml.v2's decoding followed by sigs.k8s.io/yaml's JSON step. */
  private static final class Converter {
    private final String displayName;
    private final int lineOffset;
    private final Map<String, Integer> lines;
    private final Duplicates duplicates;
    /** Aliases may repeat a subtree; yaml.v2 refuses "excessive aliasing", this bounds the work. */
    private long budget;

    Converter(String displayName, int lineOffset, Map<String, Integer> lines, Duplicates duplicates, int size) {
      this.displayName = displayName;
      this.lineOffset = lineOffset;
      this.lines = lines;
      this.duplicates = duplicates;
      this.budget = 100_000L + 10L * size;
    }

    private String at(Node node) {
      return displayName + ":" + (node.getStartMark().getLine() + 1 + lineOffset);
    }

    Object tree(Node node, String path) throws YamlException {
      if (--budget < 0) {
        throw new YamlException(at(node) + ": invalid YAML: document contains excessive aliasing");
      }
      if (lines != null && path != null) {
        lines.put(path, node.getStartMark().getLine() + 1 + lineOffset);
      }
      if (node instanceof MappingNode mapping) {
        Map<String, Object> map = new LinkedHashMap<>();
        mapping(mapping, map, path);
        return map;
      }
      if (node instanceof SequenceNode sequence) {
        List<Object> list = new ArrayList<>(sequence.getValue().size());
        int i = 0;
        for (Node item : sequence.getValue()) {
          list.add(tree(item, path == null || lines == null ? null : Paths.index(path, i)));
          i++;
        }
        return list;
      }
      return scalar((ScalarNode) node);
    }

    private void mapping(MappingNode mapping, Map<String, Object> map, String path) throws YamlException {
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (isMerge(keyNode)) {
          merge(tuple.getValueNode(), map, path);
          continue;
        }
        if (!(keyNode instanceof ScalarNode keyScalar)) {
          throw new YamlException(at(keyNode) + ": invalid YAML: a map key must be a scalar, not a "
              + (keyNode instanceof MappingNode ? "map" : "list"));
        }
        Object raw = keyValue(keyScalar);
        String key = GoYamlScalars.jsonKey(raw);
        if (key == null) {
          throw new YamlException(at(keyNode) + ": invalid YAML: map key " + (raw == null ? "null" : keyScalar.getValue())
              + " cannot be a JSON key (write it quoted)");
        }
        if (duplicates == Duplicates.REFUSE && map.containsKey(key)) {
          throw new YamlException(at(keyNode) + ": invalid YAML: duplicate key " + key);
        }
        map.remove(key); // a repeated key takes its last value and its last place
        map.put(key, tree(tuple.getValueNode(), path == null || lines == null ? null : Paths.child(path, key)));
      }
    }

    /** The key as yaml.v2 typed it, before JSON: integers keep all their digits, .inf is a key. */
    private Object keyValue(ScalarNode key) throws YamlException {
      if (PLAIN.equals(key.getTag())) {
        Object r = GoYamlScalars.resolve(key.getValue());
        return r == GoYamlScalars.NULL ? null : r;
      }
      Object v = scalar(key);
      return v instanceof Long l ? BigInteger.valueOf(l) : v;
    }

    /** yaml.v2: a plain (or !!merge) "<<" key merges a map, or a list of maps, into this one. */
    private static boolean isMerge(Node key) {
      return key instanceof ScalarNode s && s.getValue().equals("<<")
          && (PLAIN.equals(s.getTag()) || Tag.MERGE.equals(s.getTag()));
    }

    private void merge(Node value, Map<String, Object> map, String path) throws YamlException {
      if (value instanceof MappingNode m) {
        mapping(m, map, path);
      } else if (value instanceof SequenceNode s) {
        List<Node> items = s.getValue();
        for (int i = items.size() - 1; i >= 0; i--) { // earlier maps take precedence
          if (!(items.get(i) instanceof MappingNode m)) {
            throw new YamlException(at(items.get(i)) + ": invalid YAML: map merge requires map or sequence of maps as the value");
          }
          mapping(m, map, path);
        }
      } else {
        throw new YamlException(at(value) + ": invalid YAML: map merge requires map or sequence of maps as the value");
      }
    }

    private Object scalar(ScalarNode node) throws YamlException {
      Tag tag = node.getTag();
      String v = node.getValue();
      if (PLAIN.equals(tag)) {
        return json(node, GoYamlScalars.resolve(v));
      }
      if (tag.equals(Tag.BINARY)) {
        try {
          byte[] bytes = Base64.getDecoder().decode(v.replace("\n", "").replace("\r", ""));
          return new String(bytes, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw new YamlException(at(node) + ": invalid YAML: !!binary value contains invalid base64 data");
        }
      }
      if (tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) || tag.equals(Tag.NULL)) {
        Object resolved = GoYamlScalars.resolve(v);
        Tag got = resolved == GoYamlScalars.NULL ? Tag.NULL : resolved instanceof Boolean ? Tag.BOOL
            : resolved instanceof BigInteger ? Tag.INT : resolved instanceof Double ? Tag.FLOAT : Tag.STR;
        if (tag.equals(Tag.FLOAT) && got.equals(Tag.INT)) {
          return json(node, ((BigInteger) resolved).doubleValue());
        }
        if (!got.equals(tag)) {
          throw new YamlException(at(node) + ": invalid YAML: cannot decode !!" + shortTag(got) + " `" + v
              + "` as a !!" + shortTag(tag));
        }
        return json(node, resolved);
      }
      // !!str, !!timestamp, quoted scalars and tags yaml.v2 does not resolve (!custom): the text.
      return v;
    }

    private static String shortTag(Tag tag) {
      String s = tag.getValue();
      return s.substring(s.lastIndexOf(':') + 1);
    }

    /** The value as it comes out of the JSON step. */
    private Object json(ScalarNode node, Object resolved) throws YamlException {
      if (resolved == GoYamlScalars.NULL) {
        return null;
      }
      if (resolved instanceof BigInteger i) {
        return GoYamlScalars.number(i);
      }
      if (resolved instanceof Double d && (d.isNaN() || d.isInfinite())) {
        // Refused only if it is still there at the end: a later duplicate key may replace it.
        return new NotJson(at(node) + ": " + node.getValue()
            + " is not a number JSON can hold (Helm and Kubernetes refuse it); quote it for a string");
      }
      return resolved;
    }
  }
}

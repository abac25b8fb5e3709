package dev.manifestgen.yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into plain trees the way Helm sees values (Go's yaml.v2 behind sigs.k8s.io/yaml):
 * YAML 1.1 scalars, so {@code on}, {@code yes} and plain {@code y} and {@code n} are booleans;
 * integers as Long, other numbers as Double, timestamps and binaries as strings; keys that are
 * not strings become the string JSON would give them ({@code on:} is the key "true"); duplicate
 * keys refused.
 */
public final class YamlReader {
  private YamlReader() {}

  /** Reads one YAML document; an empty file gives an empty map. */
  public static YamlTree readFile(Path file, String displayName) throws YamlException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new YamlException(displayName + ": file not found");
    } catch (IOException e) {
      throw new YamlException(displayName + ": cannot read: " + e.getMessage());
    }
    return read(text, displayName);
  }

  public static YamlTree read(String text, String displayName) throws YamlException {
    // A tree keeps no comments: not collecting them makes rendering (which reads every document) cheaper.
    Node node = compose(new StringReader(text), displayName, false);
    Map<String, Integer> lines = new HashMap<>();
    Object root = node == null ? new LinkedHashMap<String, Object>() : toTree(node, "", lines, displayName);
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
      for (Node node : newYaml(false).composeAll(new StringReader(text))) {
        Object root = node == null ? null : toTree(node, "", null, displayName, lineOffset);
        int line = node == null ? 0 : node.getStartMark().getLine() + 1 + lineOffset;
        docs.add(new Document(new YamlTree(root, () -> lines(node, lineOffset, displayName)), line));
      }
    } catch (MarkedYAMLException e) {
      throw markedError(displayName, e, lineOffset);
    } catch (RuntimeException e) {
      throw new YamlException(displayName + ": " + oneLine(e.getMessage()));
    }
    return docs;
  }

  public record Document(YamlTree tree, int line) {}

  /** Composes a node graph (with comments) for callers that need more than the tree. */
  public static Node compose(Reader reader, String displayName) throws YamlException {
    return compose(reader, displayName, true);
  }

  private static Node compose(Reader reader, String displayName, boolean comments) throws YamlException {
    try {
      return newYaml(comments).compose(reader);
    } catch (MarkedYAMLException e) {
      throw markedError(displayName, e, 0);
    } catch (RuntimeException e) {
      throw new YamlException(displayName + ": " + oneLine(e.getMessage()));
    }
  }

  private static Yaml newYaml(boolean comments) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setProcessComments(comments);
    options.setCodePointLimit(64 * 1024 * 1024);
    return new Yaml(options);
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

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\n\\s*", " ").trim();
  }

  /** Converts a composed node to a plain tree, recording the line of every path. */
  public static Object toTree(Node node, String path, Map<String, Integer> lines, String displayName)
      throws YamlException {
    return toTree(node, path, lines, displayName, 0);
  }

  private static Object toTree(Node node, String path, Map<String, Integer> lines, String displayName, int lineOffset)
      throws YamlException {
    if (lines != null) {
      lines.put(path, node.getStartMark().getLine() + 1 + lineOffset);
    }
    if (node instanceof MappingNode mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple tuple : mapping.getValue()) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode keyScalar)) {
          throw new YamlException(displayName + ":" + (keyNode.getStartMark().getLine() + 1 + lineOffset)
              + ": only scalar map keys are supported");
        }
        if (Tag.MERGE.equals(keyNode.getTag())) {
          throw new YamlException(displayName + ":" + (keyNode.getStartMark().getLine() + 1 + lineOffset)
              + ": YAML merge keys (<<) are not supported; write the keys out");
        }
        String key = keyString(keyScalar, displayName, lineOffset);
        String childPath = lines == null ? null : Paths.child(path, key);
        if (map.containsKey(key)) {
          throw new YamlException(displayName + ":" + (keyNode.getStartMark().getLine() + 1 + lineOffset)
              + ": invalid YAML: duplicate key " + key);
        }
        map.put(key, toTree(tuple.getValueNode(), childPath, lines, displayName, lineOffset));
      }
      return map;
    }
    if (node instanceof SequenceNode sequence) {
      List<Object> list = new ArrayList<>();
      int i = 0;
      for (Node item : sequence.getValue()) {
        list.add(toTree(item, lines == null ? null : Paths.index(path, i++), lines, displayName, lineOffset));
      }
      return list;
    }
    return scalar((ScalarNode) node, displayName, lineOffset);
  }

  /** The lines of a document {@link #toTree} has already converted (so it cannot fail). */
  private static Map<String, Integer> lines(Node node, int lineOffset, String displayName) {
    Map<String, Integer> lines = new HashMap<>();
    try {
      toTree(node, "", lines, displayName, lineOffset);
    } catch (YamlException e) {
      throw new IllegalStateException("a converted document failed to convert again", e);
    }
    return lines;
  }

  /** A map key as Helm sees it: resolved like a value, then written as JSON writes a key. */
  private static String keyString(ScalarNode key, String displayName, int lineOffset) throws YamlException {
    Object k = scalar(key, displayName, lineOffset);
    if (k instanceof String s) {
      return s;
    }
    if (k instanceof Double d) {
      return d == Math.rint(d) && !d.isInfinite() ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
    return String.valueOf(k);
  }

  private static Object scalar(ScalarNode node, String displayName, int lineOffset) throws YamlException {
    Tag tag = node.getTag();
    String v = node.getValue();
    if (node.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN && Tag.STR.equals(tag)
        && (v.equals("y") || v.equals("Y") || v.equals("n") || v.equals("N"))) {
      return v.equalsIgnoreCase("y");
    }
    if (Tag.NULL.equals(tag)) {
      return null;
    }
    if (Tag.BOOL.equals(tag)) {
      String l = v.toLowerCase(java.util.Locale.ROOT);
      return l.equals("true") || l.equals("yes") || l.equals("on");
    }
    if (Tag.INT.equals(tag)) {
      try {
        return parseYamlInt(v);
      } catch (NumberFormatException e) {
        throw new YamlException(displayName + ":" + (node.getStartMark().getLine() + 1 + lineOffset)
            + ": integer " + v + " is out of range");
      }
    }
    if (Tag.FLOAT.equals(tag)) {
      String s = v.replace("_", "");
      String l = s.toLowerCase(java.util.Locale.ROOT);
      if (l.endsWith(".inf")) {
        return l.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      if (l.equals(".nan")) {
        return Double.NaN;
      }
      return Double.valueOf(s);
    }
    return v;
  }

  private static Long parseYamlInt(String v) {
    String s = v.replace("_", "");
    boolean negative = s.startsWith("-");
    if (s.startsWith("-") || s.startsWith("+")) {
      s = s.substring(1);
    }
    long value;
    if (s.startsWith("0x")) {
      value = Long.parseLong(s.substring(2), 16);
    } else if (s.startsWith("0b")) {
      value = Long.parseLong(s.substring(2), 2);
    } else if (s.length() > 1 && s.startsWith("0")) {
      value = Long.parseLong(s.substring(1), 8);
    } else if (s.contains(":")) {
      value = 0;
      for (String part : s.split(":")) {
        value = value * 60 + Long.parseLong(part);
      }
    } else {
      value = Long.parseLong(s);
    }
    return negative ? -value : value;
  }
}

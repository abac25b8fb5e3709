package dev.manifestgen.crd;

import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads a Go file's top-level type declarations (struct fields with their tags, doc comments and
 * markers) from the shared tokenizer's tokens. Function bodies and other declarations are skipped.
 */
final class GoTypeParser {
  private static final Set<String> PREDECLARED = Set.of("bool", "string", "int", "int8", "int16", "int32", "int64",
      "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
      "byte", "rune", "error", "any");

  private final GoFile file;
  private final List<GoToken> t;
  private final CommentGroups comments;
  private final Consumer<String> warnings;
  private int i;

  private GoTypeParser(GoFile file, Consumer<String> warnings) {
    this.file = file;
    this.t = file.tokens();
    this.comments = new CommentGroups(file);
    this.warnings = warnings;
  }

  /** The file's type declarations, in source order. */
  static List<GoTypeDecl> typeDecls(GoFile file, Consumer<String> warnings) throws CrdException {
    return new GoTypeParser(file, warnings).run();
  }

  /** The markers of the file's package clause: its doc comment and the group above it. */
  static List<Marker> packageMarkers(GoFile file, Consumer<String> warnings) throws CrdException {
    GoTypeParser p = new GoTypeParser(file, warnings);
    int line = file.tokens().isEmpty() ? 1 : file.tokens().get(0).line();
    List<Marker> out = new ArrayList<>(p.markers(p.comments.groupAboveDoc(line)));
    out.addAll(p.markers(p.comments.docOf(line)));
    return out;
  }

  private List<GoTypeDecl> run() throws CrdException {
    List<GoTypeDecl> out = new ArrayList<>();
    int depth = 0;
    for (i = 0; i < t.size(); ) {
      GoToken tok = t.get(i);
      if (depth == 0 && tok.is("type") && tok.isIdent()) {
        i++;
        if (at("(")) {
          i++;
          while (i < t.size() && !at(")")) {
            if (at(";")) {
              i++;
            } else {
              out.add(typeSpec());
            }
          }
          i++;
        } else {
          out.add(typeSpec());
        }
        continue;
      }
      if (tok.is("(") || tok.is("[") || tok.is("{")) {
        depth++;
      } else if (tok.is(")") || tok.is("]") || tok.is("}")) {
        depth--;
      }
      i++;
    }
    return out;
  }

  private GoTypeDecl typeSpec() throws CrdException {
    GoToken name = expectIdent("a type name");
    List<String> typeParams = List.of();
    if (at("[") && typeParameters()) {
      typeParams = typeParams();
    }
    boolean alias = at("=");
    if (alias) {
      i++;
    }
    GoType type = type();
    TreeMap<Integer, String> doc = comments.docOf(name.line());
    List<Marker> markers = new ArrayList<>(markers(comments.groupAboveDoc(name.line())));
    markers.addAll(markers(doc));
    return new GoTypeDecl(file.packagePath(), name.text(), typeParams, alias, type, comments.docLines(doc),
        List.copyOf(markers), file.display(), name.line());
  }

  /**
   * Whether the '[' after a declared type's name opens type parameters ({@code type Set[T comparable]})
   * rather than a slice or array type ({@code type Names []string}, {@code type Key [16]byte}): a
   * parameter name is followed by its constraint or a comma, an array length by ']' or an operator.
   */
  private boolean typeParameters() {
    GoToken first = next(1);
    GoToken second = next(2);
    if (first == null || !first.isIdent() || second == null) {
      return false;
    }
    return second.isIdent() || second.is(",") || second.is("~");
  }

  /** The names of a declaration's type parameters; their constraints are not needed for a schema. */
  private List<String> typeParams() throws CrdException {
    expect("[");
    List<String> names = new ArrayList<>();
    while (true) {
      names.add(expectIdent("a type parameter").text());
      if (at(",")) {
        i++;
        continue;
      }
      // the constraint, up to the ',' or ']' that ends this parameter group
      int depth = 0;
      while (true) {
        GoToken tok = peek("']'");
        if (depth == 0 && (tok.is(",") || tok.is("]"))) {
          break;
        }
        if (tok.is("[") || tok.is("(") || tok.is("{")) {
          depth++;
        } else if (tok.is("]") || tok.is(")") || tok.is("}")) {
          depth--;
        }
        i++;
      }
      if (at("]")) {
        i++;
        return List.copyOf(names);
      }
      i++;
    }
  }

  private GoType type() throws CrdException {
    GoToken tok = peek("a type");
    if (tok.is("*")) {
      i++;
      return new GoType.Pointer(type());
    }
    if (tok.is("(")) {
      i++;
      GoType inner = type();
      expect(")");
      return inner;
    }
    if (tok.is("[")) {
      i++;
      if (at("]")) {
        i++;
        return new GoType.Slice(type());
      }
      skipBalanced("[", "]", 1);
      return new GoType.Array(type());
    }
    if (tok.is("map") && tok.isIdent()) {
      i++;
      expect("[");
      GoType key = type();
      expect("]");
      return new GoType.MapOf(key, type());
    }
    if (tok.is("struct") && tok.isIdent()) {
      i++;
      return struct();
    }
    if (tok.is("interface") && tok.isIdent()) {
      i++;
      expect("{");
      skipBalanced("{", "}", 1);
      return new GoType.Opaque("interface{}");
    }
    if (tok.is("chan") && tok.isIdent()) {
      i++;
      if (at("<-")) {
        i++;
      }
      type();
      return new GoType.Opaque("chan");
    }
    if (tok.is("<-")) {
      i++;
      expect("chan");
      type();
      return new GoType.Opaque("chan");
    }
    if (tok.is("func") && tok.isIdent()) {
      i++;
      expect("(");
      skipBalanced("(", ")", 1);
      if (at("(")) {
        i++;
        skipBalanced("(", ")", 1);
      } else if (!at(";") && !at("}") && !at(")") && !at(",") && !(i < t.size() && t.get(i).kind() == GoToken.Kind.STRING)) {
        type();
      }
      return new GoType.Opaque("func");
    }
    return typeName();
  }

  private GoType.Named typeName() throws CrdException {
    GoToken first = expectIdent("a type");
    if (at(".")) {
      i++;
      GoToken name = expectIdent("a type name after " + first.text() + ".");
      String path = file.importPathOf(first.text());
      if (path == null) {
        throw error(first, first.text() + "." + name.text() + ": " + first.text() + " is not an imported package");
      }
      return new GoType.Named(path, name.text(), typeArgs());
    }
    if (PREDECLARED.contains(first.text())) {
      return new GoType.Named(null, first.text());
    }
    return new GoType.Named(file.packagePath(), first.text(), typeArgs());
  }

  /** The type arguments of an instantiated generic type ({@code Pair[string, int]}), none when not one. */
  private List<GoType> typeArgs() throws CrdException {
    if (!at("[") || next(1) == null || next(1).is("]")) {
      return List.of();
    }
    i++;
    List<GoType> args = new ArrayList<>();
    args.add(type());
    while (at(",")) {
      i++;
      if (at("]")) {
        break;
      }
      args.add(type());
    }
    expect("]");
    return List.copyOf(args);
  }

  private GoType.Struct struct() throws CrdException {
    expect("{");
    List<GoField> fields = new ArrayList<>();
    while (true) {
      GoToken tok = peek("a field or '}'");
      if (tok.is(";")) {
        i++;
        continue;
      }
      if (tok.is("}")) {
        i++;
        return new GoType.Struct(List.copyOf(fields));
      }
      int line = tok.line();
      List<String> names = new ArrayList<>();
      GoType type;
      boolean embedded;
      if (tok.is("*") || (tok.isIdent() && next(1).is(".")) || (tok.isIdent() && endsField(next(1)))) {
        embedded = true;
        boolean pointer = tok.is("*");
        if (pointer) {
          i++;
        }
        GoType.Named named = typeName();
        names.add(named.name());
        type = pointer ? new GoType.Pointer(named) : named;
      } else {
        embedded = false;
        names.add(expectIdent("a field name").text());
        while (at(",")) {
          i++;
          names.add(expectIdent("a field name").text());
        }
        type = type();
      }
      String tag = "";
      if (i < t.size() && t.get(i).kind() == GoToken.Kind.STRING) {
        tag = t.get(i).value();
        i++;
      }
      TreeMap<Integer, String> doc = comments.docOf(line);
      List<Marker> markers = markers(doc);
      for (String n : names) {
        fields.add(new GoField(n, embedded, type, tag, comments.docLines(doc), markers, line));
      }
    }
  }

  private static boolean endsField(GoToken next) {
    return next == null || next.is(";") || next.is("}") || next.kind() == GoToken.Kind.STRING;
  }

  private List<Marker> markers(TreeMap<Integer, String> group) throws CrdException {
    List<Marker> out = new ArrayList<>();
    for (var e : group.entrySet()) {
      if (comments.isBlock(e.getKey())) {
        continue; // controller-gen reads markers from line comments only
      }
      try {
        Marker m = MarkerRegistry.parse(e.getValue(), file.display(), e.getKey());
        if (m != null) {
          out.add(m);
        }
      } catch (MarkerRegistry.UnknownMarker u) {
        warnings.accept(u.getMessage());
      }
    }
    return out;
  }

  private void skipBalanced(String open, String close, int depth) throws CrdException {
    while (depth > 0) {
      GoToken tok = peek("'" + close + "'");
      if (tok.is(open)) {
        depth++;
      } else if (tok.is(close)) {
        depth--;
      }
      i++;
    }
  }

  private boolean at(String op) {
    return i < t.size() && t.get(i).is(op);
  }

  private GoToken next(int ahead) {
    return i + ahead < t.size() ? t.get(i + ahead) : null;
  }

  private GoToken peek(String expected) throws CrdException {
    if (i >= t.size()) {
      GoToken last = t.get(t.size() - 1);
      throw error(last, "unexpected end of file, expected " + expected);
    }
    return t.get(i);
  }

  private GoToken expectIdent(String what) throws CrdException {
    GoToken tok = peek(what);
    if (!tok.isIdent()) {
      throw error(tok, "expected " + what + ", found '" + tok.text() + "'");
    }
    i++;
    return tok;
  }

  private void expect(String op) throws CrdException {
    GoToken tok = peek("'" + op + "'");
    if (!tok.is(op)) {
      throw error(tok, "expected '" + op + "', found '" + tok.text() + "'");
    }
    i++;
  }

  private CrdException error(GoToken at, String what) {
    return new CrdException(file.display() + ":" + at.line() + ": " + what);
  }
}

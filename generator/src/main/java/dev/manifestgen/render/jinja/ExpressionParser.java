package dev.manifestgen.render.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses the expressions of the Jinja subset, with Jinja's precedence (lowest first):
 * {@code or}, {@code and}, {@code not}, comparisons and {@code in}, {@code ~}, filters.
 * Anything else (arithmetic, subscripts, tests, calls other than macros and fail) is refused.
 */
public final class ExpressionParser {
  private static final Set<String> COMPARISONS = Set.of("==", "!=", ">", "<", ">=", "<=");

  private final String path;
  private final int line;
  private final List<String> tokens;
  private int pos;

  private ExpressionParser(String path, int line, List<String> tokens) {
    this.path = path;
    this.line = line;
    this.tokens = tokens;
  }

  public static Expr parse(String path, int line, String source) throws TemplateSyntaxException {
    ExpressionParser p = new ExpressionParser(path, line, tokenize(path, line, source));
    if (p.tokens.isEmpty()) {
      throw TemplateSyntaxException.at(path, line, "empty expression");
    }
    Expr e = p.or();
    if (p.pos < p.tokens.size()) {
      throw p.unexpected();
    }
    return e;
  }

  private Expr or() throws TemplateSyntaxException {
    Expr e = and();
    while (accept("or")) {
      e = new Expr.Binary("or", e, and());
    }
    return e;
  }

  private Expr and() throws TemplateSyntaxException {
    Expr e = not();
    while (accept("and")) {
      e = new Expr.Binary("and", e, not());
    }
    return e;
  }

  private Expr not() throws TemplateSyntaxException {
    if (accept("not")) {
      return new Expr.Not(not());
    }
    return comparison();
  }

  private Expr comparison() throws TemplateSyntaxException {
    Expr left = concat();
    String t = peek();
    if (t != null && COMPARISONS.contains(t)) {
      pos++;
      return new Expr.Binary(t, left, concat());
    }
    if ("in".equals(t)) {
      pos++;
      return new Expr.Binary("in", left, concat());
    }
    if ("not".equals(t) && "in".equals(peek(1))) {
      pos += 2;
      return new Expr.Not(new Expr.Binary("in", left, concat()));
    }
    if ("is".equals(t)) {
      throw TemplateSyntaxException.unsupported(path, line, "the test 'is " + peek(1) + "'");
    }
    return left;
  }

  private Expr concat() throws TemplateSyntaxException {
    Expr e = filtered();
    while (accept("~")) {
      e = new Expr.Binary("~", e, filtered());
    }
    return e;
  }

  private Expr filtered() throws TemplateSyntaxException {
    Expr e = primary();
    while (accept("|")) {
      String name = identifier("a filter name");
      List<Expr> args = new ArrayList<>();
      if (accept("(")) {
        if (!accept(")")) {
          do {
            args.add(or());
          } while (accept(","));
          expect(")");
        }
      }
      e = new Expr.Filter(e, name, List.copyOf(args));
    }
    return e;
  }

  private Expr primary() throws TemplateSyntaxException {
    String t = peek();
    if (t == null) {
      throw TemplateSyntaxException.at(path, line, "the expression ends too early");
    }
    if (accept("(")) {
      Expr e = or();
      expect(")");
      return e;
    }
    if (t.startsWith("'") || t.startsWith("\"")) {
      pos++;
      return new Expr.Literal(t.substring(1));
    }
    if (Character.isDigit(t.charAt(0)) || (t.startsWith("-") && t.length() > 1)) {
      pos++;
      if (!t.matches("-?[0-9]+")) {
        throw TemplateSyntaxException.unsupported(path, line, "the number " + t + " (only integers are)");
      }
      return new Expr.Literal(Long.parseLong(t));
    }
    switch (t) {
      case "true", "True" -> {
        pos++;
        return new Expr.Literal(true);
      }
      case "false", "False" -> {
        pos++;
        return new Expr.Literal(false);
      }
      case "none", "None" -> throw TemplateSyntaxException.unsupported(path, line, "none");
      case "[", "{" -> throw TemplateSyntaxException.unsupported(path, line, "a list or dict literal");
      default -> { }
    }
    String name = identifier("a name");
    if (accept("(")) {
      if (name.equals("fail")) {
        String message = peek();
        if (message == null || !(message.startsWith("'") || message.startsWith("\""))) {
          throw TemplateSyntaxException.at(path, line, "fail() takes one string literal");
        }
        pos++;
        expect(")");
        return new Expr.Fail(message.substring(1));
      }
      if (!accept(")")) {
        throw TemplateSyntaxException.unsupported(path, line, "calling " + name + "() with arguments (macros take none)");
      }
      return new Expr.MacroCall(name);
    }
    List<String> parts = new ArrayList<>(List.of(name));
    while (accept(".")) {
      parts.add(identifier("a name after '.'"));
    }
    if ("(".equals(peek())) {
      throw TemplateSyntaxException.unsupported(path, line, "the method call " + String.join(".", parts) + "()");
    }
    if ("[".equals(peek())) {
      throw TemplateSyntaxException.unsupported(path, line, "the subscript " + String.join(".", parts) + "[...]");
    }
    return new Expr.Var(List.copyOf(parts));
  }

  private String identifier(String what) throws TemplateSyntaxException {
    String t = peek();
    if (t == null || !(Character.isLetter(t.charAt(0)) || t.charAt(0) == '_')) {
      throw TemplateSyntaxException.at(path, line, "expected " + what + (t == null ? " at the end" : ", found '" + t + "'"));
    }
    pos++;
    return t;
  }

  private TemplateSyntaxException unexpected() {
    String t = peek();
    if (t != null && Set.of("+", "-", "*", "/", "%", "//", "**").contains(t)) {
      return TemplateSyntaxException.unsupported(path, line, "the operator '" + t + "'");
    }
    if ("if".equals(t)) {
      return TemplateSyntaxException.unsupported(path, line, "an inline if expression");
    }
    if ("[".equals(t)) {
      return TemplateSyntaxException.unsupported(path, line, "a subscript [...]");
    }
    return TemplateSyntaxException.at(path, line, "unexpected '" + t + "' in the expression");
  }

  private String peek() {
    return peek(0);
  }

  private String peek(int ahead) {
    return pos + ahead < tokens.size() ? tokens.get(pos + ahead) : null;
  }

  private boolean accept(String t) {
    if (t.equals(peek())) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(String t) throws TemplateSyntaxException {
    if (!accept(t)) {
      throw TemplateSyntaxException.at(path, line, "expected '" + t + "'" + (peek() == null ? " at the end" : ", found '" + peek() + "'"));
    }
  }

  /**
   * Expression tokens; a string literal becomes its quote character followed by its decoded value
   * (so {@code 'a'} is the token {@code 'a}).
   */
  static List<String> tokenize(String path, int line, String s) throws TemplateSyntaxException {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        StringBuilder value = new StringBuilder().append(c);
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != c) {
          char d = s.charAt(j);
          if (d == '\\' && j + 1 < s.length()) {
            char e = s.charAt(++j);
            value.append(switch (e) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case '\\', '\'', '"' -> e;
              default -> throw TemplateSyntaxException.unsupported(path, line, "the string escape \\" + e);
            });
          } else {
            value.append(d);
          }
          j++;
        }
        if (j >= s.length()) {
          throw TemplateSyntaxException.at(path, line, "unterminated string");
        }
        out.add(value.toString());
        i = j + 1;
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        int j = i;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      } else {
        String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
        if (Set.of("==", "!=", ">=", "<=", "//", "**").contains(two)) {
          out.add(two);
          i += 2;
        } else if ("|().,~<>+-*/%[]{}".indexOf(c) >= 0) {
          out.add(String.valueOf(c));
          i++;
        } else {
          throw TemplateSyntaxException.unsupported(path, line, "the character '" + c + "' in an expression");
        }
      }
    }
    return out;
  }
}

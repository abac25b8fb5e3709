package dev.manifestgen.golang;

import dev.manifestgen.golang.GoToken.Kind;
import dev.manifestgen.golang.GoValue.Bool;
import dev.manifestgen.golang.GoValue.Duration;
import dev.manifestgen.golang.GoValue.Float;
import dev.manifestgen.golang.GoValue.Int;
import dev.manifestgen.golang.GoValue.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the constant expressions flag definitions use: literals, constants (in the same package
 * or through an import), string concatenation, integer and duration arithmetic ({@code 24 * time.Hour},
 * {@code time.Duration(15) * time.Second}), numeric conversions and slice literals. Anything else
 * (a function call, a variable) has no value here: {@link #evaluate} returns null rather than guess.
 */
public final class GoExpressions {
  /** Looks up a constant: {@code pkg} is null for a name of the file's own package. */
  public interface Scope {
    GoValue constant(GoFile file, String pkg, String name);
  }

  private static final Map<String, Long> TIME_UNITS = Map.of("Nanosecond", 1L, "Microsecond", 1_000L,
      "Millisecond", 1_000_000L, "Second", 1_000_000_000L, "Minute", 60_000_000_000L, "Hour", 3_600_000_000_000L);

  private static final class NotConstant extends RuntimeException {
    NotConstant() {
      super(null, null, false, false);
    }
  }

  private final GoFile file;
  private final List<GoToken> t;
  private final Scope scope;
  private int pos;
  private final int end;

  private GoExpressions(GoFile file, List<GoToken> tokens, Scope scope) {
    this.file = file;
    this.t = tokens;
    this.scope = scope;
    this.end = tokens.size();
  }

  /** The value of the whole token list as one expression; null when it is not a constant this class can compute. */
  public static GoValue evaluate(GoFile file, List<GoToken> tokens, Scope scope) {
    if (tokens.isEmpty()) {
      return null;
    }
    GoExpressions e = new GoExpressions(file, tokens, scope);
    try {
      GoValue v = e.binary(1);
      return e.pos == e.end ? v : null;
    } catch (NotConstant | ArithmeticException | NumberFormatException | IndexOutOfBoundsException x) {
      return null;
    }
  }

  private static int precedence(String op) {
    return switch (op) {
      case "||" -> 1;
      case "&&" -> 2;
      case "==", "!=", "<", "<=", ">", ">=" -> 3;
      case "+", "-", "|", "^" -> 4;
      case "*", "/", "%", "<<", ">>", "&", "&^" -> 5;
      default -> 0;
    };
  }

  private GoValue binary(int minPrecedence) {
    GoValue left = unary();
    while (pos < end && t.get(pos).kind() == Kind.OP && precedence(t.get(pos).text()) >= minPrecedence) {
      String op = t.get(pos).text();
      pos++;
      GoValue right = binary(precedence(op) + 1);
      left = apply(op, left, right);
    }
    return left;
  }

  private GoValue unary() {
    GoToken tok = next();
    if (tok.is("-")) {
      GoValue v = unary();
      if (v instanceof Int i) {
        return new Int(-i.value());
      }
      if (v instanceof Float f) {
        return new Float(-f.value());
      }
      if (v instanceof Duration d) {
        return new Duration(-d.nanos());
      }
      throw new NotConstant();
    }
    if (tok.is("+")) {
      return unary();
    }
    if (tok.is("!")) {
      if (unary() instanceof Bool b) {
        return new Bool(!b.value());
      }
      throw new NotConstant();
    }
    pos--;
    return primary();
  }

  private GoValue primary() {
    GoToken tok = next();
    switch (tok.kind()) {
      case STRING:
        return new Str(tok.value());
      case CHAR:
        return new Int(tok.value().codePointAt(0));
      case INT:
        return new Int(parseInt(tok.text()));
      case FLOAT:
        return new Float(Double.parseDouble(tok.text().replace("_", "")));
      case IMAG:
        throw new NotConstant();
      default:
        break;
    }
    if (tok.is("(")) {
      GoValue v = binary(1);
      expect(")");
      return v;
    }
    if (tok.is("[")) {
      expect("]");
      skipType();
      return sliceLiteral();
    }
    if (tok.is("map")) {
      expect("[");
      skipType();
      expect("]");
      skipType();
      expect("{");
      expect("}");
      return new GoValue.EmptyMap();
    }
    if (!tok.isIdent()) {
      throw new NotConstant();
    }
    String name = tok.text();
    if (peek(".") && pos + 1 < end && t.get(pos + 1).isIdent()) {
      String member = t.get(pos + 1).text();
      pos += 2;
      if (peek("(")) {
        return conversion(name + "." + member);
      }
      if (file.refersTo(name, "time") && TIME_UNITS.containsKey(member)) {
        return new Duration(TIME_UNITS.get(member));
      }
      return known(scope.constant(file, name, member));
    }
    if (peek("(")) {
      return conversion(name);
    }
    return switch (name) {
      case "true" -> new Bool(true);
      case "false" -> new Bool(false);
      case "nil" -> new GoValue.Nil();
      case "iota" -> throw new NotConstant();
      default -> known(scope.constant(file, null, name));
    };
  }

  private GoValue conversion(String type) {
    expect("(");
    GoValue v = binary(1);
    expect(")");
    if (type.endsWith(".Duration") && file.refersTo(type.substring(0, type.indexOf('.')), "time")) {
      if (v instanceof Int i) {
        return new Duration(i.value());
      }
      if (v instanceof Duration) {
        return v;
      }
      throw new NotConstant();
    }
    switch (type) {
      case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "rune", "byte" -> {
        if (v instanceof Int) {
          return v;
        }
        if (v instanceof Duration d) {
          return new Int(d.nanos());
        }
        throw new NotConstant();
      }
      case "float32", "float64" -> {
        if (v instanceof Int i) {
          return new Float(i.value());
        }
        if (v instanceof Float) {
          return v;
        }
        throw new NotConstant();
      }
      case "string" -> {
        if (v instanceof Str) {
          return v;
        }
        throw new NotConstant();
      }
      case "bool" -> {
        if (v instanceof Bool) {
          return v;
        }
        throw new NotConstant();
      }
      default -> throw new NotConstant();
    }
  }

  private GoValue sliceLiteral() {
    expect("{");
    List<GoValue> elements = new ArrayList<>();
    while (!peek("}")) {
      if (peek(";")) {
        pos++;
        continue;
      }
      elements.add(binary(1));
      if (peek(",")) {
        pos++;
      } else if (peek(";")) {
        pos++;
      } else if (!peek("}")) {
        throw new NotConstant();
      }
    }
    pos++;
    return new GoValue.Slice(elements);
  }

  /** Skips a simple type: {@code string}, {@code time.Duration}, {@code *T}. */
  private void skipType() {
    while (peek("*")) {
      pos++;
    }
    if (!next().isIdent()) {
      throw new NotConstant();
    }
    if (peek(".")) {
      pos++;
      if (!next().isIdent()) {
        throw new NotConstant();
      }
    }
  }

  private static GoValue known(GoValue v) {
    if (v == null) {
      throw new NotConstant();
    }
    return v;
  }

  private static GoValue apply(String op, GoValue a, GoValue b) {
    if (a instanceof Str x && b instanceof Str y) {
      return switch (op) {
        case "+" -> new Str(x.value() + y.value());
        case "==" -> new Bool(x.value().equals(y.value()));
        case "!=" -> new Bool(!x.value().equals(y.value()));
        default -> throw new NotConstant();
      };
    }
    if (a instanceof Bool x && b instanceof Bool y) {
      return switch (op) {
        case "&&" -> new Bool(x.value() && y.value());
        case "||" -> new Bool(x.value() || y.value());
        case "==" -> new Bool(x.value() == y.value());
        case "!=" -> new Bool(x.value() != y.value());
        default -> throw new NotConstant();
      };
    }
    if (a instanceof Duration || b instanceof Duration) {
      long x = nanos(a);
      long y = nanos(b);
      return switch (op) {
        case "+" -> new Duration(Math.addExact(x, y));
        case "-" -> new Duration(Math.subtractExact(x, y));
        case "*" -> new Duration(Math.multiplyExact(x, y));
        case "/" -> new Duration(x / y);
        case "%" -> new Duration(x % y);
        default -> compare(op, Long.compare(x, y));
      };
    }
    if (a instanceof Int x && b instanceof Int y) {
      long l = x.value();
      long r = y.value();
      return switch (op) {
        case "+" -> new Int(Math.addExact(l, r));
        case "-" -> new Int(Math.subtractExact(l, r));
        case "*" -> new Int(Math.multiplyExact(l, r));
        case "/" -> new Int(l / r);
        case "%" -> new Int(l % r);
        case "<<" -> new Int(l << r);
        case ">>" -> new Int(l >> r);
        case "&" -> new Int(l & r);
        case "|" -> new Int(l | r);
        case "^" -> new Int(l ^ r);
        case "&^" -> new Int(l & ~r);
        default -> compare(op, Long.compare(l, r));
      };
    }
    if ((a instanceof Int || a instanceof Float) && (b instanceof Int || b instanceof Float)) {
      double l = a instanceof Int i ? i.value() : ((Float) a).value();
      double r = b instanceof Int i ? i.value() : ((Float) b).value();
      return switch (op) {
        case "+" -> new Float(l + r);
        case "-" -> new Float(l - r);
        case "*" -> new Float(l * r);
        case "/" -> new Float(l / r);
        default -> compare(op, Double.compare(l, r));
      };
    }
    throw new NotConstant();
  }

  private static long nanos(GoValue v) {
    if (v instanceof Duration d) {
      return d.nanos();
    }
    if (v instanceof Int i) {
      return i.value();
    }
    throw new NotConstant();
  }

  private static GoValue compare(String op, int c) {
    return switch (op) {
      case "==" -> new Bool(c == 0);
      case "!=" -> new Bool(c != 0);
      case "<" -> new Bool(c < 0);
      case "<=" -> new Bool(c <= 0);
      case ">" -> new Bool(c > 0);
      case ">=" -> new Bool(c >= 0);
      default -> throw new NotConstant();
    };
  }

  static long parseInt(String text) {
    String s = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
    if (s.startsWith("0x")) {
      return Long.parseLong(s.substring(2), 16);
    }
    if (s.startsWith("0b")) {
      return Long.parseLong(s.substring(2), 2);
    }
    if (s.startsWith("0o")) {
      return Long.parseLong(s.substring(2), 8);
    }
    if (s.length() > 1 && s.startsWith("0")) {
      return Long.parseLong(s.substring(1), 8);
    }
    return Long.parseLong(s);
  }

  private GoToken next() {
    if (pos >= end) {
      throw new NotConstant();
    }
    return t.get(pos++);
  }

  private boolean peek(String op) {
    return pos < end && t.get(pos).is(op);
  }

  private void expect(String op) {
    if (!next().is(op)) {
      throw new NotConstant();
    }
  }
}

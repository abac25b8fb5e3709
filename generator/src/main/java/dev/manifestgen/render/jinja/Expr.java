package dev.manifestgen.render.jinja;

import java.util.List;

/** An expression of the supported Jinja subset. */
public sealed interface Expr {
  /** A string, integer or boolean literal. */
  record Literal(Object value) implements Expr {}

  /** A dotted name: {@code values.replicas}, {@code release.name}, a loop variable. */
  record Var(List<String> path) implements Expr {
    public String root() {
      return path.get(0);
    }

    public String dotted() {
      return String.join(".", path);
    }
  }

  /** A call of a macro from _helpers.j2, without arguments. */
  record MacroCall(String name) implements Expr {}

  /** {@code fail('message')}. */
  record Fail(String message) implements Expr {}

  /** {@code input | name(args)}. */
  record Filter(Expr input, String name, List<Expr> args) implements Expr {}

  /** {@code not operand}. */
  record Not(Expr operand) implements Expr {}

  /** and, or, ==, !=, &gt;, &lt;, &gt;=, &lt;=, in, ~ (string concatenation). */
  record Binary(String op, Expr left, Expr right) implements Expr {}
}

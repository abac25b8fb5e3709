package dev.manifestgen.render.jinja;

import java.util.List;

/**
 * The structure of a template. Nodes refer to their tokens by index so the chart compiler can
 * reproduce the whitespace of every tag exactly.
 */
public sealed interface Node {
  record Text(int token) implements Node {}

  record Output(int token, Expr expr) implements Node {}

  record Comment(int token) implements Node {}

  /** {@code {% from 'FILE' import a, b %}}. */
  record Import(int token, String file, List<String> names) implements Node {}

  /** if / elif / else / endif; an else branch has a null condition. */
  record If(List<Branch> branches, int endToken) implements Node {}

  record Branch(int token, Expr condition, List<Node> body) {}

  /** {@code {% for VAR in VALUE %}} ... {@code {% endfor %}}. */
  record For(int token, String variable, Expr iterable, List<Node> body, int endToken) implements Node {}

  /** {@code {% macro NAME() -%}} ... {@code {%- endmacro %}}. */
  record Macro(int token, String name, List<Node> body, int endToken) implements Node {}
}

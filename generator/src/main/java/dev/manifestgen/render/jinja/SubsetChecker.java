package dev.manifestgen.render.jinja;

import dev.manifestgen.values.Suggestions;
import dev.manifestgen.values.ValueDefinition;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.ValueType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a parsed template against the rules of the subset that a tree of nodes alone does not
 * show, and infers expression types for the chart compiler:
 *
 * <ul>
 *   <li>every {@code values.*} path exists in config/values.yaml; loops run over list values;
 *   <li>in manifest templates, a string is printed only through quote or to_yaml and a number only
 *       through int, so no value can inject YAML and Helm never prints 1e+06;
 *   <li>{@code indent(N)} ends an expression that stands alone on its line after N spaces;
 *   <li>{@code and}, {@code or}, {@code not} and comparisons only in if conditions.
 * </ul>
 */
public final class SubsetChecker {
  public static final Set<String> FILTERS = Set.of("quote", "to_yaml", "tojson", "indent", "default", "lower",
      "b64encode", "join", "int", "trunc", "trimsuffix", "semver_compare", "sha256");
  private static final Set<String> SAFE_FILTERS = Set.of("quote", "to_yaml", "tojson", "int");

  /** What kind of file a template is: the printing rules differ. */
  public enum Context { MANIFEST, HELPERS, NOTES }

  private final ValueDefinitions definitions;
  private final Set<String> macros;
  private final Context context;
  private final Template template;
  private final Map<String, ValueDefinition> loopVariables = new HashMap<>();
  private Set<String> imported = Set.of();
  private boolean inMacro;

  private SubsetChecker(ValueDefinitions definitions, Set<String> macros, Context context, Template template) {
    this.definitions = definitions;
    this.macros = macros;
    this.context = context;
    this.template = template;
  }

  /** Checks the template; {@code macros} are the names _helpers.j2 defines. */
  public static void check(Template template, Context context, ValueDefinitions definitions, Set<String> macros)
      throws TemplateSyntaxException {
    new SubsetChecker(definitions, macros, context, template).nodes(template.nodes());
  }

  /** The type of an expression in a scope of loop variables (the chart compiler's view). */
  public static ExprType typeOf(Expr e, ValueDefinitions definitions, Set<String> macros,
      Map<String, ValueDefinition> loopVariables) {
    SubsetChecker c = new SubsetChecker(definitions, macros, Context.HELPERS, new Template("", List.of(), List.of()));
    c.loopVariables.putAll(loopVariables);
    c.imported = macros;
    try {
      return c.type(e, 0);
    } catch (TemplateSyntaxException ex) {
      throw new IllegalStateException("typeOf on an unchecked template: " + ex.getMessage());
    }
  }

  private String path() {
    return template.path();
  }

  private void nodes(List<Node> nodes) throws TemplateSyntaxException {
    for (Node n : nodes) {
      node(n);
    }
  }

  private void node(Node n) throws TemplateSyntaxException {
    if (n instanceof Node.Import imp) {
      importNode(imp);
    } else if (n instanceof Node.Output o) {
      output(o);
    } else if (n instanceof Node.If i) {
      for (Node.Branch b : i.branches()) {
        if (b.condition() != null) {
          type(b.condition(), template.token(b.token()).line());
        }
        nodes(b.body());
      }
    } else if (n instanceof Node.For f) {
      forNode(f);
    } else if (n instanceof Node.Macro m) {
      if (context != Context.HELPERS) {
        throw TemplateSyntaxException.at(path(), template.token(m.token()).line(), "macros are defined in _helpers.j2 only");
      }
      inMacro = true;
      nodes(m.body());
      inMacro = false;
    }
  }

  private void importNode(Node.Import imp) throws TemplateSyntaxException {
    int line = template.token(imp.token()).line();
    if (context == Context.HELPERS) {
      throw TemplateSyntaxException.at(path(), line, "_helpers.j2 defines the macros; it imports none");
    }
    if (!imp.file().equals("_helpers.j2")) {
      throw TemplateSyntaxException.unsupported(path(), line, "importing from " + imp.file() + " (only _helpers.j2)");
    }
    for (String name : imp.names()) {
      if (!macros.contains(name)) {
        throw TemplateSyntaxException.at(path(), line, "_helpers.j2 has no macro " + name + hint(name, macros));
      }
    }
    imported = Set.copyOf(imp.names());
  }

  private void forNode(Node.For f) throws TemplateSyntaxException {
    int line = template.token(f.token()).line();
    if (!(f.iterable() instanceof Expr.Var v) || !v.root().equals("values")) {
      throw TemplateSyntaxException.unsupported(path(), line, "a loop over something that is not a value");
    }
    ExprType t = type(f.iterable(), line);
    if (t.type() != ValueType.LIST) {
      throw TemplateSyntaxException.unsupported(path(), line, "a loop over " + v.dotted() + ", a " + t.type().label()
          + " (loops run over lists; write maps out with to_yaml)");
    }
    if (Set.of("values", "release", "chart", "capabilities", "operator", "loop").contains(f.variable())
        || loopVariables.containsKey(f.variable())) {
      throw TemplateSyntaxException.at(path(), line, "the loop variable " + f.variable() + " hides another name");
    }
    loopVariables.put(f.variable(), t.definition());
    nodes(f.body());
    loopVariables.remove(f.variable());
  }

  private void output(Node.Output o) throws TemplateSyntaxException {
    Token token = template.token(o.token());
    int line = token.line();
    Expr e = o.expr();
    if (e instanceof Expr.Fail) {
      return;
    }
    if (e instanceof Expr.Binary b && !b.op().equals("~") || e instanceof Expr.Not) {
      throw TemplateSyntaxException.unsupported(path(), line, "printing a condition (and/or/not/comparisons go in {% if %})");
    }
    ExprType t = type(e, line);
    if (e instanceof Expr.Filter f && f.name().equals("indent")) {
      long width = (Long) ((Expr.Literal) f.args().get(0)).value();
      if (!token.aloneOnLine() || !token.indent().equals(" ".repeat((int) width))) {
        throw TemplateSyntaxException.unsupported(path(), line, "indent(" + width + ") here: an indented expression must"
            + " stand alone on its line, after exactly " + width + " spaces (it becomes nindent in the chart)");
      }
    }
    if (context != Context.MANIFEST || inMacro) {
      return;
    }
    boolean yamlBlock = e instanceof Expr.MacroCall && token.aloneOnLine();
    if (t.safe() || t.type() == ValueType.BOOLEAN || yamlBlock) {
      return;
    }
    if (t.isNumeric()) {
      throw TemplateSyntaxException.at(path(), line, "print numbers with | int (Helm prints 1000000 as 1e+06 otherwise)");
    }
    throw TemplateSyntaxException.at(path(), line, "print strings with | quote or | to_yaml, so that no value can inject YAML");
  }

  private ExprType type(Expr e, int line) throws TemplateSyntaxException {
    if (e instanceof Expr.Literal l) {
      ValueType t = l.value() instanceof String ? ValueType.STRING : l.value() instanceof Long ? ValueType.INTEGER : ValueType.BOOLEAN;
      return ExprType.of(t, !(l.value() instanceof String), ExprType.Origin.LITERAL);
    }
    if (e instanceof Expr.Var v) {
      return variable(v, line);
    }
    if (e instanceof Expr.MacroCall m) {
      if (!(inMacro ? macros : imported).contains(m.name())) {
        throw TemplateSyntaxException.at(path(), line, "no macro " + m.name() + " here"
            + (inMacro ? hint(m.name(), macros) : "; import it: {% from '_helpers.j2' import " + m.name() + " %}"));
      }
      return ExprType.of(ValueType.STRING, false, ExprType.Origin.MACRO);
    }
    if (e instanceof Expr.Not n) {
      type(n.operand(), line);
      return ExprType.of(ValueType.BOOLEAN, true, ExprType.Origin.COMPUTED);
    }
    if (e instanceof Expr.Binary b) {
      return binary(b, line);
    }
    if (e instanceof Expr.Filter f) {
      return filter(f, line);
    }
    throw TemplateSyntaxException.unsupported(path(), line, "fail() inside an expression (write {{ fail('...') }})");
  }

  private ExprType variable(Expr.Var v, int line) throws TemplateSyntaxException {
    List<String> p = v.path();
    switch (p.get(0)) {
      case "values" -> {
        if (p.size() < 2) {
          throw TemplateSyntaxException.unsupported(path(), line, "values as a whole");
        }
        ValueDefinition d = definitions.root();
        for (int i = 1; i < p.size(); i++) {
          if (d.type() != ValueType.OBJECT) {
            return new ExprType(ValueType.ANY, false, null, ExprType.Origin.VALUE);
          }
          ValueDefinition child = d.properties().get(p.get(i));
          if (child == null) {
            String prefix = String.join(".", p.subList(0, i));
            throw TemplateSyntaxException.at(path(), line, prefix + "." + p.get(i) + ": no such value in "
                + definitions.displayName() + hint(p.get(i), d.properties().keySet(), prefix + "."));
          }
          d = child;
        }
        return new ExprType(d.type(), false, d, ExprType.Origin.VALUE);
      }
      case "release" -> {
        expectField(v, line, Set.of("name", "namespace"));
        return ExprType.of(ValueType.STRING, false, ExprType.Origin.RELEASE);
      }
      case "chart" -> {
        expectField(v, line, Set.of("name", "version", "app_version"));
        return ExprType.of(ValueType.STRING, false, ExprType.Origin.CHART);
      }
      case "capabilities" -> {
        expectField(v, line, Set.of("api_versions"));
        return ExprType.of(ValueType.LIST, false, ExprType.Origin.CAPABILITIES);
      }
      case "operator" -> {
        expectField(v, line, Set.copyOf(dev.manifestgen.render.OperatorFlags.FIELDS));
        return ExprType.of(ValueType.STRING, false, ExprType.Origin.OPERATOR);
      }
      default -> {
        if (!loopVariables.containsKey(p.get(0))) {
          throw TemplateSyntaxException.at(path(), line, "unknown name " + p.get(0)
              + " (known: values, release, chart, capabilities, operator and loop variables)");
        }
        ValueDefinition list = loopVariables.get(p.get(0));
        ValueType item = list == null || p.size() > 1 ? ValueType.ANY : list.itemType();
        return new ExprType(item, false, null, ExprType.Origin.LOOP);
      }
    }
  }

  private void expectField(Expr.Var v, int line, Set<String> fields) throws TemplateSyntaxException {
    if (v.path().size() != 2 || !fields.contains(v.path().get(1))) {
      throw TemplateSyntaxException.at(path(), line, v.dotted() + ": " + v.root() + " has " + String.join(", ", fields.stream().sorted().toList()));
    }
  }

  private ExprType binary(Expr.Binary b, int line) throws TemplateSyntaxException {
    ExprType left = type(b.left(), line);
    ExprType right = type(b.right(), line);
    switch (b.op()) {
      case "and", "or" -> {
        return ExprType.of(ValueType.BOOLEAN, true, ExprType.Origin.COMPUTED);
      }
      case "~" -> {
        return ExprType.of(ValueType.STRING, false, ExprType.Origin.COMPUTED);
      }
      case "in" -> {
        if (right.origin() == ExprType.Origin.CAPABILITIES) {
          if (!(b.left() instanceof Expr.Literal l && l.value() instanceof String)) {
            throw TemplateSyntaxException.at(path(), line, "test capabilities.api_versions for a literal API version");
          }
        } else if (right.type() != ValueType.STRING && right.type() != ValueType.LIST) {
          throw TemplateSyntaxException.unsupported(path(), line, "'in' over a " + right.type().label() + " (strings and lists only)");
        }
        return ExprType.of(ValueType.BOOLEAN, true, ExprType.Origin.COMPUTED);
      }
      default -> {
        if (left.origin() == ExprType.Origin.CAPABILITIES || right.origin() == ExprType.Origin.CAPABILITIES) {
          throw TemplateSyntaxException.unsupported(path(), line, "comparing capabilities.api_versions");
        }
        boolean ordering = !b.op().equals("==") && !b.op().equals("!=");
        if (ordering && !(left.isNumeric() && right.isNumeric())) {
          throw TemplateSyntaxException.unsupported(path(), line, "'" + b.op() + "' between a " + left.type().label()
              + " and a " + right.type().label() + " (only numbers are ordered)");
        }
        if (!ordering && left.isNumeric() != right.isNumeric() && left.type() != ValueType.ANY && right.type() != ValueType.ANY) {
          throw TemplateSyntaxException.unsupported(path(), line, "'" + b.op() + "' between a " + left.type().label()
              + " and a " + right.type().label());
        }
        return ExprType.of(ValueType.BOOLEAN, true, ExprType.Origin.COMPUTED);
      }
    }
  }

  private ExprType filter(Expr.Filter f, int line) throws TemplateSyntaxException {
    if (!FILTERS.contains(f.name())) {
      throw TemplateSyntaxException.at(path(), line, "the filter " + f.name() + " is not supported in chart templates"
          + hint(f.name(), FILTERS) + " (supported: " + String.join(", ", FILTERS.stream().sorted().toList()) + ")");
    }
    ExprType input = type(f.input(), line);
    int arity = switch (f.name()) {
      case "indent", "default", "join", "trunc", "trimsuffix", "semver_compare" -> 1;
      default -> 0;
    };
    if (f.args().size() != arity) {
      throw TemplateSyntaxException.at(path(), line, f.name() + " takes " + arity + " argument" + (arity == 1 ? "" : "s"));
    }
    for (Expr arg : f.args()) {
      if (!(arg instanceof Expr.Literal) && !(arg instanceof Expr.Var)) {
        throw TemplateSyntaxException.unsupported(path(), line, "a computed argument to " + f.name() + " (use a literal or a name)");
      }
      type(arg, line);
    }
    switch (f.name()) {
      case "indent", "trunc" -> literalOf(f, Long.class, line);
      case "join", "trimsuffix" -> literalOf(f, String.class, line);
      case "semver_compare" -> {
        String c = literalOf(f, String.class, line);
        if (dev.manifestgen.render.SemverConstraint.parse(c) == null) {
          throw TemplateSyntaxException.unsupported(path(), line, "the constraint '" + c + "' (write '>=X.Y.Z-0' or '<X.Y.Z-0')");
        }
      }
      default -> { }
    }
    return switch (f.name()) {
      case "quote", "tojson" -> ExprType.of(ValueType.STRING, true, ExprType.Origin.COMPUTED);
      case "to_yaml" -> ExprType.of(ValueType.STRING, true, ExprType.Origin.COMPUTED);
      case "int" -> ExprType.of(ValueType.INTEGER, true, ExprType.Origin.COMPUTED);
      case "semver_compare" -> ExprType.of(ValueType.BOOLEAN, true, ExprType.Origin.COMPUTED);
      case "indent" -> new ExprType(input.type(), input.safe() || input.origin() == ExprType.Origin.MACRO,
          null, ExprType.Origin.COMPUTED);
      case "default" -> new ExprType(input.type(), false, input.definition(), ExprType.Origin.COMPUTED);
      default -> ExprType.of(ValueType.STRING, false, ExprType.Origin.COMPUTED);
    };
  }

  @SuppressWarnings("unchecked")
  private <T> T literalOf(Expr.Filter f, Class<T> type, int line) throws TemplateSyntaxException {
    if (!(f.args().get(0) instanceof Expr.Literal l) || !type.isInstance(l.value())) {
      throw TemplateSyntaxException.at(path(), line, f.name() + " takes a " + (type == Long.class ? "number" : "string") + " literal");
    }
    return (T) l.value();
  }

  private static String hint(String name, Set<String> known) {
    return hint(name, known, "");
  }

  private static String hint(String name, Set<String> known, String prefix) {
    String close = Suggestions.closest(name, known);
    return close == null ? "" : "; did you mean " + prefix + close + "?";
  }
}

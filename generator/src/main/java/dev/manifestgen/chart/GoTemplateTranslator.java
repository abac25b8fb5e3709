package dev.manifestgen.chart;

import dev.manifestgen.render.HelmFunctions;
import dev.manifestgen.render.OperatorFlags;
import dev.manifestgen.render.jinja.Expr;
import dev.manifestgen.render.jinja.ExprType;
import dev.manifestgen.render.jinja.Node;
import dev.manifestgen.render.jinja.SubsetChecker;
import dev.manifestgen.render.jinja.Template;
import dev.manifestgen.render.jinja.Token;
import dev.manifestgen.values.ValueDefinition;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates one checked Jinja template into a Helm (Go) template that produces the same text.
 *
 * <h2>Whitespace</h2>
 * jinjava, with trim_blocks and lstrip_blocks, removes the spaces and tabs before every statement
 * or comment tag (not only at the start of a line, unlike Jinja2) and the one newline right after
 * it. For each text segment between two tags the translator computes the text jinjava emits (J),
 * then writes Go that emits the same:
 * <ul>
 *   <li>A tag alone on its line, when every tag of its if/for construct is, becomes
 *       {@code {{- tag }}} on the same line: Go removes the newline before the tag and keeps the
 *       one after, where jinjava keeps the one before and removes the one after. Every jump in a
 *       template goes from one tag of a construct to another tag of the same construct, so these
 *       moved newlines balance on every path. (At the very start of a file nothing precedes the
 *       tag: the Go output may then begin with one extra newline.)
 *   <li>An expression {@code {{ x | indent(N) }}} alone on its line after N spaces becomes
 *       {@code {{- x | nindent N }}}, which re-emits the newline and indent it trims.
 *   <li>Where the source text between two tags cannot be kept as it is (blank lines before a
 *       trimmed tag, an inline tag that jinjava trims), the exact text jinjava emits is written
 *       instead.
 * </ul>
 */
public final class GoTemplateTranslator {
  private final Template template;
  private final ValueDefinitions definitions;
  private final Set<String> macros;
  private final String definePrefix;
  private final OperatorFlags operator;
  /** Tokens (by index) of tags that use the {{- idiom. */
  private final Set<Integer> idiom = new HashSet<>();
  /** Expression tokens that become {{- ... | nindent N }}. */
  private final Set<Integer> nindent = new HashSet<>();
  /** Per token: whether its Go tag opens with a trim marker; decided while writing the text before it. */
  private final Map<Integer, Boolean> trimLeft = new HashMap<>();
  private final Map<String, ValueDefinition> loopVariables = new HashMap<>();
  private final StringBuilder out = new StringBuilder();
  private int rangeDepth;

  private GoTemplateTranslator(Template template, ValueDefinitions definitions, Set<String> macros, String definePrefix,
      OperatorFlags operator) {
    this.template = template;
    this.operator = operator;
    this.definitions = definitions;
    this.macros = macros;
    this.definePrefix = definePrefix;
  }

  /** The Go template for a checked template; defines are named {@code PREFIX.camelCaseName}. */
  public static String translate(Template template, ValueDefinitions definitions, Set<String> macros, String definePrefix) {
    return translate(template, definitions, macros, definePrefix, OperatorFlags.NONE);
  }

  /** As above, with the operator's flags written in as constants: a chart is compiled for one operator. */
  public static String translate(Template template, ValueDefinitions definitions, Set<String> macros, String definePrefix,
      OperatorFlags operator) {
    GoTemplateTranslator t = new GoTemplateTranslator(template, definitions, macros, definePrefix, operator);
    t.classify(template.nodes());
    t.nodes(template.nodes());
    t.textBefore(template.tokens().size());
    return t.out.toString();
  }

  /** The define name of a macro: {@code service_account_name} becomes {@code eck-operator.serviceAccountName}. */
  public static String defineName(String prefix, String macro) {
    StringBuilder s = new StringBuilder(prefix).append('.');
    boolean upper = false;
    for (char c : macro.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        s.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return s.toString();
  }

  // ---- classification ------------------------------------------------------------------------

  private void classify(List<Node> nodes) {
    for (Node n : nodes) {
      if (n instanceof Node.If i) {
        List<Integer> tags = new ArrayList<>();
        i.branches().forEach(b -> tags.add(b.token()));
        tags.add(i.endToken());
        markIfAlone(tags);
        i.branches().forEach(b -> classify(b.body()));
      } else if (n instanceof Node.For f) {
        markIfAlone(List.of(f.token(), f.endToken()));
        classify(f.body());
      } else if (n instanceof Node.Macro m) {
        classify(m.body());
      } else if (n instanceof Node.Comment c) {
        markIfAlone(List.of(c.token()));
      } else if (n instanceof Node.Output o && o.expr() instanceof Expr.Filter f && f.name().equals("indent")) {
        nindent.add(o.token());
      }
    }
  }

  private void markIfAlone(List<Integer> tags) {
    for (int t : tags) {
      Token token = template.token(t);
      if (!token.aloneOnLine() || token.dashLeft() || token.dashRight()) {
        return;
      }
    }
    idiom.addAll(tags);
  }

  // ---- text and whitespace -------------------------------------------------------------------

  /** Writes the text segment that ends right before token {@code next} (if that token is text-less, an empty one). */
  private void textBefore(int next) {
    int textIndex = next - 1;
    String source = textIndex >= 0 && template.token(textIndex).isText() ? template.token(textIndex).body() : "";
    int leftTag = source.isEmpty() && textIndex >= 0 && !template.token(textIndex).isText() ? textIndex
        : textIndex - 1;
    Token left = leftTag >= 0 ? template.token(leftTag) : null;
    Token right = next < template.tokens().size() ? template.token(next) : null;

    String jinja = jinjaText(source, left, right);
    boolean leftIdiom = left != null && idiom.contains(leftTag);
    boolean rightIdiom = right != null && idiom.contains(next);
    boolean rightNindent = right != null && nindent.contains(next);
    String go = leftIdiom ? "\n" + jinja : jinja;
    if (rightIdiom && go.endsWith("\n")) {
      go = go.substring(0, go.length() - 1);
    } else if (rightNindent) {
      String cut = "\n" + right.indent();
      if (go.endsWith(cut)) {
        go = go.substring(0, go.length() - cut.length());
      } else {
        nindent.remove(next);
        rightNindent = false;
      }
    }
    boolean goTrimsBefore = right != null && (rightIdiom || rightNindent || (right.isBlockLike() && right.dashLeft()));
    boolean goTrimsAfter = left != null && left.dashRight() && left.keyword().equals("macro");
    if (goTrim(source, goTrimsAfter, goTrimsBefore).equals(go)) {
      out.append(source);
      trimLeft.put(next, goTrimsBefore);
    } else if (goTrimsBefore && !go.isEmpty() && !Character.isWhitespace(go.charAt(go.length() - 1))
        && right.aloneOnLine()) {
      out.append(go).append('\n').append(right.indent());
      trimLeft.put(next, true);
    } else {
      if (rightNindent) {
        // Without the trim the expression must print the indent itself: "indent N" pads the first line too.
        nindent.remove(next);
        go = go + "\n";
      }
      out.append(go);
      trimLeft.put(next, false);
    }
  }

  /** The text jinjava emits for a segment, given the tags around it. */
  static String jinjaText(String s, Token left, Token right) {
    String t = s;
    if (left != null && left.isBlockLike()) {
      if (left.dashRight()) {
        t = t.stripLeading();
      } else if (t.startsWith("\n")) {
        t = t.substring(1);
      }
    }
    if (right != null && right.isBlockLike()) {
      if (right.dashLeft()) {
        t = t.stripTrailing();
      } else {
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '\t')) {
          end--;
        }
        t = t.substring(0, end);
      }
    }
    return t;
  }

  /** What Go makes of a text between actions with trim markers on either side. */
  static String goTrim(String s, boolean trimStart, boolean trimEnd) {
    String t = trimStart ? s.replaceFirst("^[ \\t\\r\\n]+", "") : s;
    return trimEnd ? t.replaceFirst("[ \\t\\r\\n]+$", "") : t;
  }

  private String open(int token) {
    return Boolean.TRUE.equals(trimLeft.get(token)) ? "{{- " : "{{ ";
  }

  // ---- nodes ---------------------------------------------------------------------------------

  private void nodes(List<Node> nodes) {
    for (Node n : nodes) {
      node(n);
    }
  }

  private void node(Node n) {
    if (n instanceof Node.Text) {
      return;
    }
    if (n instanceof Node.Output o) {
      textBefore(o.token());
      output(o);
    } else if (n instanceof Node.Comment c) {
      textBefore(c.token());
      String text = template.token(c.token()).body().replace("*/", "* /");
      // Go wants "/*" right after "{{" (or after "{{- ")
      String open = Boolean.TRUE.equals(trimLeft.get(c.token())) ? "{{- /* " : "{{/* ";
      out.append(open).append(text).append(" */").append(close(c.token()));
    } else if (n instanceof Node.Import i) {
      textBefore(i.token());
    } else if (n instanceof Node.If i) {
      boolean first = true;
      for (Node.Branch b : i.branches()) {
        textBefore(b.token());
        if (first) {
          out.append(open(b.token())).append("if ").append(condition(b.condition())).append(" }}");
        } else if (b.condition() != null) {
          out.append(open(b.token())).append("else if ").append(condition(b.condition())).append(" }}");
        } else {
          out.append(open(b.token())).append("else }}");
        }
        first = false;
        nodes(b.body());
      }
      textBefore(i.endToken());
      out.append(open(i.endToken())).append("end }}");
    } else if (n instanceof Node.For f) {
      textBefore(f.token());
      out.append(open(f.token())).append("range $").append(f.variable()).append(" := ")
          .append(expr(f.iterable(), false)).append(" }}");
      ExprType t = type(f.iterable());
      loopVariables.put(f.variable(), t.definition());
      rangeDepth++;
      nodes(f.body());
      rangeDepth--;
      loopVariables.remove(f.variable());
      textBefore(f.endToken());
      out.append(open(f.endToken())).append("end }}");
    } else if (n instanceof Node.Macro m) {
      textBefore(m.token());
      out.append(open(m.token())).append("define \"").append(defineName(definePrefix, m.name())).append("\" -}}");
      nodes(m.body());
      textBefore(m.endToken());
      out.append(open(m.endToken())).append("end }}");
    }
  }

  private String close(int token) {
    return template.token(token).dashRight() ? " -}}" : "}}";
  }

  /** The context macros are included with: the root ("$") inside a range, where "." is the item. */
  private String context() {
    return rangeDepth > 0 ? "$" : ".";
  }

  private void output(Node.Output o) {
    Expr e = o.expr();
    if (nindent.contains(o.token())) {
      Expr.Filter f = (Expr.Filter) e;
      long width = (Long) ((Expr.Literal) f.args().get(0)).value();
      out.append(open(o.token())).append(pipeline(f.input())).append(" | nindent ").append(width).append(" }}");
    } else if (e instanceof Expr.Filter f && f.name().equals("indent")) {
      long width = (Long) ((Expr.Literal) f.args().get(0)).value();
      out.append(open(o.token())).append(pipeline(f.input())).append(" | indent ").append(width).append(" }}");
    } else {
      out.append(open(o.token())).append(pipeline(e)).append(" }}");
    }
  }

  // ---- expressions ---------------------------------------------------------------------------

  private ExprType type(Expr e) {
    return SubsetChecker.typeOf(e, definitions, macros, loopVariables);
  }

  /** The prefix of .Values, .Release, ...: "$." inside a range, where "." is the item. */
  private String root() {
    return rangeDepth > 0 ? "$." : ".";
  }

  private String condition(Expr e) {
    if (e instanceof Expr.Var v && v.root().equals("operator")) {
      // a fact of the operator the chart is compiled for: the branch is always or never taken
      return String.valueOf(!String.valueOf(operator.asMap().get(v.path().get(1))).isEmpty());
    }
    return pipeline(e);
  }

  /** The expression as a Go pipeline (may contain '|' and spaces). */
  private String pipeline(Expr e) {
    if (e instanceof Expr.Filter f) {
      List<Expr.Filter> chain = new ArrayList<>();
      Expr head = f;
      while (head instanceof Expr.Filter hf) {
        chain.add(0, hf);
        head = hf.input();
      }
      StringBuilder s = new StringBuilder();
      int from = 0;
      if (chain.get(0).name().equals("to_yaml")) {
        s.append("toYaml ").append(expr(head, true));
        from = 1;
      } else if (chain.get(0).name().equals("tojson")) {
        s.append("toJson ").append(expr(head, true));
        from = 1;
      } else {
        s.append(expr(head, false));
      }
      for (Expr.Filter step : chain.subList(from, chain.size())) {
        s.append(" | ").append(filter(step));
      }
      return s.toString();
    }
    return expr(e, false);
  }

  private String filter(Expr.Filter f) {
    return switch (f.name()) {
      case "quote" -> "quote";
      case "to_yaml" -> "toYaml";
      case "tojson" -> "toJson";
      case "lower" -> "lower";
      case "b64encode" -> "b64enc";
      case "sha256" -> "sha256sum";
      case "int" -> "int";
      case "indent" -> "indent " + literal(f.args().get(0));
      case "default" -> "default " + expr(f.args().get(0), true);
      case "join" -> "join " + expr(f.args().get(0), true);
      case "trunc" -> "trunc " + expr(f.args().get(0), true);
      case "trimsuffix" -> "trimSuffix " + expr(f.args().get(0), true);
      case "semver_compare" -> "semverCompare " + expr(f.args().get(0), true);
      default -> throw new IllegalStateException("unchecked filter " + f.name());
    };
  }

  /** The expression as a Go operand; parenthesised when {@code asArgument} and it is not a single term. */
  private String expr(Expr e, boolean asArgument) {
    String s = bare(e);
    boolean single = !s.contains(" ") || s.startsWith("\"") && s.endsWith("\"") && !s.substring(1, s.length() - 1).contains("\"");
    return asArgument && !single ? "(" + s + ")" : s;
  }

  private String bare(Expr e) {
    if (e instanceof Expr.Literal) {
      return literal(e);
    }
    if (e instanceof Expr.Var v) {
      return variable(v);
    }
    if (e instanceof Expr.MacroCall m) {
      return "include \"" + defineName(definePrefix, m.name()) + "\" " + context();
    }
    if (e instanceof Expr.Fail f) {
      return "fail " + HelmFunctions.goQuoteForTemplate(f.message());
    }
    if (e instanceof Expr.Not n) {
      return "not " + expr(n.operand(), true);
    }
    if (e instanceof Expr.Filter) {
      return pipeline(e);
    }
    Expr.Binary b = (Expr.Binary) e;
    switch (b.op()) {
      case "and", "or" -> {
        return b.op() + " " + expr(b.left(), true) + " " + expr(b.right(), true);
      }
      case "~" -> {
        List<String> parts = new ArrayList<>();
        concatParts(b, parts);
        return "print " + String.join(" ", parts);
      }
      case "in" -> {
        ExprType right = type(b.right());
        if (right.origin() == ExprType.Origin.CAPABILITIES) {
          return root() + "Capabilities.APIVersions.Has " + expr(b.left(), true);
        }
        return (right.type() == ValueType.LIST ? "has " : "contains ") + expr(b.left(), true) + " " + expr(b.right(), true);
      }
      default -> {
        String op = switch (b.op()) {
          case "==" -> "eq";
          case "!=" -> "ne";
          case ">" -> "gt";
          case "<" -> "lt";
          case ">=" -> "ge";
          default -> "le";
        };
        return op + " " + comparand(b.left()) + " " + comparand(b.right());
      }
    }
  }

  private void concatParts(Expr e, List<String> parts) {
    if (e instanceof Expr.Binary b && b.op().equals("~")) {
      concatParts(b.left(), parts);
      concatParts(b.right(), parts);
    } else {
      parts.add(expr(e, true));
    }
  }

  /**
   * An operand of a comparison. Helm reads numbers from values.yaml as float64 and from --set as
   * int64, and Go's comparisons refuse mixed types: numbers are converted first.
   */
  private String comparand(Expr e) {
    ExprType t = type(e);
    if (e instanceof Expr.Literal) {
      return literal(e);
    }
    if (t.type() == ValueType.INTEGER) {
      return "(int64 " + expr(e, false) + ")";
    }
    if (t.type() == ValueType.NUMBER) {
      return "(float64 " + expr(e, false) + ")";
    }
    return expr(e, true);
  }

  private String variable(Expr.Var v) {
    List<String> p = v.path();
    String rest = p.size() > 1 ? "." + String.join(".", p.subList(1, p.size())) : "";
    return switch (p.get(0)) {
      case "values" -> root() + "Values" + rest;
      case "release" -> root() + "Release." + (p.get(1).equals("name") ? "Name" : "Namespace");
      case "chart" -> root() + "Chart." + switch (p.get(1)) {
        case "name" -> "Name";
        case "version" -> "Version";
        default -> "AppVersion";
      };
      case "capabilities" -> root() + "Capabilities.APIVersions";
      case "operator" -> HelmFunctions.goQuoteForTemplate(String.valueOf(operator.asMap().get(p.get(1))));
      default -> "$" + p.get(0) + rest;
    };
  }

  private static String literal(Expr e) {
    Object v = ((Expr.Literal) e).value();
    if (v instanceof String s) {
      return HelmFunctions.goQuoteForTemplate(s);
    }
    return String.valueOf(v);
  }
}

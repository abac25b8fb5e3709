package dev.manifestgen.render.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the node tree of a template from its tokens, refusing statements outside the subset. */
public final class TemplateParser {
  private static final Pattern FOR = Pattern.compile("for\\s+([A-Za-z_][A-Za-z0-9_]*)\\s+in\\s+(.+)", Pattern.DOTALL);
  private static final Pattern MACRO = Pattern.compile("macro\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*\\)");
  private static final Pattern IMPORT = Pattern.compile(
      "from\\s+(['\"])([^'\"]+)\\1\\s+import\\s+([A-Za-z_][A-Za-z0-9_]*(?:\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*)");
  private static final Set<String> ENDS = Set.of("elif", "else", "endif", "endfor", "endmacro");

  private final String path;
  private final List<Token> tokens;
  private int pos;

  private TemplateParser(String path, List<Token> tokens) {
    this.path = path;
    this.tokens = tokens;
  }

  public static Template parse(String path, String source) throws TemplateSyntaxException {
    List<Token> tokens = Lexer.tokenize(path, source);
    TemplateParser p = new TemplateParser(path, tokens);
    List<Node> nodes = p.block(Set.of());
    return new Template(path, tokens, nodes);
  }

  /** Nodes up to (not including) a statement whose keyword is in {@code until}. */
  private List<Node> block(Set<String> until) throws TemplateSyntaxException {
    List<Node> nodes = new ArrayList<>();
    while (pos < tokens.size()) {
      Token t = tokens.get(pos);
      switch (t.kind()) {
        case TEXT -> nodes.add(new Node.Text(pos++));
        case COMMENT -> nodes.add(new Node.Comment(pos++));
        case EXPRESSION -> {
          if (t.dashLeft() || t.dashRight()) {
            throw TemplateSyntaxException.unsupported(path, t.line(), "whitespace control '-' on {{ }}");
          }
          nodes.add(new Node.Output(pos, ExpressionParser.parse(path, t.line(), t.body())));
          pos++;
        }
        case STATEMENT -> {
          String keyword = t.keyword();
          if (until.contains(keyword)) {
            return nodes;
          }
          if (ENDS.contains(keyword)) {
            throw TemplateSyntaxException.at(path, t.line(), "{% " + keyword + " %} without its opening tag");
          }
          nodes.add(statement(t, keyword));
        }
        default -> throw new IllegalStateException();
      }
    }
    if (!until.isEmpty()) {
      throw TemplateSyntaxException.at(path, tokens.get(tokens.size() - 1).line(),
          "missing {% " + until.stream().filter(k -> k.startsWith("end")).findFirst().orElse("end") + " %}");
    }
    return nodes;
  }

  private Node statement(Token t, String keyword) throws TemplateSyntaxException {
    int start = pos;
    switch (keyword) {
      case "if" -> {
        noDashes(t);
        List<Node.Branch> branches = new ArrayList<>();
        Expr condition = ExpressionParser.parse(path, t.line(), t.body().substring(2));
        while (true) {
          int branchToken = pos++;
          List<Node> body = block(Set.of("elif", "else", "endif"));
          branches.add(new Node.Branch(branchToken, condition, body));
          if (pos >= tokens.size()) {
            throw TemplateSyntaxException.at(path, t.line(), "{% if %} without {% endif %}");
          }
          Token end = tokens.get(pos);
          noDashes(end);
          switch (end.keyword()) {
            case "elif" -> condition = ExpressionParser.parse(path, end.line(), end.body().substring(4));
            case "else" -> {
              if (branches.stream().anyMatch(b -> b.condition() == null)) {
                throw TemplateSyntaxException.at(path, end.line(), "a second {% else %}");
              }
              mustBeBare(end, "else");
              condition = null;
            }
            default -> {
              mustBeBare(end, "endif");
              return new Node.If(List.copyOf(branches), pos++);
            }
          }
        }
      }
      case "for" -> {
        noDashes(t);
        Matcher m = FOR.matcher(t.body());
        if (!m.matches()) {
          throw TemplateSyntaxException.unsupported(path, t.line(), "this for loop (write {% for NAME in VALUE %})");
        }
        Expr iterable = ExpressionParser.parse(path, t.line(), m.group(2));
        pos++;
        List<Node> body = block(Set.of("endfor", "else"));
        if (pos >= tokens.size()) {
          throw TemplateSyntaxException.at(path, t.line(), "{% for %} without {% endfor %}");
        }
        Token end = tokens.get(pos);
        if (end.keyword().equals("else")) {
          throw TemplateSyntaxException.unsupported(path, end.line(), "{% for %} ... {% else %}");
        }
        noDashes(end);
        mustBeBare(end, "endfor");
        return new Node.For(start, m.group(1), iterable, body, pos++);
      }
      case "macro" -> {
        Matcher m = MACRO.matcher(t.body());
        if (!m.matches()) {
          throw TemplateSyntaxException.unsupported(path, t.line(), "a macro with parameters (write {% macro NAME() -%})");
        }
        if (t.dashLeft() || !t.dashRight()) {
          throw TemplateSyntaxException.at(path, t.line(), "write the macro tag as {% macro " + m.group(1)
              + "() -%} so its body starts at its first character, as a Helm define does");
        }
        pos++;
        List<Node> body = block(Set.of("endmacro"));
        if (pos >= tokens.size()) {
          throw TemplateSyntaxException.at(path, t.line(), "{% macro %} without {%- endmacro %}");
        }
        Token end = tokens.get(pos);
        if (!end.dashLeft() || end.dashRight()) {
          throw TemplateSyntaxException.at(path, end.line(), "write {%- endmacro %} so the macro's output ends at its last character");
        }
        mustBeBare(end, "endmacro");
        return new Node.Macro(start, m.group(1), body, pos++);
      }
      case "from" -> {
        noDashes(t);
        Matcher m = IMPORT.matcher(t.body());
        if (!m.matches()) {
          throw TemplateSyntaxException.unsupported(path, t.line(), "this import (write {% from '_helpers.j2' import a, b %})");
        }
        pos++;
        return new Node.Import(start, m.group(2), List.of(m.group(3).split("\\s*,\\s*")));
      }
      default -> throw TemplateSyntaxException.unsupported(path, t.line(), "{% " + keyword + " %}");
    }
  }

  private void mustBeBare(Token t, String keyword) throws TemplateSyntaxException {
    if (!t.body().equals(keyword)) {
      throw TemplateSyntaxException.at(path, t.line(), "{% " + keyword + " %} takes nothing after it");
    }
  }

  private void noDashes(Token t) throws TemplateSyntaxException {
    if (t.dashLeft() || t.dashRight()) {
      throw TemplateSyntaxException.unsupported(path, t.line(),
          "whitespace control '-' on {% " + t.keyword() + " %} (trim_blocks and lstrip_blocks already remove a tag's line;"
              + " '-' is for macro tags)");
    }
  }
}

package dev.manifestgen.render.jinja;

import java.util.ArrayList;
import java.util.List;

/** Splits a template into text and tags, keeping line numbers and whitespace-control marks. */
public final class Lexer {
  private Lexer() {}

  public static List<Token> tokenize(String path, String source) throws TemplateSyntaxException {
    if (source.indexOf('\r') >= 0) {
      int line = (int) source.substring(0, source.indexOf('\r')).chars().filter(c -> c == '\n').count() + 1;
      throw TemplateSyntaxException.at(path, line, "carriage return: templates use LF line endings");
    }
    List<Token> tokens = new ArrayList<>();
    int pos = 0;
    int line = 1;
    while (pos < source.length()) {
      int open = nextOpen(source, pos);
      if (open < 0) {
        tokens.add(text(source.substring(pos), line));
        break;
      }
      if (open > pos) {
        String text = source.substring(pos, open);
        tokens.add(text(text, line));
        line += count(text);
      }
      char kindChar = source.charAt(open + 1);
      String close = switch (kindChar) {
        case '{' -> "}}";
        case '%' -> "%}";
        default -> "#}";
      };
      int end = kindChar == '#' ? source.indexOf(close, open + 2) : findClose(source, open + 2, close);
      if (end < 0) {
        throw TemplateSyntaxException.at(path, line, "unclosed " + source.substring(open, open + 2));
      }
      String inner = source.substring(open + 2, end);
      boolean dashLeft = inner.startsWith("-");
      boolean dashRight = inner.endsWith("-") && inner.length() > (dashLeft ? 1 : 0);
      if (inner.startsWith("+") || (inner.endsWith("+") && kindChar != '{')) {
        throw TemplateSyntaxException.unsupported(path, line, "whitespace control '+'");
      }
      String body = inner.substring(dashLeft ? 1 : 0, inner.length() - (dashRight ? 1 : 0)).strip();
      Token.Kind kind = switch (kindChar) {
        case '{' -> Token.Kind.EXPRESSION;
        case '%' -> Token.Kind.STATEMENT;
        default -> Token.Kind.COMMENT;
      };
      int lineStart = source.lastIndexOf('\n', open - 1) + 1;
      String before = source.substring(lineStart, open);
      int afterEnd = end + 2;
      boolean newlineAfter = afterEnd >= source.length() || source.charAt(afterEnd) == '\n';
      boolean onlyIndentBefore = before.chars().allMatch(c -> c == ' ' || c == '\t');
      tokens.add(new Token(kind, body, line, dashLeft, dashRight, onlyIndentBefore && newlineAfter,
          onlyIndentBefore ? before : ""));
      line += count(source.substring(open, afterEnd));
      pos = afterEnd;
    }
    return tokens;
  }

  private static Token text(String text, int line) {
    return new Token(Token.Kind.TEXT, text, line, false, false, false, "");
  }

  private static int nextOpen(String s, int from) {
    int i = from;
    while (true) {
      int brace = s.indexOf('{', i);
      if (brace < 0 || brace + 1 >= s.length()) {
        return -1;
      }
      char c = s.charAt(brace + 1);
      if (c == '{' || c == '%' || c == '#') {
        return brace;
      }
      i = brace + 1;
    }
  }

  /** The index of the closing delimiter, skipping over string literals inside the tag. */
  private static int findClose(String s, int from, String close) {
    char quote = 0;
    for (int i = from; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (s.startsWith(close, i)) {
        return i;
      }
    }
    return -1;
  }

  private static int count(String s) {
    return (int) s.chars().filter(c -> c == '\n').count();
  }
}

package dev.manifestgen.golang;

import dev.manifestgen.golang.GoToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Go source into tokens, the way the Go spec's lexical grammar does, including its automatic
 * semicolons (a newline after an identifier, literal, {@code return}, {@code )}, {@code ]} or
 * {@code }} ends a statement), so later stages can tell where a declaration or argument ends.
 * Comments are kept apart: markers such as {@code +kubebuilder:rbac} live there.
 */
public final class GoTokenizer {
  private static final String[] OPERATORS = {
    "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=", "-=", "*=",
    "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^",
    "+", "-", "*", "/", "%", "&", "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":", "~"};
  private static final Set<String> ENDS_STATEMENT_KEYWORDS = Set.of("break", "continue", "fallthrough", "return");

  private final String src;
  private final String file;
  private int pos;
  private int line = 1;
  private final List<GoToken> tokens = new ArrayList<>();
  private final List<GoComment> comments = new ArrayList<>();

  public record Result(List<GoToken> tokens, List<GoComment> comments) {}

  private GoTokenizer(String src, String file) {
    this.src = src;
    this.file = file;
  }

  public static Result tokenize(String source, String file) throws GoSourceException {
    GoTokenizer t = new GoTokenizer(source, file);
    t.run();
    return new Result(List.copyOf(t.tokens), List.copyOf(t.comments));
  }

  private void run() throws GoSourceException {
    if (src.startsWith("\uFEFF")) {
      pos = 1;
    }
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        newline();
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (src.startsWith("//", pos)) {
        int end = src.indexOf('\n', pos);
        end = end < 0 ? src.length() : end;
        comments.add(new GoComment(src.substring(pos + 2, end), line));
        pos = end;
      } else if (src.startsWith("/*", pos)) {
        int end = src.indexOf("*/", pos + 2);
        if (end < 0) {
          throw error("comment not terminated");
        }
        String text = src.substring(pos + 2, end);
        comments.add(new GoComment(text, line, true));
        boolean multiLine = text.indexOf('\n') >= 0;
        for (char ch : text.toCharArray()) {
          if (ch == '\n') {
            line++;
          }
        }
        pos = end + 2;
        if (multiLine) {
          // A general comment spanning lines acts like a newline.
          insertSemicolon(line);
        }
      } else if (Character.isLetter(c) || c == '_') {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
          pos++;
        }
        add(Kind.IDENT, src.substring(start, pos), src.substring(start, pos));
      } else if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
        number();
      } else if (c == '"') {
        interpreted();
      } else if (c == '`') {
        int end = src.indexOf('`', pos + 1);
        if (end < 0) {
          throw error("raw string not terminated");
        }
        String raw = src.substring(pos, end + 1);
        int startLine = line;
        add(Kind.STRING, raw, raw.substring(1, raw.length() - 1).replace("\r", ""), startLine);
        line += (int) raw.chars().filter(ch -> ch == '\n').count();
        pos = end + 1;
      } else if (c == '\'') {
        rune();
      } else {
        operator();
      }
    }
    newline();
  }

  private void newline() {
    insertSemicolon(line);
    line++;
  }

  private void insertSemicolon(int atLine) {
    if (tokens.isEmpty()) {
      return;
    }
    GoToken last = tokens.get(tokens.size() - 1);
    boolean ends = switch (last.kind()) {
      case IDENT -> !isKeyword(last.text()) || ENDS_STATEMENT_KEYWORDS.contains(last.text());
      case STRING, CHAR, INT, FLOAT, IMAG -> true;
      case OP -> last.text().equals(")") || last.text().equals("]") || last.text().equals("}")
          || last.text().equals("++") || last.text().equals("--");
    };
    if (ends) {
      tokens.add(new GoToken(Kind.OP, ";", "\n", atLine));
    }
  }

  private static final Set<String> KEYWORDS = Set.of("break", "case", "chan", "const", "continue", "default", "defer",
      "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
      "return", "select", "struct", "switch", "type", "var");

  static boolean isKeyword(String s) {
    return KEYWORDS.contains(s);
  }

  private void number() {
    int start = pos;
    boolean isFloat = false;
    if (src.startsWith("0x", pos) || src.startsWith("0X", pos) || src.startsWith("0b", pos) || src.startsWith("0B", pos)
        || src.startsWith("0o", pos) || src.startsWith("0O", pos)) {
      pos += 2;
      while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        pos++;
      }
    } else {
      while (pos < src.length()) {
        char ch = src.charAt(pos);
        if (Character.isDigit(ch) || ch == '_') {
          pos++;
        } else if (ch == '.') {
          isFloat = true;
          pos++;
        } else if ((ch == 'e' || ch == 'E')) {
          isFloat = true;
          pos++;
          if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
            pos++;
          }
        } else {
          break;
        }
      }
    }
    Kind kind = isFloat ? Kind.FLOAT : Kind.INT;
    if (pos < src.length() && src.charAt(pos) == 'i') {
      pos++;
      kind = Kind.IMAG;
    }
    String text = src.substring(start, pos);
    add(kind, text, text);
  }

  private void interpreted() throws GoSourceException {
    int start = pos;
    StringBuilder value = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= src.length() || src.charAt(pos) == '\n') {
        throw error("string literal not terminated");
      }
      char ch = src.charAt(pos);
      if (ch == '"') {
        pos++;
        break;
      }
      if (ch == '\\') {
        escape(value, '"');
      } else {
        value.append(ch);
        pos++;
      }
    }
    add(Kind.STRING, src.substring(start, pos), value.toString());
  }

  private void rune() throws GoSourceException {
    int start = pos;
    StringBuilder value = new StringBuilder();
    pos++;
    while (true) {
      if (pos >= src.length() || src.charAt(pos) == '\n') {
        throw error("rune literal not terminated");
      }
      char ch = src.charAt(pos);
      if (ch == '\'') {
        pos++;
        break;
      }
      if (ch == '\\') {
        escape(value, '\'');
      } else {
        value.append(ch);
        pos++;
      }
    }
    add(Kind.CHAR, src.substring(start, pos), value.toString());
  }

  private void escape(StringBuilder out, char quote) throws GoSourceException {
    if (pos + 1 >= src.length()) {
      throw error("escape not terminated");
    }
    char e = src.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'v' -> out.append('\u000b');
      case '\\' -> out.append('\\');
      case 'x' -> out.append((char) hex(2));
      case 'u' -> out.appendCodePoint(hex(4));
      case 'U' -> out.appendCodePoint(hex(8));
      case '0', '1', '2', '3', '4', '5', '6', '7' -> {
        pos--;
        out.append((char) Integer.parseInt(take(3), 8));
      }
      default -> {
        if (e != quote) {
          throw error("unknown escape \\" + e);
        }
        out.append(e);
      }
    }
  }

  private int hex(int digits) throws GoSourceException {
    try {
      return Integer.parseInt(take(digits), 16);
    } catch (NumberFormatException ex) {
      throw error("bad escape");
    }
  }

  private String take(int n) throws GoSourceException {
    if (pos + n > src.length()) {
      throw error("escape not terminated");
    }
    String s = src.substring(pos, pos + n);
    pos += n;
    return s;
  }

  private void operator() throws GoSourceException {
    for (String op : OPERATORS) {
      if (src.startsWith(op, pos)) {
        add(Kind.OP, op, op);
        pos += op.length();
        return;
      }
    }
    throw error("unexpected character '" + src.charAt(pos) + "'");
  }

  private void add(Kind kind, String text, String value) {
    add(kind, text, value, line);
  }

  private void add(Kind kind, String text, String value, int atLine) {
    tokens.add(new GoToken(kind, text, value, atLine));
  }

  private GoSourceException error(String what) {
    return new GoSourceException(file + ":" + line + ": " + what);
  }
}

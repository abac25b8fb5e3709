package dev.manifestgen.golang;

import java.util.ArrayList;
import java.util.List;

/**
 * A method or qualified call {@code receiver.method(arg, ...)} found in a file's tokens; the
 * arguments may span lines.
 *
 * @param file where it is
 * @param receiver the tokens of the expression before the dot: {@code cmd.Flags()}, {@code viper}, {@code fs}
 * @param method the called name
 * @param arguments each argument's tokens
 * @param line the line of the method name
 * @param assignedTo the variable the call's result is assigned to ({@code x := ...} or {@code x = ...}); null when none
 * @param index the index of the method name in the file's tokens; -1 when the call was made up from tokens
 */
public record GoCall(GoFile file, List<GoToken> receiver, String method, List<List<GoToken>> arguments, int line,
    String assignedTo, int index) {

  public GoCall(GoFile file, List<GoToken> receiver, String method, List<List<GoToken>> arguments, int line, String assignedTo) {
    this(file, receiver, method, arguments, line, assignedTo, -1);
  }

  /** Every call of one of {@code methods} in the file, in source order. */
  public static List<GoCall> find(GoFile file, java.util.Set<String> methods) {
    List<GoToken> t = file.tokens();
    List<GoCall> calls = new ArrayList<>();
    for (int i = 1; i + 1 < t.size(); i++) {
      GoToken name = t.get(i);
      if (!name.isIdent() || !methods.contains(name.text()) || !t.get(i - 1).is(".") || !t.get(i + 1).is("(")) {
        continue;
      }
      int close = matching(t, i + 1);
      if (close < 0) {
        continue;
      }
      int receiverStart = receiverStart(t, i - 1);
      if (receiverStart < 0) {
        continue;
      }
      calls.add(new GoCall(file, List.copyOf(t.subList(receiverStart, i - 1)), name.text(),
          splitTopLevel(t.subList(i + 2, close)), name.line(), assignedTo(t, receiverStart), i));
    }
    return calls;
  }

  /** Whether the receiver is the single name under which the file imports {@code importPath}. */
  public boolean receiverIsPackage(String importPath) {
    return receiver.size() == 1 && receiver.get(0).isIdent() && file.refersTo(receiver.get(0).text(), importPath);
  }

  /** Splits tokens at top-level commas (and drops the newline semicolons a trailing comma leaves). */
  public static List<List<GoToken>> splitTopLevel(List<GoToken> tokens) {
    List<List<GoToken>> parts = new ArrayList<>();
    List<GoToken> current = new ArrayList<>();
    int depth = 0;
    for (GoToken tok : tokens) {
      if (tok.is("(") || tok.is("[") || tok.is("{")) {
        depth++;
      } else if (tok.is(")") || tok.is("]") || tok.is("}")) {
        depth--;
      }
      if (depth == 0 && tok.is(",")) {
        parts.add(current);
        current = new ArrayList<>();
      } else if (!(tok.is(";") && "\n".equals(tok.value()) && depth == 0)) {
        current.add(tok);
      }
    }
    if (!current.isEmpty()) {
      parts.add(current);
    }
    return parts;
  }

  /**
   * The index of the first token from {@code from} on that is one of {@code stops} outside any
   * brackets (a closing bracket of an enclosing expression counts), or the end of the list.
   */
  public static int topLevelEnd(List<GoToken> t, int from, String... stops) {
    int depth = 0;
    for (int end = from; end < t.size(); end++) {
      GoToken tok = t.get(end);
      if (depth == 0) {
        for (String stop : stops) {
          if (tok.is(stop)) {
            return end;
          }
        }
      }
      if (tok.is("(") || tok.is("{") || tok.is("[")) {
        depth++;
      } else if (tok.is(")") || tok.is("}") || tok.is("]")) {
        depth--;
      }
    }
    return t.size();
  }

  /** The index of the bracket closing the one at {@code open}; -1 when unbalanced. */
  public static int matching(List<GoToken> t, int open) {
    int depth = 0;
    for (int i = open; i < t.size(); i++) {
      GoToken tok = t.get(i);
      if (tok.is("(") || tok.is("[") || tok.is("{")) {
        depth++;
      } else if (tok.is(")") || tok.is("]") || tok.is("}")) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The index of the bracket opening the one at {@code close}; -1 when unbalanced. */
  public static int matchingBackwards(List<GoToken> t, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      GoToken tok = t.get(i);
      if (tok.is(")") || tok.is("]") || tok.is("}")) {
        depth++;
      } else if (tok.is("(") || tok.is("[") || tok.is("{")) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Walks back over a selector/call chain such as {@code cmd.Flags()} or {@code a.b}, ending before {@code dot}. */
  private static int receiverStart(List<GoToken> t, int dot) {
    int i = dot - 1;
    while (i >= 0) {
      if (t.get(i).is(")") || t.get(i).is("]")) {
        i = matchingBackwards(t, i);
        if (i < 0) {
          return -1;
        }
        i--;
        continue;
      }
      if (!t.get(i).isIdent()) {
        return -1;
      }
      if (i > 0 && t.get(i - 1).is(".")) {
        i -= 2;
        continue;
      }
      return i;
    }
    return -1;
  }

  private static String assignedTo(List<GoToken> t, int start) {
    if (start >= 2 && (t.get(start - 1).is(":=") || t.get(start - 1).is("=")) && t.get(start - 2).isIdent()) {
      return t.get(start - 2).text();
    }
    return null;
  }
}

package dev.manifestgen.cli;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line, with three lines of context (like diff -u). */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;
  /** Above this many line pairs the longest-common-subsequence table is skipped: one big hunk. */
  private static final long MAX_CELLS = 40_000_000L;

  private UnifiedDiff() {}

  public static String diff(String expectedName, String expected, String actualName, String actual) {
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    List<Op> ops = ops(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(expectedName).append('\n');
    out.append("+++ ").append(actualName).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      // A hunk goes on while the next change is at most 2 * CONTEXT unchanged lines away.
      int lastChange = i;
      for (int j = i + 1; j < ops.size() && j - lastChange <= 2 * CONTEXT; j++) {
        if (ops.get(j).kind != ' ') {
          lastChange = j;
        }
      }
      int end = Math.min(ops.size() - 1, lastChange + CONTEXT);
      int aStart = ops.get(start).aLine;
      int bStart = ops.get(start).bLine;
      int aCount = 0;
      int bCount = 0;
      StringBuilder body = new StringBuilder();
      for (int j = start; j <= end; j++) {
        Op op = ops.get(j);
        body.append(op.kind).append(shown(op.text));
        if (op.kind != '+') {
          aCount++;
        }
        if (op.kind != '-') {
          bCount++;
        }
      }
      out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
      out.append(body);
      i = end + 1;
    }
    return out.toString();
  }

  /** Marks a line without its final newline; lines differ when only that differs, as in diff. */
  private static final String NO_NEWLINE = "\u0000";

  /**
   * The lines of a text split at '\n' only, so a line's '\r' stays part of it (CRLF differs from LF),
   * and the last line marked when no newline ends it.
   */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        lines.add(text.substring(start) + NO_NEWLINE);
        break;
      }
      lines.add(text.substring(start, end));
      start = end + 1;
    }
    return lines;
  }

  /** A line as printed: a carriage return at its end as \r (else invisible), then diff's note for a missing newline. */
  private static String shown(String line) {
    boolean noNewline = line.endsWith(NO_NEWLINE);
    String text = noNewline ? line.substring(0, line.length() - 1) : line;
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1) + "\\r";
    }
    return text + "\n" + (noNewline ? "\\ No newline at end of file\n" : "");
  }

  private static String range(int start, int count) {
    int first = count == 0 ? start : start + 1;
    return count == 1 ? String.valueOf(first) : first + "," + count;
  }

  private record Op(char kind, String text, int aLine, int bLine) {}

  private static List<Op> ops(List<String> a, List<String> b) {
    List<Op> ops = new ArrayList<>();
    if ((long) a.size() * b.size() > MAX_CELLS) {
      for (int i = 0; i < a.size(); i++) {
        ops.add(new Op('-', a.get(i), i, 0));
      }
      for (int j = 0; j < b.size(); j++) {
        ops.add(new Op('+', b.get(j), a.size(), j));
      }
      return ops;
    }
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        ops.add(new Op(' ', a.get(i), i, j));
        i++;
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new Op('-', a.get(i), i, j));
        i++;
      } else {
        ops.add(new Op('+', b.get(j), i, j));
        j++;
      }
    }
    return ops;
  }
}

package dev.manifestgen.crd;

import dev.manifestgen.golang.GoComment;
import dev.manifestgen.golang.GoFile;
import dev.manifestgen.golang.GoToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A file's comment lines that stand alone on their line, grouped as go/ast groups them: lines on
 * consecutive lines form one group. A declaration's doc comment is the group ending on the line
 * just above it; controller-gen also reads a type's markers from the group above that, when one
 * blank line separates them ({@code +kubebuilder:object:root=true} is written that way).
 */
final class CommentGroups {
  /** Standalone comment lines by line number. */
  private final TreeMap<Integer, String> lines = new TreeMap<>();
  /** The lines of general ({@code /* *}{@code /}) comments: controller-gen reads no markers there. */
  private final Set<Integer> blockLines = new HashSet<>();

  CommentGroups(GoFile file) {
    Set<Integer> codeLines = new HashSet<>();
    for (GoToken t : file.tokens()) {
      // Automatic semicolons (value "\n") are not code the programmer wrote on that line.
      if (!(t.is(";") && t.value().equals("\n"))) {
        codeLines.add(t.line());
      }
    }
    for (GoComment c : file.comments()) {
      if (codeLines.contains(c.line())) {
        continue;
      }
      String[] parts = c.text().split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        lines.put(c.line() + i, parts[i]);
        if (c.block()) {
          blockLines.add(c.line() + i);
        }
      }
    }
  }

  /** The group ending on {@code lastLine}, as line number to text; empty when no comment ends there. */
  TreeMap<Integer, String> groupEndingAt(int lastLine) {
    TreeMap<Integer, String> out = new TreeMap<>();
    for (int l = lastLine; lines.containsKey(l); l--) {
      out.put(l, lines.get(l));
    }
    return out;
  }

  /** The doc comment of a declaration on {@code line}. */
  TreeMap<Integer, String> docOf(int line) {
    return groupEndingAt(line - 1);
  }

  /** The group above a declaration's doc comment (or above the declaration), one blank line apart. */
  TreeMap<Integer, String> groupAboveDoc(int line) {
    TreeMap<Integer, String> doc = docOf(line);
    int above = doc.isEmpty() ? line - 2 : doc.firstKey() - 2;
    if (lines.containsKey(above + 1)) {
      return new TreeMap<>();
    }
    return groupEndingAt(above);
  }

  /** Whether a line belongs to a general comment, whose marker-like lines are text, not markers. */
  boolean isBlock(int line) {
    return blockLines.contains(line);
  }

  /** The description lines of a comment group: marker lines left out. */
  List<String> docLines(TreeMap<Integer, String> group) {
    List<String> out = new ArrayList<>();
    for (var e : group.entrySet()) {
      if (isBlock(e.getKey()) || !MarkerRegistry.isMarkerComment(e.getValue())) {
        out.add(e.getValue());
      }
    }
    return out;
  }
}

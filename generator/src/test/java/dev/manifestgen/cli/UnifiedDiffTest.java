package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void oneChangedLineWithContext() {
    String a = "1\n2\n3\n4\n5\n6\n7\n8\n";
    String b = "1\n2\n3\n4\nfive\n6\n7\n8\n";
    assertEquals("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", UnifiedDiff.diff("a", a, "b", b));
  }

  @Test
  void farApartChangesMakeTwoHunks() {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 20; i++) {
      a.append(i).append('\n');
      b.append(i == 2 ? "two" : i == 19 ? "nineteen" : String.valueOf(i)).append('\n');
    }
    String diff = UnifiedDiff.diff("a", a.toString(), "b", b.toString());
    assertEquals(2, diff.split("@@ -").length - 1, diff);
  }

  @Test
  void addedLinesAtTheEnd() {
    assertEquals("--- a\n+++ b\n@@ -1 +1,2 @@\n x\n+y\n", UnifiedDiff.diff("a", "x\n", "b", "x\ny\n"));
  }
}

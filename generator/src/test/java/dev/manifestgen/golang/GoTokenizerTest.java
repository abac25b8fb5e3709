package dev.manifestgen.golang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.manifestgen.golang.GoToken;
import dev.manifestgen.golang.GoTokenizer;
import dev.manifestgen.golang.GoValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoTokenizerTest {
  private static List<String> texts(String src) throws Exception {
    return GoTokenizer.tokenize(src, "x.go").tokens().stream()
        .map(t -> t.kind() + ":" + (t.kind() == GoToken.Kind.STRING || t.kind() == GoToken.Kind.CHAR ? t.value() : t.text()))
        .toList();
  }

  @Test
  void stringsRunesNumbersAndOperators() throws Exception {
    assertEquals(List.of("IDENT:x", "OP::=", "STRING:a\"b\n", "OP:+", "STRING:raw \\n", "OP:;"),
        texts("x := \"a\\\"b\\n\" + `raw \\n`"));
    assertEquals(List.of("CHAR:'", "OP:,", "INT:0x1F", "OP:,", "FLOAT:1.5e3", "OP:,", "INT:1_000", "OP:&^=", "IDENT:y",
        "OP:;"), texts("'\\'', 0x1F, 1.5e3, 1_000 &^= y"));
  }

  @Test
  void newlinesEndStatementsOnlyAfterOperandsAndClosers() throws Exception {
    assertEquals(List.of("IDENT:a", "OP:+", "IDENT:b", "OP:;", "IDENT:f", "OP:(", "OP:)", "OP:;"),
        texts("a +\n b\nf(\n)\n"));
  }

  @Test
  void commentsAreKeptApartWithTheirLines() throws Exception {
    GoTokenizer.Result r = GoTokenizer.tokenize("a // one\n/* two\n three */ b\n\"// not a comment\"", "x.go");
    assertEquals(List.of(" one", " two\n three "), r.comments().stream().map(c -> c.text()).toList());
    assertEquals(List.of(1, 2), r.comments().stream().map(c -> c.line()).toList());
    assertEquals("// not a comment", r.tokens().get(r.tokens().size() - 2).value());
    assertEquals(4, r.tokens().get(r.tokens().size() - 2).line());
  }

  @ParameterizedTest
  @CsvSource({"0, 0s", "1, 1ns", "1500, 1.5µs", "20000000, 20ms", "2000000000, 2s", "90000000000, 1m30s",
      "86400000000000, 24h0m0s", "31536000000000000, 8760h0m0s", "1500000000, 1.5s", "-3600000000000, -1h0m0s"})
  void durationsPrintLikeGo(long nanos, String expected) {
    assertEquals(expected, new GoValue.Duration(nanos).goString());
  }
}

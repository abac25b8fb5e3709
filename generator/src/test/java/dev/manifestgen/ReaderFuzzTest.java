package dev.manifestgen;

import static org.junit.jupiter.api.Assertions.fail;

import dev.manifestgen.contract.GoContractExtractor;
import dev.manifestgen.crd.CrdException;
import dev.manifestgen.crd.CrdGenerator;
import dev.manifestgen.golang.GoSourceException;
import dev.manifestgen.golang.GoTokenizer;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.validate.ManifestLoader;
import dev.manifestgen.values.SetParser;
import dev.manifestgen.values.SetSyntaxException;
import dev.manifestgen.yaml.YamlException;
import dev.manifestgen.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates real inputs at random (seeded, a fixed number of rounds: the same inputs every run, a few
 * seconds) and feeds them to every reader of user input: values YAML, --set and its variants,
 * manifests for validate, Go source for contract and crds. A reader may refuse an input only with
 * the project's one-line user error; any other exception (a stack trace for the user) fails the test
 * and names the input.
 */
class ReaderFuzzTest {
  static final long SEED = 20261205L;
  static final int ROUNDS = 400;
  /** What breaks parsers: structure, quotes, escapes, anchors, line ends, non-ASCII, the empty key. */
  static final String[] PIECES = {"[", "]", "{", "}", ":", ",", "-", "\"", "'", "\n", "\r\n", " ", "  ", "\t", "#", "&a",
      "*a", "!!binary ", "!!int ", "<<: ", "|", ">", "%YAML 1.1\n", "---\n", "...\n", "\\", "\\u", "=", ".", "[0]",
      "[-1]", "[99999999999]", "\u00e9", "\uFEFF", "\u2028", "0x", "1e999", "9223372036854775808", ".inf", "null", "~",
      "`", "/*", "*/", "//", "func ", "type ", "struct {", "\"\"\"", "'\\x", "+kubebuilder:", "0o", "_"};

  static final String[] NESTING = {"[", "{", "{a: ", "- ", "[0]", "a:\n ", "func() { ", "struct { A "};

  @TempDir Path dir;
  private final Random random = new Random(SEED);

  private String mutate(String seed) {
    StringBuilder s = new StringBuilder(seed);
    int edits = 1 + random.nextInt(6);
    for (int i = 0; i < edits; i++) {
      int at = s.length() == 0 ? 0 : random.nextInt(s.length() + 1);
      if (random.nextInt(12) == 0) {
        // deep nesting, past every limit ([[[[ 5000 deep overflowed the stack before there was one)
        s.insert(at, NESTING[random.nextInt(NESTING.length)].repeat(1000 + random.nextInt(7000)));
        continue;
      }
      switch (random.nextInt(4)) {
        case 0 -> s.insert(at, PIECES[random.nextInt(PIECES.length)]);
        case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(20)));
        case 2 -> {
          int end = Math.min(s.length(), at + 1 + random.nextInt(40));
          s.insert(end, s.substring(at, end));
        }
        default -> s.insert(at, PIECES[random.nextInt(PIECES.length)].repeat(1 + random.nextInt(600)));
      }
    }
    return s.toString();
  }

  private interface Reader {
    void read(String input) throws Exception;
  }

  private void fuzz(String what, List<String> seeds, int rounds, List<Class<? extends Exception>> userErrors, Reader reader) {
    for (int i = 0; i < rounds; i++) {
      String input = mutate(seeds.get(random.nextInt(seeds.size())));
      try {
        reader.read(input);
      } catch (Exception e) {
        if (userErrors.stream().noneMatch(c -> c.isInstance(e))) {
          throw new AssertionError(what + " round " + i + " (seed " + SEED + "): " + e + "\ninput: " + input, e);
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
          fail(what + " round " + i + ": a user error without a message\ninput: " + input);
        }
      } catch (StackOverflowError | OutOfMemoryError e) {
        throw new AssertionError(what + " round " + i + " (seed " + SEED + "): " + e + "\ninput: " + input, e);
      }
    }
  }

  @Test
  void valuesYaml() throws Exception {
    List<String> seeds = List.of(Files.readString(Repo.root().resolve("config/values.yaml")),
        Files.readString(Repo.root().resolve("config/profiles/ha.yaml")),
        "a: &x {b: [1, 2]}\nc: *x\nd:\n  <<: *x\n", "k: !!binary aGk=\nl: |\n  text\n");
    fuzz("values", seeds, ROUNDS, List.of(YamlException.class), t -> YamlReader.readValues(t, "fuzz.yaml"));
  }

  @Test
  void manifests() throws Exception {
    String allInOne = Files.readString(Repo.root().resolve("config/all-in-one.yaml"));
    List<String> seeds = List.of(allInOne.substring(allInOne.length() - 6000),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n---\nkind: Service\n");
    fuzz("manifests", seeds, ROUNDS / 2, List.of(YamlException.class), t -> ManifestLoader.parse(t, "fuzz.yaml"));
  }

  @Test
  void setExpressions() {
    List<String> seeds = List.of("a.b=c,d[0].e=f", "podAnnotations.x=1,y={a,b}", "a[1][0]=x", "a\\.b=c",
        "config.log-verbosity=-1", "k={\"j\": [1, {\"k\": null}]}", "x=");
    for (SetParser.Kind kind : SetParser.Kind.values()) {
      fuzz(kind.flag(), seeds, ROUNDS / 3, List.of(SetSyntaxException.class),
          t -> SetParser.apply(kind, t, new LinkedHashMap<>(), file -> "from " + file));
    }
  }

  @Test
  void goSource() throws Exception {
    Path operator = Repo.root().resolve("generator/src/test/resources/gosrc/lock-flag/main.go");
    Path types = Repo.root().resolve(
        "generator/src/test/resources/crd/markers/api/v1/widget_types.go");
    List<String> seeds = List.of(Files.readString(operator), Files.readString(types));
    fuzz("go tokens", seeds, ROUNDS, List.of(GoSourceException.class), t -> GoTokenizer.tokenize(t, "fuzz.go"));
    // Whole modules are slower to read: fewer rounds, one file each.
    Path module = Files.createDirectories(dir.resolve("m"));
    Files.writeString(module.resolve("go.mod"), "module example.com/m\n\ngo 1.15\n");
    Files.createDirectories(module.resolve("api/v1"));
    Files.writeString(module.resolve("api/v1/groupversion_info.go"), "// +kubebuilder:object:generate=true\n"
        + "// +groupName=example.com\npackage v1\n");
    fuzz("contract", List.of(seeds.get(0)), 25, List.of(GoSourceException.class), t -> {
      Files.writeString(module.resolve("main.go"), t);
      GoContractExtractor.extract(module);
    });
    Files.deleteIfExists(module.resolve("main.go"));
    fuzz("crds", List.of(seeds.get(1)), 25, List.of(CrdException.class, GoSourceException.class), t -> {
      Files.writeString(module.resolve("api/v1/types.go"), t);
      CrdGenerator.generate(module);
    });
  }
}

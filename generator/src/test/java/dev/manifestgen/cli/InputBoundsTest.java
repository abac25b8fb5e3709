package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.yaml.InputText;
import dev.manifestgen.yaml.YamlException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every reader has a bound, and crossing it is one line and exit 2 with nothing written (issue 22). */
class InputBoundsTest {
  @TempDir Path dir;

  private static final String NESTED = "nested more than 500 levels deep (manifest-gen's limit on maps and lists in"
      + " one another)";

  private Path deepYaml() throws Exception {
    Path f = dir.resolve("d.yaml");
    Files.writeString(f, "affinity: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    return f;
  }

  @Test
  void deepYamlIsOneLineInGenerateValidateAndCanI() throws Exception {
    Path d = deepYaml();
    Path out = dir.resolve("out.yaml");
    Cli.Result g = Cli.run("generate", "-f", d.toString(), "-o", out.toString());
    assertEquals(2, g.exit(), g.toString());
    assertEquals("error: " + d + ": invalid YAML: " + NESTED + "\n", g.err());
    assertTrue(!Files.exists(out));
    Cli.Result v = Cli.run("validate", d.toString());
    assertEquals(2, v.exit(), v.toString());
    assertTrue(v.err().endsWith("d.yaml: invalid YAML: " + NESTED + "\n"), v.err());
    Cli.Result c = Cli.run("can-i", "--as", "u", "-f", d.toString(), "get", "pods");
    assertEquals(2, c.exit(), c.toString());
    assertTrue(c.err().endsWith("d.yaml: invalid YAML: " + NESTED + "\n"), c.err());
  }

  @Test
  void nestingAtTheLimitStillRenders() throws Exception {
    Path f = dir.resolve("deep.yaml");
    int d = InputText.MAX_NESTING - 1; // affinity itself is one level
    Files.writeString(f, "affinity: " + "{a: ".repeat(d) + "1" + "}".repeat(d) + "\n");
    Cli.Result g = Cli.run("generate", "--skip-crds", "-f", f.toString());
    assertEquals(0, g.exit(), g.err());
  }

  @Test
  void deepSetListIndicesAreOneLine() {
    String key = "affinity" + "[0]".repeat(3000);
    Cli.Result g = Cli.run("generate", "--set", key + "=1");
    assertEquals(2, g.exit(), g.toString());
    assertEquals("error: --set " + key + "=1: list indices nest deeper than manifest-gen's limit of 500 levels\n", g.err());
  }

  @Test
  void deepSetJsonIsOneLine() {
    Cli.Result g = Cli.run("generate", "--set-json", "affinity.a=" + "[".repeat(3000) + "]".repeat(3000));
    assertEquals(2, g.exit(), g.toString());
    assertTrue(g.err().startsWith("error: --set-json affinity.a=[[[") && g.err().contains("is not JSON")
        && g.err().split("\n").length == 1, g.err());
  }

  @Test
  void binaryFilesStopAtTheirFirstBadByte() throws Exception {
    Path out = dir.resolve("out.yaml");
    Cli.Result zero = Cli.run("generate", "-f", "/dev/zero", "-o", out.toString());
    assertEquals(2, zero.exit(), zero.toString());
    assertEquals("error: /dev/zero: not text: character 0 is a NUL (binary input?)\n", zero.err());
    Cli.Result v = Cli.run("validate", "/dev/zero");
    assertEquals("error: /dev/zero: not text: character 0 is a NUL (binary input?)\n", v.err());
    assertEquals(2, v.exit());
    Path bin = dir.resolve("bin.yaml");
    Files.write(bin, new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});
    Cli.Result b = Cli.run("generate", "--set-file", "podAnnotations.a=" + bin, "-o", out.toString());
    assertEquals(2, b.exit(), b.toString());
    assertEquals("error: --set-file podAnnotations.a=" + bin + ": " + bin
        + ": not UTF-8 text: byte 3 (0xC3) is not part of a UTF-8 character\n", b.err());
    Cli.Result u = Cli.run("generate", "--set-file", "podAnnotations.a=/dev/urandom", "-o", out.toString());
    assertEquals(2, u.exit(), u.toString());
    assertTrue(u.err().startsWith("error: --set-file podAnnotations.a=/dev/urandom: /dev/urandom: not "), u.err());
    assertTrue(!Files.exists(out));
  }

  @Test
  void anEndlessStreamStopsAtTheSizeLimit() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'a');
        return len;
      }
    };
    YamlException e = assertThrows(YamlException.class, () -> InputText.read(endless, "standard input"));
    assertEquals("standard input: larger than 100 MiB, the most manifest-gen reads from one input", e.getMessage());
  }

  @Test
  void aDirectoryOrUnreadableFileSaysWhy() throws Exception {
    Cli.Result d = Cli.run("validate", dir.toString() + "/");
    assertEquals(2, d.exit(), d.toString());
    Path sub = Files.createDirectory(dir.resolve("v.yaml"));
    Cli.Result g = Cli.run("generate", "-f", sub.toString());
    assertEquals("error: " + sub + ": cannot read: is a directory\n", g.err());
    Path locked = Files.writeString(dir.resolve("locked.yaml"), "replicas: 1\n");
    locked.toFile().setReadable(false, false);
    if (!Files.isReadable(locked)) { // root reads everything: nothing to check there
      Cli.Result p = Cli.run("generate", "-f", locked.toString());
      assertEquals("error: " + locked + ": cannot read: permission denied\n", p.err());
    }
  }

  @Test
  void twoCommitsOfOneDirectoryAtOnceBothSucceed() throws Exception {
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < 30; i++) {
      files.put("templates/f" + i + ".yaml", "content " + i + "\n");
    }
    Path out = dir.resolve("chart");
    Files.createDirectories(out.resolve("templates"));
    Files.writeString(out.resolve("templates/stale.yaml"), "old\n");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Void>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(pool.submit((Callable<Void>) () -> {
          for (int round = 0; round < 100; round++) {
            new OutputFiles().directory(out, files).commit();
          }
          return null;
        }));
      }
      for (Future<Void> r : runs) {
        r.get(60, TimeUnit.SECONDS); // an exception in either run fails here
      }
    } finally {
      pool.shutdownNow();
    }
    try (var listed = Files.list(out.resolve("templates"))) {
      assertEquals(30, listed.count());
    }
    assertEquals("content 7\n", Files.readString(out.resolve("templates/f7.yaml"), StandardCharsets.UTF_8));
  }

  /** Two `generate --all` at once in one checkout (a copy of this one): both succeed, and check passes after. */
  @Test
  void twoGenerateAllAtOnceBothSucceed() throws Exception {
    Path copy = dir.resolve("project");
    for (String part : List.of("config", "templates", "charts", "README.md", Project.OPERATOR_SOURCE)) {
      copyTree(dev.manifestgen.testing.Repo.root().resolve(part), copy.resolve(part));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Cli.Result>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(pool.submit(() -> {
          Cli.Result last = null;
          for (int round = 0; round < 4 && (last == null || last.exit() == 0); round++) {
            last = Cli.run(copy, "generate", "--all");
          }
          return last;
        }));
      }
      for (Future<Cli.Result> r : runs) {
        Cli.Result result = r.get(300, TimeUnit.SECONDS);
        assertEquals(0, result.exit(), result.toString());
      }
    } finally {
      pool.shutdownNow();
    }
    Cli.Result check = Cli.run(copy, "check");
    assertEquals(0, check.exit(), check.toString());
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    }
  }
}

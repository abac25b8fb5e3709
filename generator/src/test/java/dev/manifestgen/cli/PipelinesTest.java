package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipelines that cannot pass by accident, and the CI check of a user's own manifest (issue 22). */
class PipelinesTest {
  @TempDir Path dir;

  private static final String NO_OBJECTS = ": no Kubernetes objects found (an empty file, stream or directory);"
      + " give --allow-empty if none is right";

  @Test
  void noObjectIsAnErrorUnlessAllowed() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
    Cli.Result r = Cli.run("validate", empty.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: " + empty + NO_OBJECTS + "\n", r.err());
    Path none = Files.createDirectory(dir.resolve("none"));
    Files.writeString(none.resolve("notes.txt"), "not yaml");
    assertEquals(2, Cli.run("validate", none.toString()).exit());
    Cli.Result allowed = Cli.run("validate", "--allow-empty", empty.toString());
    assertEquals(0, allowed.exit(), allowed.toString());
    assertEquals("0 objects checked: 0 errors, 0 warnings\n", allowed.out());
  }

  @Test
  void dashReadsStandardInput() throws Exception {
    String manifest = Cli.run("generate", "--profile", "ha").out();
    assertEquals(0, withStdin(manifest, () -> Cli.run("validate", "-")).exit());
    Cli.Result empty = withStdin("", () -> Cli.run("validate", "-"));
    assertEquals(2, empty.exit(), empty.toString());
    assertEquals("error: -" + NO_OBJECTS + "\n", empty.err());
  }

  @Test
  void theChartDirectoryIsRendered() {
    String chart = dev.manifestgen.testing.Repo.root().resolve("charts/eck-operator").toString();
    Cli.Result v = Cli.run("validate", chart);
    assertEquals(0, v.exit(), v.toString());
    assertTrue(v.out().endsWith(" objects checked: 0 errors, 0 warnings\n") && !v.out().startsWith("0 "), v.out());
    Cli.Result c = Cli.run("can-i", "--as", "system:serviceaccount:elastic-system:elastic-operator",
        "-f", chart, "get", "pods");
    assertEquals(0, c.exit(), c.toString());
    assertEquals("yes\n", c.out());
  }

  @Test
  void anotherChartIsHelmsToRender() throws Exception {
    Files.writeString(dir.resolve("Chart.yaml"), "name: other\nversion: 1.0.0\n");
    Cli.Result v = Cli.run("validate", dir.toString());
    assertEquals(2, v.exit(), v.toString());
    assertEquals("error: " + dir + ": a Helm chart (it has Chart.yaml), not one manifest-gen generates"
        + " (charts/eck-operator); render it first: helm template " + dir + " | manifest-gen validate -\n", v.err());
  }

  @Test
  void jsonOutputReportsInputErrorsOnStdoutToo() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
    Cli.Result r = Cli.run("validate", "--output", "json", empty.toString());
    assertEquals(2, r.exit(), r.toString());
    assertEquals("{\n  \"error\" : \"" + empty + NO_OBJECTS + "\"\n}\n", r.out());
    assertEquals("error: " + empty + NO_OBJECTS + "\n", r.err());
  }

  @Test
  void anEmptyOutputPathIsNamed() {
    Cli.Result r = Cli.run("generate", "-o", "");
    assertEquals(2, r.exit(), r.toString());
    assertEquals("error: --output: the path is empty (give a file, or - for standard output)\n", r.err());
  }

  @Test
  void kindWithoutApiVersionIsOnlyMg102() throws Exception {
    Path f = Files.writeString(dir.resolve("k.yaml"), "kind: ConfigMap\nmetadata:\n  name: x\n");
    Cli.Result r = Cli.run("validate", "--contract", "none", f.toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.out().contains(" MG102 ") && !r.out().contains("MG101"), r.out());
  }

  @Test
  void checkOfAUsersManifest() throws Exception {
    Path mine = dir.resolve("my-operator.yaml");
    Cli.Result g = Cli.run("generate", "--profile", "ha", "--set", "replicas=3", "-o", mine.toString());
    assertEquals(0, g.exit(), g.toString());
    Cli.Result same = Cli.run("generate", "--profile", "ha", "--set", "replicas=3", "--check", mine.toString());
    assertEquals(0, same.exit(), same.toString());
    assertEquals(mine + ": up to date\n", same.out());
    // the header records the command and its inputs, not where the output went
    assertEquals(Cli.run("generate", "--profile", "ha", "--set", "replicas=3").out(), Files.readString(mine));
    Cli.Result stale = Cli.run("generate", "--profile", "ha", "--set", "replicas=4", "--check", mine.toString());
    assertEquals(1, stale.exit(), stale.toString());
    assertTrue(stale.out().startsWith("--- " + mine + "\n+++ " + mine + " (generated)\n@@ "), stale.out());
    assertTrue(stale.out().contains("\n-  replicas: 3\n+  replicas: 4\n"), stale.out());
    assertTrue(stale.out().endsWith(mine + ": stale; regenerate it with: manifest-gen generate --profile ha --set"
        + " replicas=4 -o " + mine + "\n"), stale.out());
  }

  @Test
  void checkShowsLineEndsAndAMissingFinalNewline() throws Exception {
    Path mine = dir.resolve("m.yaml");
    String manifest = Cli.run("generate", "--skip-crds").out();
    Files.writeString(mine, manifest.replaceFirst("\n", "\r\n"));
    Cli.Result crlf = Cli.run("generate", "--skip-crds", "--check", mine.toString());
    assertEquals(1, crlf.exit(), crlf.toString());
    String first = manifest.substring(0, manifest.indexOf('\n'));
    assertTrue(crlf.out().contains("\n-" + first + "\\r\n+" + first + "\n"), crlf.out());
    Files.writeString(mine, manifest.substring(0, manifest.length() - 1));
    Cli.Result noNewline = Cli.run("generate", "--skip-crds", "--check", mine.toString());
    assertEquals(1, noNewline.exit(), noNewline.toString());
    String last = manifest.substring(manifest.lastIndexOf('\n', manifest.length() - 2) + 1, manifest.length() - 1);
    assertTrue(noNewline.out().contains("\n-" + last + "\n\\ No newline at end of file\n+" + last + "\n"), noNewline.out());
  }

  @Test
  void aClosedPipeEndsQuietlyAsHelmDoes() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "generate");
    pb.environment().put("MANIFEST_GEN_PROJECT", dev.manifestgen.testing.Repo.root().toString());
    pb.redirectError(dir.resolve("stderr").toFile());
    Process p = pb.start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()))) {
      assertTrue(out.readLine().startsWith("# Generated by manifest-gen")); // generate | head -1
    }
    assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
    assertEquals(ExitCodes.CLOSED_PIPE, p.exitValue());
    assertEquals("", Files.readString(dir.resolve("stderr")));
  }

  private static Cli.Result withStdin(String text, java.util.function.Supplier<Cli.Result> run) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      return run.get();
    } finally {
      System.setIn(saved);
    }
  }
}

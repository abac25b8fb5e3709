package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/manifest-gen under the C/POSIX locale (env -i: no LANG, as in a bare CI container) takes arguments,
 * file names and the environment as UTF-8 bytes, as helm does. The non-ASCII text is made by the shell from
 * byte escapes, so nothing here depends on the locale this test runs in.
 */
class LocaleTest {
  @TempDir Path dir;

  /** 日本語 and é, as UTF-8 bytes. */
  private static final String SCRIPT = """
      set -eu
      u="$(printf '\\xe6\\x97\\xa5\\xe6\\x9c\\xac\\xe8\\xaa\\x9e')"
      e="$(printf '\\xc3\\xa9')"
      project="$DIR/proj-$u"
      mkdir -p "$project"
      cp -r "$ROOT/config" "$ROOT/templates" "$project/"
      printf 'podAnnotations:\\n  z: "%s"\\n' "$e" > "$DIR/values-$u.yaml"
      env -i PATH="$PATH" MANIFEST_GEN_PROJECT="$project" "$ROOT/bin/manifest-gen" generate --skip-crds \\
        -f "$DIR/values-$u.yaml" --set "podAnnotations.x=$u" -o "$DIR/out-$e.yaml"
      env -i PATH="$PATH" HOME="$DIR" "$HELM" template elastic-operator "$ROOT/charts/eck-operator" -n elastic-system \\
        -f "$DIR/values-$u.yaml" --set "podAnnotations.x=$u" > "$DIR/helm.yaml"
      echo "== ours"; grep -E '^        (x|z): ' "$DIR/out-$e.yaml"
      echo "== helm"; grep -E '^        (x|z): ' "$DIR/helm.yaml"
      """;

  @Test
  void argumentsFileNamesAndEnvironmentAreUtf8UnderTheCLocale() {
    Path root = ClusterExtension.projectRoot();
    Path helm = Provisioned.clients(root).helm();
    Processes.Result r = Processes.run(List.of("/bin/bash", "-c", SCRIPT),
        Map.of("DIR", dir.toString(), "ROOT", root.toString(), "HELM", helm.toString()), Duration.ofMinutes(2));
    assertTrue(r.ok(), r.describe());
    String annotations = "        x: \u65e5\u672c\u8a9e\n        z: \u00e9\n";
    assertEquals("== ours\n" + annotations + "== helm\n" + annotations, r.stdout(), r.describe());
  }
}

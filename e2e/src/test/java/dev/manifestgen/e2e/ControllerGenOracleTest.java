package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.manifestgen.cli.Project;
import dev.manifestgen.crd.CrdSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * controller-gen as the oracle of {@code manifest-gen crds}: for controller-gen v0.4.0 (the Elastic
 * operator 1.3.0's pin) and a current release, on every API tree among the project's Go fixtures, both
 * tools generate the tree's CRDs and {@link CrdComparison} compares them CRD by CRD, version by version.
 * What the project declares in its CRD settings (the file {@code generate --all} reads) is applied to
 * controller-gen's side from that same file: open fields become {@code type: object} with
 * {@code x-kubernetes-preserve-unknown-fields}, kept versions must be exactly a served-false,
 * storage-false {@code type: object} version. Descriptions are compared and reported, never failed on.
 * A tree written with the current release's markers ({@link #CURRENT_ONLY}) runs with the current release only.
 */
class ControllerGenOracleTest {
  private static final Path ROOT = ClusterExtension.projectRoot();
  private static final Duration GO_TIMEOUT = Duration.ofMinutes(10);
  private static Provisioned binaries;
  private static final List<String> REPORT = new ArrayList<>();

  @BeforeAll
  static void provision() {
    binaries = Provisioned.clients(ROOT);
  }

  @AfterAll
  static void printSummary() {
    REPORT.forEach(System.out::println);
  }

  /**
   * Trees for the current release only: markers-current is written with markers v0.4.0 refuses (it cannot
   * parse their values, such as a float default); kubernetes-api-v0.37 needs a newer Go than v0.4.0 runs with;
   * plurals names ten kinds that v0.4.0's older inflection library pluralizes otherwise, where manifest-gen
   * follows the current release.
   */
  private static final Set<String> CURRENT_ONLY = Set.of("markers-current", "kubernetes-api-v0.37", "plurals");

  /** Each controller-gen with each API tree: a fixture module with go.mod and pkg/apis. */
  static Stream<Arguments> oracleRuns() throws IOException {
    List<Path> trees;
    try (Stream<Path> dirs = Files.list(ROOT.resolve("generator/src/test/resources/gosrc"))) {
      trees = dirs.filter(d -> Files.isRegularFile(d.resolve("go.mod")) && Files.isDirectory(d.resolve("pkg/apis")))
          .sorted().toList();
    }
    List<Arguments> runs = new ArrayList<>();
    for (String version : List.of("v0.4.0", "current")) {
      for (Path tree : trees) {
        if (version.equals("v0.4.0") && CURRENT_ONLY.contains(tree.getFileName().toString())) {
          continue;
        }
        runs.add(Arguments.of(version, tree.getFileName().toString()));
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "controller-gen {0} on {1}")
  @MethodSource("oracleRuns")
  void manifestGenCrdsEqualControllerGen(String version, String treeName) throws IOException {
    Path tree = ROOT.resolve("generator/src/test/resources/gosrc").resolve(treeName);
    Path work = Files.createTempDirectory("e2e-oracle-");
    try {
      Path copy = work.resolve(treeName);
      copyTree(tree, copy);
      // controller-gen v0.4.0 runs with the Go 1.19 it was built with (provision.sh says why); the current
      // release with the machine's Go.
      Path go = version.equals("v0.4.0") ? binaries.controllerGen040Go() : Path.of(goBinary());
      Map<String, String> goEnv = goEnvironment(go);
      run(List.of(go.toString(), "mod", "download"), copy, goEnv);

      CrdSettings settings = settingsOf(treeName);
      // v0.4.0 has no generateEmbeddedObjectMeta: it is compared with our output without that option.
      boolean embedded = settings.embeddedObjectMeta() && !version.equals("v0.4.0");
      Path settingsFile = settingsFileFor(treeName, embedded, work);

      Path controllerGen = version.equals("v0.4.0") ? binaries.controllerGen040() : binaries.controllerGenCurrent();
      Path cgOut = work.resolve("controller-gen-out");
      String crdOptions = "crd:crdVersions=v1" + (embedded ? ",generateEmbeddedObjectMeta=true" : "");
      run(List.of(controllerGen.toString(), crdOptions, "paths=./pkg/apis/...", "output:crd:dir=" + cgOut), copy, goEnv);
      List<Map<String, Object>> theirs = loadDirectory(cgOut);

      List<String> args = new ArrayList<>(List.of("crds", "--from", copy.toString()));
      if (settingsFile != null) {
        args.addAll(List.of("--settings", settingsFile.toString()));
      }
      Processes.Result ours = new ManifestGenCli(ROOT).run(args.toArray(String[]::new));
      assertTrue(ours.ok(), ours::describe);

      CrdSettings used = settingsFile == null ? CrdSettings.NONE : CrdSettings.read(settingsFile, settingsFile.toString());
      CrdComparison comparison = CrdComparison.compare(theirs, loadAll(ours.stdout()), used);
      if (version.equals("v0.4.0")) {
        // Where v0.4.0 and the current release disagree with each other (the same tree, the same options),
        // manifest-gen follows the current release; its own run checks that.
        Path currentOut = work.resolve("controller-gen-current-out");
        run(List.of(binaries.controllerGenCurrent().toString(), crdOptions, "paths=./pkg/apis/...",
            "output:crd:dir=" + currentOut), copy, goEnvironment(Path.of(goBinary())));
        CrdComparison releases = CrdComparison.compare(theirs, loadDirectory(currentOut), CrdSettings.NONE);
        comparison = comparison.followingCurrentWhere(releases);
      }
      String label = "controller-gen " + (version.equals("current") ? versionOf(controllerGen) : version) + " on "
          + treeName;
      String summary = label + ": " + comparison.summary();
      REPORT.add(summary);
      System.out.println(summary);
      OracleNotes.record(label, comparison);
      if (!comparison.differences().isEmpty()) {
        fail(summary + "\n" + String.join("\n", comparison.differences()));
      }
    } catch (dev.manifestgen.crd.CrdException e) {
      throw new IllegalStateException(e);
    } finally {
      TempDirs.delete(work);
    }
  }

  /** The project's CRD settings apply to the operator's tree; other fixture trees have none. */
  private static CrdSettings settingsOf(String treeName) throws dev.manifestgen.crd.CrdException {
    if (!ROOT.resolve(Project.OPERATOR_SOURCE).getFileName().toString().equals(treeName)) {
      return CrdSettings.NONE;
    }
    Path file = ROOT.resolve(Project.CRD_SETTINGS);
    return CrdSettings.read(file, Project.CRD_SETTINGS);
  }

  /** The settings file manifest-gen reads for this run: the project's own, with the embedded-metadata option as run. */
  private static Path settingsFileFor(String treeName, boolean embedded, Path work) throws IOException {
    if (!ROOT.resolve(Project.OPERATOR_SOURCE).getFileName().toString().equals(treeName)) {
      return null;
    }
    Path file = ROOT.resolve(Project.CRD_SETTINGS);
    Map<String, Object> yaml = new Yaml().load(Files.readString(file));
    if (Boolean.TRUE.equals(yaml.get("generateEmbeddedObjectMeta")) && !embedded) {
      Map<String, Object> copy = new LinkedHashMap<>(yaml);
      copy.put("generateEmbeddedObjectMeta", false);
      DumperOptions options = new DumperOptions();
      options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      Path out = work.resolve("crds.yaml");
      Files.writeString(out, new Yaml(options).dump(copy));
      return out;
    }
    return file;
  }

  private static String versionOf(Path controllerGen) {
    Processes.Result r = Processes.run(List.of(controllerGen.toString(), "--version"), Map.of(), Duration.ofSeconds(30));
    String v = r.stdout().trim();
    int space = v.lastIndexOf(' ');
    return space < 0 ? v : v.substring(space + 1);
  }

  private static List<Map<String, Object>> loadDirectory(Path dir) throws IOException {
    List<Map<String, Object>> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        docs.addAll(loadAll(Files.readString(f)));
      }
    }
    return docs;
  }

  private static List<Map<String, Object>> loadAll(String text) {
    List<Map<String, Object>> docs = new ArrayList<>();
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    for (Object doc : new Yaml(options).loadAll(text)) {
      if (doc instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) map;
        docs.add(m);
      }
    }
    return docs;
  }

  /** The machine's Go, as provision.sh built controller-gen with; controller-gen runs `go list` through it. */
  private static String goBinary() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, "go"))) {
        return Path.of(dir, "go").toString();
      }
    }
    return "/usr/local/go/bin/go";
  }

  /** Modules resolved and go.sum completed as needed (the proxy from the environment); workspaces off. */
  private static Map<String, String> goEnvironment(Path go) {
    return Map.of("GOFLAGS", "-mod=mod", "GOWORK", "off", "GOTOOLCHAIN", "local", "GOROOT", go.getParent().getParent().toString(),
        "PATH", go.getParent() + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  private static void run(List<String> command, Path dir, Map<String, String> env) {
    List<String> shell = List.of("sh", "-c", "cd \"$0\" && exec \"$@\"", dir.toString());
    List<String> full = new ArrayList<>(shell);
    full.addAll(command);
    Processes.Result r = Processes.run(full, env, GO_TIMEOUT);
    if (!r.ok()) {
      throw new AssertionError(r.describe());
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(p -> {
        try {
          Path target = to.resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(target);
          } else {
            Files.copy(p, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.OperatorContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract's reading of flag libraries against the libraries themselves: each program of the pinned
 * module e2e/flaglibs declares flags as operators do (kong struct tags, urfave/cli literals, klog's and
 * controller-runtime zap's flags handed to pflag) and prints what the real library defines: name, type,
 * default and environment variables. {@code contract extract --main PROGRAM} reads the same source; both
 * must agree flag for flag. The programs are built once per module content (go.mod, go.sum and sources
 * hashed) into the e2e cache; the Go toolchain fetches the pinned modules through the configured proxy.
 */
class FlagLibrariesTest {
  private static final Path ROOT = Path.of(System.getProperty("manifestgen.root", "..")).toAbsolutePath().normalize();
  private static final Path MODULE = ROOT.resolve("e2e/flaglibs");
  /** Library type names to the contract's, where the library has one of the contract's types. */
  private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("bool", "bool"), Map.entry("string", "string"),
      Map.entry("int", "int"), Map.entry("int64", "int64"), Map.entry("uint64", "uint64"), Map.entry("time.Duration", "duration"),
      Map.entry("duration", "duration"), Map.entry("[]string", "stringSlice"), Map.entry("*cli.BoolFlag", "bool"),
      Map.entry("*cli.StringFlag", "string"), Map.entry("*cli.IntFlag", "int"), Map.entry("*cli.Int64Flag", "int64"),
      Map.entry("*cli.DurationFlag", "duration"), Map.entry("*cli.StringSliceFlag", "stringSlice"));

  record Defined(String name, String type, String defaultValue, List<String> env) {}

  @ParameterizedTest
  @ValueSource(strings = {"kong", "urfave", "pflaglibs"})
  void theContractListsWhatTheLibraryDefines(String program) throws Exception {
    Map<String, Defined> library = new TreeMap<>();
    for (String line : run(program).lines().toList()) {
      String[] f = line.split("\t", -1);
      library.put(f[0], new Defined(f[0], f[1], f[2], f[3].isEmpty() ? List.of() : List.of(f[3].split(","))));
    }
    Processes.Result extracted = new ManifestGenCli(ROOT).run("contract", "extract", "--from", MODULE.toString(), "--main",
        program, "-o", "-");
    assertEquals(0, extracted.exitCode(), extracted.describe());
    OperatorContract contract = ContractYaml.read(extracted.stdout(), program);
    assertEquals(library.keySet(), new java.util.TreeSet<>(contract.flags().stream().map(Flag::name).toList()),
        "flag names, library vs contract");
    List<String> differences = new ArrayList<>();
    for (Defined d : library.values()) {
      Flag flag = contract.flag(d.name()).orElseThrow();
      String type = TYPES.get(d.type());
      // a library's own Value type (klog's Level, zap's level) has no contract type to compare with
      if (type != null && !type.equals(flag.type().yamlName())) {
        differences.add(d.name() + ": type " + d.type() + " but the contract says " + flag.type().yamlName());
      }
      if (!d.defaultValue().equals(flag.defaultValue())) {
        differences.add(d.name() + ": default '" + d.defaultValue() + "' but the contract says '" + flag.defaultValue() + "'");
      }
      if (!d.env().equals(flag.env())) {
        differences.add(d.name() + ": env " + d.env() + " but the contract says " + flag.env());
      }
    }
    assertTrue(differences.isEmpty(), String.join("\n", differences));
  }

  /** Builds the program into the cache when its module changed, and runs it with an empty environment. */
  private static String run(String program) throws IOException {
    Path cache = Path.of(System.getProperty("user.home"), ".cache/manifest-gen/e2e/flaglibs-" + moduleHash());
    Path binary = cache.resolve(program);
    if (!Files.isExecutable(binary)) {
      Files.createDirectories(cache);
      Processes.Result build = Processes.run(List.of(go(), "-C", MODULE.toString(), "build", "-mod=readonly", "-o", binary.toString(), "./" + program),
          Map.of(), Duration.ofMinutes(10));
      assertEquals(0, build.exitCode(), build.describe());
    }
    Processes.Result result = Processes.run(List.of("env", "-i", binary.toString()), Map.of(), Duration.ofSeconds(30));
    assertEquals(0, result.exitCode(), result.describe());
    return result.stdout();
  }

  private static String go() {
    // the toolchain the project uses first (go.mod needs 1.22 and -C); e2e/provision.sh's Debian Go is older
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : ("/usr/local/go/bin:" + path).split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "go"))) {
        return Path.of(dir, "go").toString();
      }
    }
    throw new AssertionError("no go toolchain in /usr/local/go/bin or on PATH");
  }

  private static String moduleHash() throws IOException {
    try (Stream<Path> files = Files.walk(MODULE)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        sha.update(MODULE.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(f));
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.contract.ContractProgram;
import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.Flag;
import dev.manifestgen.contract.FlagType;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.validate.Finding;
import dev.manifestgen.validate.ManifestLoader;
import dev.manifestgen.validate.ManifestSet;
import dev.manifestgen.validate.OperatorInstance;
import dev.manifestgen.validate.ValidationContext;
import dev.manifestgen.validate.Validator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
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
 * module e2e/flaglibs declares flags as operators do (kong struct tags, urfave/cli literals, envconfig and
 * caarlos0/env settings read from the environment, klog's and
 * controller-runtime zap's flags handed to pflag) and prints what the real library defines: name, type,
 * default and environment variables. {@code contract extract --main PROGRAM} reads the same source; both
 * must agree flag for flag. The cobra program holds several programs (subcommands with shorthands): the contract
 * lists each with its flags as cobra does, and validate reads container arguments (which program, which values,
 * refused or not) as cobra's Find and ParseFlags do. The programs are built once per module content (go.mod, go.sum and sources
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
  @ValueSource(strings = {"kong", "urfave", "pflaglibs", "envtags"})
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

  private static OperatorContract extract(String program) {
    Processes.Result extracted = new ManifestGenCli(ROOT).run("contract", "extract", "--from", MODULE.toString(), "--main",
        program, "-o", "-");
    assertEquals(0, extracted.exitCode(), extracted.describe());
    try {
      return ContractYaml.read(extracted.stdout(), program);
    } catch (dev.manifestgen.yaml.YamlException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * cobra subcommands: each command that runs is one program of the contract, with its aliases and every flag it
   * accepts (its own and its parents' persistent ones), shorthands included, as cobra itself lists them.
   */
  @Test
  void theContractListsEachCobraProgramWithItsFlagsAndShorthands() throws Exception {
    Set<String> library = new TreeSet<>(run("cobra").lines().toList());
    OperatorContract contract = extract("cobra");
    Set<String> ours = new TreeSet<>();
    for (ContractProgram p : contract.programs()) {
      for (Flag f : p.contract().flags()) {
        ours.add(String.join("\t", String.join(" ", p.command()), String.join(",", p.aliases()), f.name(),
            f.shorthand() == null ? "" : f.shorthand(), f.type().yamlName(), f.defaultValue()));
      }
    }
    assertEquals(String.join("\n", library), String.join("\n", ours), "cobra's programs and flags vs the contract's");
  }

  /**
   * Which program a container's arguments start and what they set, as validate reads them, against cobra's own
   * Find and ParseFlags on the same arguments: the same program and values, and a finding exactly where cobra
   * refuses the arguments (an unknown subcommand or shorthand, a value of the wrong type, a command that does not run).
   */
  @ParameterizedTest
  @ValueSource(strings = {"controller -gl -w3", "controller -l=false -w 7 --watch-namespace=ns1", "-g certs -r=false --lock-name x",
      "webhook -p8443 -d /x", "-n default webhook -vp 9000", "certs -rg", "webhook -vd/tmp", "controller --workers=2 -g=false",
      "controller -lgw 5", "-g webhok", "controller -x", "webhook -l", "controller -wthree", "-g", "cert-manager -r=maybe",
      "webhook -vz", "controller -w", "webhook --cert-dir", "controller --workers -3"})
  void validateReadsArgumentsAsCobraDoes(String arguments) throws Exception {
    List<String> args = List.of(arguments.split(" "));
    List<String> argv = new ArrayList<>(List.of("parse"));
    argv.addAll(args);
    List<String> cobra = run("cobra", argv).lines().toList();
    OperatorContract binary = extract("cobra");
    String yaml = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: multi, namespace: ns}
        spec:
          selector: {matchLabels: {app: multi}}
          template:
            metadata: {labels: {app: multi}}
            spec:
              containers:
              - name: multi
                image: example/multi:1
                args: %s
        """.formatted(args.stream().map(a -> "'" + a + "'").toList());
    ManifestSet set = new ManifestSet(ManifestLoader.parse(yaml, "t.yaml"));
    List<String> refused = Validator.validate(new ValidationContext(set, binary, Set.of("*")), Validator.Options.DEFAULT).stream()
        .filter(f -> Set.of("MG501", "MG502", "MG507").contains(f.rule())).map(Finding::human).toList();
    if (cobra.get(0).startsWith("error\t")) {
      assertFalse(refused.isEmpty(), "cobra refuses " + arguments + " (" + cobra.get(0) + "), validate does not");
      return;
    }
    assertEquals(List.of(), refused, "cobra accepts " + arguments);
    String program = null;
    Map<String, String> set2 = new TreeMap<>();
    for (ContractProgram p : binary.programs()) {
      for (OperatorInstance op : OperatorInstance.startedBy(set, binary, p)) {
        program = String.join(" ", p.command());
        for (OperatorInstance.Setting s : op.settings()) {
          FlagType type = p.contract().flag(s.name()).orElseThrow().type();
          // pflag prints slices and durations in its own form ([a,b], 1m0s); the word written is compared for the others
          set2.put(s.name(), type == FlagType.STRING_SLICE || type == FlagType.DURATION ? "*" : String.valueOf(s.value()));
        }
      }
    }
    List<String> ours = new ArrayList<>(List.of("program\t" + program));
    set2.forEach((k, v) -> ours.add("set\t" + k + "=" + v));
    List<String> theirs = new ArrayList<>(cobra.subList(0, 1));
    cobra.subList(1, cobra.size()).stream().sorted().forEach(theirs::add);
    assertEquals(theirs, ours, arguments);
  }

  private static String run(String program) throws IOException {
    return run(program, List.of());
  }

  /** Builds the program into the cache when its module changed, and runs it with an empty environment. */
  private static String run(String program, List<String> args) throws IOException {
    Path cache = Path.of(System.getProperty("user.home"), ".cache/manifest-gen/e2e/flaglibs-" + moduleHash());
    Path binary = cache.resolve(program);
    if (!Files.isExecutable(binary)) {
      Files.createDirectories(cache);
      Processes.Result build = Processes.run(List.of(go(), "-C", MODULE.toString(), "build", "-mod=readonly", "-o", binary.toString(), "./" + program),
          Map.of(), Duration.ofMinutes(10));
      assertEquals(0, build.exitCode(), build.describe());
    }
    List<String> command = new ArrayList<>(List.of("env", "-i", binary.toString()));
    command.addAll(args);
    Processes.Result result = Processes.run(command, Map.of(), Duration.ofSeconds(30));
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

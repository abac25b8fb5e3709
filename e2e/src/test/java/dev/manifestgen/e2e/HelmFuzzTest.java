package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.render.HelmFunctions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz of values against the real helm CLI (v3.17, from the e2e provisioning): hostile
 * values files (YAML typing, merge keys, duplicate keys, several documents, tags) and hostile
 * --set, --set-string, --set-json, --set-literal and --set-file expressions (with families of strings that start
 * with or hold a byte order mark, and of control characters yaml.v2 refuses or reads), rendered by
 * {@code helm template} of the committed chart and by {@code manifest-gen generate}. Where both
 * render, the outputs are byte-identical below manifest-gen's header, {@code # Source:} comments included; where both refuse,
 * manifest-gen says so in one line naming the file or flag; where only one refuses, the case must
 * match a line of helm-fuzz-disagreements.tsv, which says why. Set -Dfuzz.seed=N to replay a run
 * and -Dfuzz.cases=N for more cases.
 */
class HelmFuzzTest {
  static final long SEED = Long.getLong("fuzz.seed", 20261130L);
  static final int CASES = Integer.getInteger("fuzz.cases", 420);

  @TempDir Path dir;

  record Case(int number, List<String> args, String valuesText) {}

  record Outcome(Case c, Processes.Result helm, Processes.Result ours) {}

  record Known(Pattern pattern, String reason) {}

  @Test
  void helmAndManifestGenAgreeOnHostileValues() throws Exception {
    Path root = ClusterExtension.projectRoot();
    Path helm = Provisioned.clients(root).helm();
    Path chart = root.resolve("charts/eck-operator");
    List<Known> known = known();
    System.err.println("helm fuzz: seed " + SEED + ", " + CASES + " cases (replay with -Dfuzz.seed=" + SEED + ")");

    Random random = new Random(SEED);
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(newCase(i, random));
    }
    Map<String, String> helmEnv = Map.of("HELM_CACHE_HOME", dir.resolve("helm/cache").toString(),
        "HELM_CONFIG_HOME", dir.resolve("helm/config").toString(), "HELM_DATA_HOME", dir.resolve("helm/data").toString());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Processes.Result>> helmRuns = new ArrayList<>();
    for (Case c : cases) {
      List<String> command = new ArrayList<>(List.of(helm.toString(), "template", "elastic-operator", chart.toString(),
          "-n", "elastic-system"));
      command.addAll(c.args());
      helmRuns.add(pool.submit(() -> Processes.run(command, helmEnv, Duration.ofMinutes(2))));
    }
    ManifestGenCli ours = new ManifestGenCli(root);
    StringBuilder failures = new StringBuilder();
    int bothRendered = 0;
    int bothRefused = 0;
    int explained = 0;
    try {
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        // helm template prints no crds/ without --include-crds: compare like with like
        List<String> args = new ArrayList<>(List.of("generate", "--skip-crds"));
        args.addAll(c.args());
        Outcome o = new Outcome(c, helmRuns.get(i).get(), ours.run(args.toArray(String[]::new)));
        String problem = judge(o, known);
        if (problem == null) {
          if (o.helm().ok() && o.ours().ok()) {
            bothRendered++;
          } else if (!o.helm().ok() && !o.ours().ok()) {
            bothRefused++;
          } else {
            explained++;
          }
        } else {
          failures.append("\n=== case ").append(c.number()).append(" (seed ").append(SEED).append(")\nargs: ")
              .append(c.args()).append("\nvalues file:\n").append(c.valuesText()).append('\n').append(problem).append('\n');
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.err.println("helm fuzz: " + bothRendered + " rendered by both, byte-identical; " + bothRefused
        + " refused by both; " + explained + " explained disagreements");
    assertTrue(failures.isEmpty(), failures.toString());
  }

  /** Null when the outcome is as it must be; else what is wrong. */
  private static String judge(Outcome o, List<Known> known) {
    boolean helmOk = o.helm().ok();
    boolean oursOk = o.ours().ok();
    if (helmOk && oursOk) {
      String a = comparable(o.ours().stdout());
      String b = comparable(o.helm().stdout());
      return a.equals(b) ? null : "both rendered, outputs differ:\n" + firstDifference(a, b);
    }
    if (!helmOk && !oursOk) {
      String err = o.ours().stderr();
      boolean oneLine = err.lines().count() == 1 && o.ours().exitCode() == 2;
      // The source: the values file or flag, or (a value that breaks the rendered YAML, as in Helm) the template
      String file = o.c().args().contains("-f") ? o.c().args().get(o.c().args().indexOf("-f") + 1) : null;
      boolean namesSource = err.contains("--set") || (file != null && err.contains(file)) || err.startsWith("error: templates/");
      return oneLine && namesSource ? null : "both refused, but manifest-gen's message is not one line naming the source (exit "
          + o.ours().exitCode() + "):\n" + err;
    }
    String text = "helm: " + (helmOk ? "rendered" : o.helm().stderr().strip()) + "\nmanifest-gen: "
        + (oursOk ? "rendered" : o.ours().stderr().strip());
    for (Known k : known) {
      if (k.pattern().matcher(text).find()) {
        return null;
      }
    }
    return "only one refused, and helm-fuzz-disagreements.tsv does not explain it:\n" + text;
  }

  private static String firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String l = i < x.length ? x[i] : "<end>";
      String r = i < y.length ? y[i] : "<end>";
      if (!l.equals(r)) {
        return "line " + (i + 1) + "\n  manifest-gen: " + HelmFunctions.quote(l) + "\n  helm:         " + HelmFunctions.quote(r);
      }
    }
    return "";
  }

  static String comparable(String output) {
    StringBuilder out = new StringBuilder();
    for (String line : output.split("\n", -1)) {
      if (line.startsWith("# Generated by manifest-gen") || line.startsWith("# Command: ")) {
        continue;
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static List<Known> known() throws IOException {
    List<Known> known = new ArrayList<>();
    try (var in = HelmFuzzTest.class.getResourceAsStream("/helm-fuzz-disagreements.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        known.add(new Known(Pattern.compile(parts[0]), parts.length > 1 ? parts[1] : ""));
      }
    }
    return known;
  }

  // ---- case generation ----

  private static final String LONG = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor";
  private static final String[] FRAGMENTS = {
      "", "true", "false", "FALSE", "y", "N", "on", "Off", "0o17", "0x1F", "0b1", "017", "08", "1:30", "1:30.5", "1e3", "-2E+5", ".5",
      ".inf", "~", "null", "NULL", "2001-01-01", "2001-01-01T10:00:00Z", "- item", "a: b", "#c", " lead", "trail ",
      "multi\nline", "two\n\n", "\nfirst", "tab\there", "🚀", "é☃", "'q'", "\"dq\"", "back\\slash", ",", "=", "[0]", ".",
      "{a,b}", "@x", "%p", "`t`", "&a", "*b", "!t", "|", ">", "?", " # c", "\r", "\u0085", "\u2028", "\u0001", "\u00a0",
      LONG, LONG + " " + LONG, "{{ .Values.replicas }}", "{% x %}", "\\", "a\\,b", "0", "12", "-1", "+5", "1_000"};

  /** Label values (podLabels and nodeSelector take only those): still typed and quoted in tricky ways. */
  private static final String[] LABEL_VALUES = {"", "a", "x-1", "A.b_c", "true", "y", "0o17", "0x1F", "1e3", "017",
      "null", "on", "2001-01-01", "n", "12", "1_0", "K9", "z".repeat(63)};

  private static String valueFor(String map, Random r) {
    return map.equals("podAnnotations") ? hostile(r) : LABEL_VALUES[r.nextInt(LABEL_VALUES.length)];
  }

  /** Characters yaml.v2's reader refuses (Helm's schema check then fails) and neighbours it reads. */
  private static final String[] CONTROLS = {"\u007f", "\u0080", "\u0084", "\u0086", "\u009f", "\ufffe", "\uffff",
      "\u0085", "\ufffd", "\u00a0", "\u001f", "\u2029", "\ud7ff", "\ue000"};

  private static String hostile(Random r) {
    switch (r.nextInt(12)) {
      case 0 -> {
        // The byte order mark family: leading (yaml.v2 then escapes every character), inside, alone, long, multi-line
        String[] rest = {"bom", "", " lead", LONG + " " + LONG, "multi\nline", "\uFEFF", "é☃🚀", "\"q\" \\", "true", "12"};
        String tail = rest[r.nextInt(rest.length)];
        return r.nextInt(4) == 0 ? FRAGMENTS[r.nextInt(FRAGMENTS.length)] + "\uFEFF" + tail : "\uFEFF" + tail;
      }
      case 1 -> {
        // The control character family, each among other text
        return FRAGMENTS[r.nextInt(FRAGMENTS.length)] + CONTROLS[r.nextInt(CONTROLS.length)] + FRAGMENTS[r.nextInt(FRAGMENTS.length)];
      }
      default -> {
        // the plain hostile fragments, below
      }
    }
    StringBuilder s = new StringBuilder();
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      s.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
    }
    return s.toString();
  }

  /** A key for a string map: usually tame, sometimes with dots, spaces or other odd characters. */
  private static String key(Random r, int i) {
    return switch (r.nextInt(6)) {
      case 0 -> "example.com/k" + i;
      case 1 -> "k" + i;
      case 2 -> "K" + (10 - i);
      case 3 -> "a.b/c-" + i;
      case 4 -> "_u" + i;
      default -> "k" + i + "_" + (char) ('a' + r.nextInt(26));
    };
  }

  /** The value as a YAML scalar: Go-quoted (valid YAML double-quoted), single-quoted or plain. */
  private static String yamlScalar(Random r, String s) {
    int how = r.nextInt(4);
    if (how == 0 && s.matches("[A-Za-z0-9 :._/+-]*") && !s.isEmpty() && !s.startsWith(" ") && !s.endsWith(" ")
        && !s.contains(": ")) {
      return s; // plain: typed by yaml.v2
    }
    if (how == 1 && s.codePoints().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return "'" + s.replace("'", "''") + "'";
    }
    return HelmFunctions.quote(s);
  }

  /** A --set key or value with strvals' special characters escaped. */
  private static String escape(String s, String specials) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (specials.indexOf(c) >= 0 || c == '\\' || (i == 0 && c == '{')) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private Case newCase(int number, Random r) {
    List<String> args = new ArrayList<>();
    StringBuilder values = new StringBuilder();
    String[] maps = {"podAnnotations", "podLabels", "nodeSelector"};
    int entries = r.nextInt(4);
    for (int m = 0; m < maps.length && entries > 0; m++) {
      if (r.nextBoolean()) {
        continue;
      }
      values.append(maps[m]).append(":\n");
      if (r.nextInt(8) == 0) {
        values.append("  <<: {").append(key(r, 9)).append(": ").append(HelmFunctions.quote(valueFor(maps[m], r))).append("}\n");
      }
      for (int i = 0; i < entries; i++) {
        String k = key(r, i);
        values.append("  ").append(HelmFunctions.quote(k)).append(": ").append(yamlScalar(r, valueFor(maps[m], r))).append('\n');
        if (r.nextInt(10) == 0) {
          values.append("  ").append(HelmFunctions.quote(k)).append(": ").append(HelmFunctions.quote(valueFor(maps[m], r))).append('\n');
        }
      }
    }
    if (r.nextInt(3) == 0) {
      String[] numbers = {"1", "2", "0x2", "0o3", "03", "1_0", "2.0", "1e0", "\"2\"", "-1", "1:30", "y", "~", ".inf", "2.5"};
      values.append("replicas: ").append(numbers[r.nextInt(numbers.length)]).append('\n');
    }
    if (r.nextInt(3) == 0) {
      String[] numbers = {"1", "0.5", "1e21", "1e6", "12345678901234567890", "0.0000001", ".5", "1_000", "017", "0x1F",
          "0b101", "1e-7", "100m", "1Gi", "\"2\"", "1:30", "-0", "+1", "9007199254740993", ".NaN"};
      values.append("resources:\n  limits:\n    cpu: ").append(numbers[r.nextInt(numbers.length)])
          .append("\n    memory: ").append(numbers[r.nextInt(numbers.length)]).append('\n');
    }
    if (r.nextInt(4) == 0) {
      // The number edges: beyond 2^53, int64 and uint64, huge and tiny floats, in config (printed by toYaml into
      // the checksummed file) and replicas (converted by Go's int64)
      String[] numbers = {"9007199254740993", "9223372036854775807", "9223372036854775808", "18446744073709551615",
          "18446744073709551616", "1e20", "1e21", "1.7976931348623157e308", "4.9e-324", "-9223372036854775809", "123456789.5"};
      String n = numbers[r.nextInt(numbers.length)];
      String key = new String[] {"config.log-verbosity", "config.max-concurrent-reconciles", "securityContext.runAsUser",
          "replicas"}[r.nextInt(4)];
      if (r.nextBoolean()) {
        args.addAll(List.of("--set-json", key + "=" + n));
      } else {
        int dot = key.indexOf('.');
        values.append(dot < 0 ? key + ": " + n + "\n" : key.substring(0, dot) + ":\n  " + key.substring(dot + 1) + ": " + n + "\n");
      }
    }
    if (r.nextInt(12) == 0) {
      values.append(r.nextBoolean() ? "---\nreplicas: 3\n" : "podLabels:\n  \"x\": !!binary aGVsbG8gd29ybGQ=\n");
    }
    if (r.nextInt(25) == 0) {
      values.append(new String[] {"~: x\n", "- list\n", "a: [\n", "\t- tab\n", "podLabels: {a: !!int x}\n"}[r.nextInt(5)]);
    }
    if (values.length() > 0 || r.nextInt(4) == 0) {
      Path file = dir.resolve("values-" + number + ".yaml");
      write(file, values.toString());
      args.add("-f");
      args.add(file.toString());
    }
    for (int n = r.nextInt(4); n > 0; n--) {
      String map = maps[r.nextInt(maps.length)];
      String target = map + "." + escape(key(r, 5 + n), ".[=,");
      String v = valueFor(map, r);
      switch (r.nextInt(9)) {
        case 0 -> args.addAll(List.of("--set", target + "=" + escape(v, ",")));
        case 1, 2 -> args.addAll(List.of("--set-string", target + "=" + escape(v, ",")));
        case 3 -> args.addAll(List.of("--set-literal", target + "=" + v));
        case 4 -> args.addAll(List.of("--set-json", target + "=" + (r.nextBoolean() ? jsonString(v) : v)));
        case 5 -> {
          Path f = dir.resolve("file-" + number + "-" + n + ".txt");
          write(f, v);
          args.addAll(List.of("--set-file", target + "=" + f));
        }
        case 6 -> args.addAll(r.nextBoolean() ? List.of("--set-string", "serviceAccount.name=" + escape(v, ","))
            : List.of("--set", "replicas=" + new String[] {"2", "0", "02", "+2", "-1", "null", "3,replicas=1"}[r.nextInt(7)]));
        case 7 -> args.addAll(List.of("--set", new String[] {target + "=a\\", "tolerations[0].key=", "tolerations[0].key=x,tolerations[1].key=",
            target + "={a,b", target, "=x", target + "=@/etc/hostname", "podAnnotations.", "managedNamespaces[2]=ns",
            "managedNamespaces={a,b},managedNamespaces[3]=d", "imagePullSecrets[0].name=reg"}[r.nextInt(11)]));
        default -> args.addAll(List.of("--set-string", target + "=" + escape(v, ",") + "," + target + "x=" + escape(valueFor(map, r), ",")));
      }
    }
    return new Case(number, args, values.toString());
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

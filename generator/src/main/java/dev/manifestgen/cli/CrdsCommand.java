package dev.manifestgen.cli;

import dev.manifestgen.crd.CrdException;
import dev.manifestgen.crd.CrdGenerator;
import dev.manifestgen.crd.CrdSettings;
import dev.manifestgen.crd.GeneratedCrd;
import dev.manifestgen.golang.GoModuleCache;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "crds", sortOptions = false,
    description = {
        "Build the operator's CustomResourceDefinitions from its Go API types, as controller-gen does.",
        "Reads +groupName packages, the types that embed TypeMeta and ObjectMeta, and their markers;",
        "Kubernetes' own types (k8s.io/api, k8s.io/apimachinery) are read from the Go module cache",
        "($GOMODCACHE, else $GOPATH/pkg/mod, else ~/go/pkg/mod) at the versions go.mod requires, so",
        "run `go mod download` for them first. One apiextensions.k8s.io/v1 CRD per kind, one structural",
        "schema per version. Unknown markers are warned about on stderr; unreadable source or a module",
        "missing from the cache exits 2, writing nothing."})
final class CrdsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "GO_SRC",
      description = "The operator's Go module (the directory with go.mod).")
  Path from;

  @Option(names = "--settings", paramLabel = "FILE",
      description = "CRD settings: fields kept open and versions kept for storedVersions (config/crds.yaml).")
  Path settings;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "-",
      description = "A directory to write <group>_<plural>.yaml files into; - for one stream on stdout (default).")
  String output;

  @Override
  public Integer call() throws Exception {
    CrdGenerator.Result result = generate(from, settings);
    PrintWriter err = spec.commandLine().getErr();
    result.warnings().forEach(w -> err.println("warning: " + w));
    err.flush();
    if (result.crds().isEmpty()) {
      // A wrong --from (the repository's parent, a module without API types) is not "0 CRDs, done".
      err.println("error: --from " + from + ": no kind (a type embedding metav1.TypeMeta and metav1.ObjectMeta) found in its " + result.packages()
          + " Go package" + (result.packages() == 1 ? "" : "s") + (result.groupPackages().isEmpty()
              ? " (none has a +groupName package marker)"
              : " (searched those with a +groupName: " + String.join(", ", result.groupPackages()) + ")")
          + "; nothing written");
      return ExitCodes.FINDINGS;
    }
    if (output.equals("-")) {
      PrintWriter out = spec.commandLine().getOut();
      result.crds().forEach(c -> out.print(c.yaml()));
      out.flush();
      return ExitCodes.OK;
    }
    Path dir = Path.of(output);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException("-o " + output + ": not a directory");
    }
    OutputFiles files = new OutputFiles();
    for (GeneratedCrd crd : result.crds()) {
      files.file(dir.resolve(crd.fileName()), crd.yaml());
    }
    files.commit();
    err.println("wrote " + result.crds().size() + " CRDs to " + output);
    return ExitCodes.OK;
  }

  /** The CRDs of a Go module; source it cannot read is a usage error naming the file under {@code from}. */
  static CrdGenerator.Result generate(Path from, Path settingsFile) throws UsageException {
    if (!Files.isDirectory(from)) {
      throw new UsageException("--from " + from + ": not a directory");
    }
    if (settingsFile != null && !Files.isRegularFile(settingsFile)) {
      throw new UsageException("--settings " + settingsFile + ": no such file");
    }
    CrdSettings settings;
    try {
      settings = settingsFile == null ? CrdSettings.NONE : CrdSettings.read(settingsFile, settingsFile.toString());
    } catch (CrdException e) {
      throw new UsageException(e.getMessage());
    }
    try {
      CrdGenerator.Result r = CrdGenerator.generate(from, GoModuleCache.fromEnvironment(), settings);
      return r.withWarnings(r.warnings().stream().map(w -> under(from, w)).toList());
    } catch (CrdException e) {
      throw new UsageException(under(from, e.getMessage()));
    }
  }

  /** A message that starts with a file of the module names it under {@code from}; others stay as they are. */
  private static String under(Path from, String message) {
    int colon = message.indexOf(':');
    if (message.startsWith(from.toString()) || colon <= 0 || Path.of(message.substring(0, colon)).isAbsolute()) {
      return message;
    }
    return Files.exists(from.resolve(message.substring(0, colon))) ? from + "/" + message : message;
  }
}

package dev.manifestgen.cli;

import dev.manifestgen.render.Release;
import dev.manifestgen.values.ValuesRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The value layers and installation name, as Helm takes them. */
public final class ValuesOptions {
  @Option(names = "--profile", paramLabel = "NAME",
      description = "Value profile from config/profiles/NAME.yaml, above the defaults (repeatable; later wins).")
  List<String> profiles = new ArrayList<>();

  @Option(names = {"-f", "--values"}, paramLabel = "FILE",
      description = "Values file, above the profiles; - for standard input (repeatable; later wins).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Set values like helm --set: a.b=c, a[0].b=c, a={x,y}; true/false/null/integers are typed (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(names = "--set-string", paramLabel = "KEY=VALUE",
      description = "Like --set, but every value is a string; applied after all --set, as Helm does (repeatable).")
  List<String> setStrings = new ArrayList<>();

  @Option(names = "--set-file", paramLabel = "KEY=FILE",
      description = "Like --set, but each value is the text of a file (- for standard input); applied after --set-string (repeatable).")
  List<String> setFiles = new ArrayList<>();

  @Option(names = "--set-json", paramLabel = "KEY=JSON",
      description = "Like --set, but each value is JSON; applied before --set, as Helm does (repeatable).")
  List<String> setJsons = new ArrayList<>();

  @Option(names = "--set-literal", paramLabel = "KEY=VALUE",
      description = "Like --set-string, but everything after = is one literal string, commas and backslashes included; applied last (repeatable).")
  List<String> setLiterals = new ArrayList<>();

  @Option(names = "--name", paramLabel = "NAME", defaultValue = "elastic-operator",
      description = "Installation name (Helm's release name). Default: ${DEFAULT-VALUE}.")
  String name;

  @Option(names = {"-n", "--namespace"}, paramLabel = "NAMESPACE", defaultValue = "elastic-system",
      description = "Installation namespace (Helm's release namespace). Default: ${DEFAULT-VALUE}.")
  String namespace;

  public ValuesRequest request() {
    return new ValuesRequest(profiles, files, sets, setStrings, setFiles, setJsons, setLiterals);
  }

  public Release release() {
    return new Release(name, namespace);
  }

  /** Whether anything beyond the defaults was asked for. */
  boolean isDefault() {
    return profiles.isEmpty() && files.isEmpty() && sets.isEmpty() && setStrings.isEmpty()
        && setFiles.isEmpty() && setJsons.isEmpty() && setLiterals.isEmpty()
        && Release.DEFAULT.equals(release());
  }
}

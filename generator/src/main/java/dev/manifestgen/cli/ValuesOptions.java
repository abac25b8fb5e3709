package dev.manifestgen.cli;

import dev.manifestgen.render.Release;
import dev.manifestgen.values.SetParser;
import dev.manifestgen.values.SetSyntaxException;
import dev.manifestgen.values.ValuesRequest;
import java.util.LinkedHashMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /** The installation, its name and namespace checked as Helm and the API server check them. */
  public Release release() throws UsageException {
    Optional<String> problem = Release.nameProblem(name);
    if (problem.isPresent()) {
      throw new UsageException(typed("--name") + ": " + problem.get());
    }
    problem = Release.namespaceProblem(namespace);
    if (problem.isPresent()) {
      throw new UsageException(typed("--namespace") + ": " + problem.get());
    }
    return new Release(name, namespace);
  }

  /** The files a --set-file expression names (none when it is malformed: loading the values says why). */
  static List<String> setFilePaths(String expression) {
    List<String> paths = new ArrayList<>();
    try {
      SetParser.apply(SetParser.Kind.FILE, expression, new LinkedHashMap<>(), path -> {
        if (!path.equals("-")) {
          paths.add(path);
        }
        return "";
      });
    } catch (SetSyntaxException e) {
      return List.of();
    }
    return paths;
  }

  /** Whether anything beyond the defaults was asked for. */
  boolean isDefault() {
    return profiles.isEmpty() && files.isEmpty() && sets.isEmpty() && setStrings.isEmpty()
        && setFiles.isEmpty() && setJsons.isEmpty() && setLiterals.isEmpty()
        && Release.DEFAULT.equals(new Release(name, namespace));
  }

  /** The option as the user spelled it (-n or --namespace), for messages. */
  private String typed(String longName) {
    OptionSpec option = spec.findOption(longName);
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    for (int i = args.size() - 1; i >= 0; i--) {
      for (String alias : option.names()) {
        String arg = args.get(i);
        if (arg.equals(alias) || arg.startsWith(alias + "=") || (!alias.startsWith("--") && arg.startsWith(alias))) {
          return alias;
        }
      }
    }
    return longName;
  }
}

package dev.manifestgen.e2e;

import dev.manifestgen.cli.ManifestGen;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Runs manifest-gen in-process, as `bin/manifest-gen ARGS` would, capturing what it prints. */
final class ManifestGenCli {
  private final Path projectRoot;

  ManifestGenCli(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  Processes.Result run(String... args) {
    CommandLine cli = ManifestGen.commandLine(new ManifestGen(projectRoot));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    List<String> command = new java.util.ArrayList<>(List.of("manifest-gen"));
    command.addAll(List.of(args));
    return new Processes.Result(command, exit, out.toString(), err.toString());
  }

  /** Renders with the given arguments into FILE; fails the test when rendering fails. */
  Path generate(Path file, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of("generate", "-o", file.toString()));
    all.addAll(List.of(args));
    Processes.Result result = run(all.toArray(String[]::new));
    if (!result.ok()) {
      throw new AssertionError(result.describe());
    }
    return file;
  }
}

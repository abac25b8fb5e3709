package dev.manifestgen.testing;

import dev.manifestgen.cli.ManifestGen;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs manifest-gen in-process against a project root and captures what it prints. */
public final class Cli {
  private Cli() {}

  public record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  public static Result run(Path projectRoot, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ManifestGen.commandLine(new ManifestGen(projectRoot));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  public static Result run(String... args) {
    return run(Repo.root(), args);
  }
}

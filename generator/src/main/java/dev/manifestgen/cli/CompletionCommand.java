package dev.manifestgen.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion",
    description = {
        "Print a shell completion script for manifest-gen's commands and options (bash or zsh).",
        "bash: source <(manifest-gen completion bash)    zsh: source <(manifest-gen completion zsh)",
        "The script completes the command named manifest-gen (put bin/ on your PATH, or alias it)."})
final class CompletionCommand implements Callable<Integer> {
  static final List<String> SHELLS = List.of("bash", "zsh");

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash or zsh.")
  String shell;

  @Override
  public Integer call() throws UsageException {
    if (!SHELLS.contains(shell)) {
      throw new UsageException("SHELL " + shell + ": expected bash or zsh");
    }
    // picocli's script is written for bash; in zsh it loads bashcompinit itself, so both get the same script.
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    out.flush();
    return ExitCodes.OK;
  }

  static final class Shells implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SHELLS.iterator();
    }
  }
}

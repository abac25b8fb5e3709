package dev.manifestgen.cli;

import dev.manifestgen.render.RenderException;
import dev.manifestgen.render.Renderer;
import dev.manifestgen.values.ValuesException;
import dev.manifestgen.yaml.YamlException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The manifest-gen command line. Its scope is inherited: every command and subcommand takes -h/--help
 * (usage on stdout, exit 0) and -V/--version, as helm and kubectl take them everywhere.
 */
@Command(name = "manifest-gen", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    usageHelpWidth = 100, versionProvider = ManifestGen.Version.class,
    description = "Renders the Elastic operator's all-in-one manifest and Helm chart from one set of templates, and checks them.")
public final class ManifestGen implements Runnable {
  /** The commands, in the order the usage lists them. */
  private static final List<Class<?>> COMMANDS = List.of(GenerateCommand.class, ChartCommand.class, CheckCommand.class,
      ValidateCommand.class, CanICommand.class, RulesCommand.class, ContractCommand.class, CrdsCommand.class,
      PackageCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

  private final Path projectRoot;
  @Spec CommandSpec spec;

  /** Finds the project from the working directory (or MANIFEST_GEN_PROJECT). */
  public ManifestGen() {
    this(null);
  }

  /** Uses the given project root (tests). */
  public ManifestGen(Path projectRoot) {
    this.projectRoot = projectRoot;
  }

  /** Without a command, the usage on standard output and exit 0, as helm and kubectl do. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  Project project() throws UsageException {
    return projectRoot != null ? new Project(projectRoot.toAbsolutePath().normalize()) : Project.locate();
  }

  /** The full command line; {@link Main} answers --version and the top-level usage before this. */
  public static void main(String[] args) {
    if (rendersTemplates(args)) {
      Renderer.prepareEngine();
    }
    StandardOutput stdout = StandardOutput.open();
    PrintWriter out = stdout.writer();
    CommandLine cli = commandLine(new ManifestGen(), args);
    cli.setOut(out);
    int exit = cli.execute(args);
    System.exit(stdout.exitStatus(out, cli.getErr(), exit));
  }

  /**
   * Whether the command will render templates: generate, validate without files, package (and no help).
   * check starts the engine itself, once it knows it must render (a tree it passed before is not rendered).
   */
  private static boolean rendersTemplates(String[] args) {
    if (args.length == 0 || Arrays.stream(args).anyMatch(a -> a.equals("-h") || a.equals("--help")
        || a.equals("-V") || a.equals("--version"))) {
      return false;
    }
    if (args[0].equals("validate")) {
      return Arrays.stream(args).skip(1).allMatch(a -> a.startsWith("-"));
    }
    return args[0].equals("generate") || args[0].equals("package");
  }

  /** The command line with every command. */
  public static CommandLine commandLine(ManifestGen root) {
    return commandLine(root, new String[0]);
  }

  /**
   * The command line for {@code args}: when they start with a command's name, only that command is
   * built (picocli's model of each costs start-up time); otherwise (the usage, a mistyped command,
   * {@code help}, {@code completion}) every command.
   */
  static CommandLine commandLine(ManifestGen root, String[] args) {
    CommandLine cli = new CommandLine(root);
    // picocli calls the root's version provider for every command it adds, to copy a version string that
    // the command's own (inherited) provider then overrides; ours reads config/chart.yaml, ~20 ms of every
    // start. So the providers are set once the commands are in.
    CommandLine.IVersionProvider version = cli.getCommandSpec().versionProvider();
    cli.getCommandSpec().versionProvider(null);
    Class<?> only = args.length == 0 ? null : command(args[0]);
    for (Class<?> command : only == null ? COMMANDS : List.of(only)) {
      cli.addSubcommand(command);
    }
    setVersionProvider(cli, version);
    // Helm gives @ no meaning: --set @file must reach the values parser as it was typed.
    cli.setExpandAtFiles(false);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (StandardOutput.isClosedPipe(e)) {
        return ExitCodes.CLOSED_PIPE; // -o /dev/stdout into a closed pipe: as above, quietly
      }
      // Messages may quote what the user typed: nothing in it may break a line but the message's own breaks.
      for (String line : message(e).split("\n")) {
        commandLine.getErr().println("error: " + dev.manifestgen.yaml.Printable.oneLine(line));
      }
      if (!isBadInput(e)) {
        e.printStackTrace(commandLine.getErr());
      }
      commandLine.getErr().flush();
      return isBadInput(e) ? ExitCodes.BAD_INPUT : ExitCodes.INTERNAL_ERROR;
    });
    return cli;
  }

  private static void setVersionProvider(CommandLine cli, CommandLine.IVersionProvider version) {
    cli.getCommandSpec().versionProvider(version);
    for (CommandLine sub : cli.getSubcommands().values()) {
      setVersionProvider(sub, version);
    }
  }

  /** The command {@code name} names when it needs no other command (help and completion list them all). */
  private static Class<?> command(String name) {
    for (Class<?> command : COMMANDS) {
      Command c = command.getAnnotation(Command.class);
      if ((c.name().equals(name) || Arrays.asList(c.aliases()).contains(name))
          && command != CommandLine.HelpCommand.class && command != CompletionCommand.class) {
        return command;
      }
    }
    return null;
  }

  static boolean isBadInput(Exception e) {
    return e instanceof UsageException || e instanceof ValuesException || e instanceof RenderException
        || e instanceof YamlException || e instanceof IOException;
  }

  private static String message(Exception e) {
    if (e instanceof IOException && !(e.getMessage() != null && e.getMessage().contains(":"))) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    if (isBadInput(e)) {
      return e.getMessage();
    }
    return "internal error, please report: " + e;
  }

  /**
   * The tool's version (from the jar) and the operator version it targets: the appVersion of the
   * project's config/chart.yaml, the one place that version is kept.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Spec CommandSpec spec;

    @Override
    public String[] getVersion() {
      return ToolVersion.lines(((ManifestGen) spec.root().userObject()).projectRoot);
    }
  }
}

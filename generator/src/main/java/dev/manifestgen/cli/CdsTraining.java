package dev.manifestgen.cli;

import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The training runs `mvn package` makes to build what bin/manifest-gen starts from (bench/README.md):
 * <ul>
 *   <li>without arguments, under -XX:ArchiveClassesAtExit, the class-data archive of the commands
 *       (generator/target/manifest-gen.jsa), and on a JDK 25 or later under -XX:AOTCacheOutput its AOT
 *       cache (manifest-gen.aot, scripts/aot-cache.sh): check, generate and validate in one JVM,
 *       reading the project and writing nothing;
 *   <li>with {@code quick}, the archive of the answers {@link Main} gives before picocli
 *       (manifest-gen-quick.jsa): the version and the top-level usage. It is made with the JVM's
 *       default collector, G1, because Java 17 maps its archived module graph only under G1: ~30 ms
 *       less per start than ParallelGC, which the commands keep for their throughput.
 * </ul>
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) {
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
    if (args.length == 1 && args[0].equals("quick")) {
      for (String[] quick : new String[][] {{"--version"}, {"--help"}, {}}) {
        QuickAnswers.print(quick, nowhere);
      }
      StandardOutput.open().writer().flush();
      return;
    }
    String[][] commands = {{"check", "--full"}, {"generate"}, {"validate", "--full"}, {"--version"}, {"--help"}};
    for (String[] command : commands) {
      var cli = ManifestGen.commandLine(new ManifestGen());
      cli.setOut(nowhere);
      cli.setErr(nowhere);
      cli.execute(command);
    }
  }
}

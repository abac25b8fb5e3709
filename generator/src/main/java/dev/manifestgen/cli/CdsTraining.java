package dev.manifestgen.cli;

import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The training run `mvn package` makes under -XX:ArchiveClassesAtExit to build the class-data
 * archive bin/manifest-gen starts from (generator/target/manifest-gen.jsa), and on a JDK 25 or later
 * under -XX:AOTCacheOutput for its AOT cache (manifest-gen.aot, scripts/aot-cache.sh): the commands people
 * run most, in one JVM, reading the project and writing nothing. The archive then holds the
 * classes they load, already parsed and verified.
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) {
    for (String[] command : new String[][] {{"check", "--full"}, {"generate"}, {"validate"}, {"--version"}, {"--help"}}) {
      var cli = ManifestGen.commandLine(new ManifestGen());
      cli.setOut(new PrintWriter(OutputStream.nullOutputStream()));
      cli.setErr(new PrintWriter(OutputStream.nullOutputStream()));
      cli.execute(command);
    }
  }
}

package dev.manifestgen.cli;

import dev.manifestgen.release.ReleaseArtifacts;
import dev.manifestgen.release.SigningKey;
import dev.manifestgen.release.SourceDate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "package", sortOptions = false,
    description = {
        "Write a release into a directory: the chart archive, installation files, index.yaml and checksums.",
        "The chart archive <name>-<version>.tgz is what `helm package` makes of charts/eck-operator; with",
        "--sign, its provenance <archive>.prov (as `helm package --sign`); then all-in-one.yaml, crds.yaml,",
        "a chart repository index.yaml and SHA256SUMS.",
        "Byte-for-byte reproducible: every timestamp is SOURCE_DATE_EPOCH (make release sets the last",
        "commit's). Refuses to package generated files that are stale."})
final class PackageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @ParentCommand ManifestGen root;

  @Option(names = {"-d", "--destination"}, paramLabel = "DIR",
      description = "Where to write the artifacts (default: dist/ in the project).")
  Path destination;

  @Option(names = "--url", paramLabel = "URL",
      description = "The chart repository's URL, for index.yaml's urls (default: the archive's name, relative).")
  String url;

  @Option(names = "--source-date-epoch", paramLabel = "SECONDS",
      description = "The release's date (default: $SOURCE_DATE_EPOCH).")
  String sourceDateEpoch;

  @Option(names = "--sign", description = "Sign the archive with a PGP key: write <archive>.prov.")
  boolean sign;

  @Option(names = "--key", paramLabel = "NAME", description = "The signing key's user ID, or a unique part of it.")
  String key;

  @Option(names = "--keyring", paramLabel = "FILE",
      description = "A GnuPG secret keyring in the legacy format (`gpg --export-secret-keys > FILE`)"
          + " (default: ~/.gnupg/secring.gpg).")
  Path keyring;

  @Option(names = "--passphrase-file", paramLabel = "FILE",
      description = "A file whose first line is the key's passphrase, if it has one.")
  Path passphraseFile;

  @Override
  public Integer call() throws Exception {
    Project project = root.project();
    Instant sourceDate;
    try {
      sourceDate = SourceDate.parse(sourceDateEpoch != null ? sourceDateEpoch : System.getenv(SourceDate.VARIABLE));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (!sign && (key != null || keyring != null || passphraseFile != null)) {
      throw new UsageException("--key, --keyring and --passphrase-file need --sign");
    }
    if (sign && key == null) {
      throw new UsageException("--sign needs --key NAME (the signing key's user ID)");
    }
    SigningKey signingKey = sign ? SigningKey.load(keyringPath(), key, passphrase()) : null;
    refuseStale(project);

    Path out = destination != null ? destination : project.resolve("dist");
    Map<String, byte[]> files = ReleaseArtifacts.build(new ReleaseArtifacts.Sources(project.resolve(Project.CHART_DIR),
        project.resolve(Project.ALL_IN_ONE), project.resolve(Project.CRDS_DIR), sourceDate, url, signingKey));
    OutputFiles writer = new OutputFiles();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      writer.file(out.resolve(f.getKey()), f.getValue());
    }
    writer.commit();
    String archive = files.keySet().stream().filter(n -> n.endsWith(".tgz")).findFirst().orElseThrow();
    if (!sign) {
      // A provenance file left from a signed run would no longer match the archive.
      Files.deleteIfExists(out.resolve(archive + ".prov"));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(new String(files.get(ReleaseArtifacts.SUMS), StandardCharsets.UTF_8));
    stdout.flush();
    spec.commandLine().getErr().println("wrote " + files.size() + " files to " + out
        + (sign ? " (signed by \"" + signingKey.userId() + "\")" : ""));
    return ExitCodes.OK;
  }

  private Path keyringPath() {
    return keyring != null ? keyring : Path.of(System.getProperty("user.home"), ".gnupg", "secring.gpg");
  }

  private char[] passphrase() throws UsageException {
    if (passphraseFile == null) {
      return new char[0];
    }
    try {
      String text = Files.readString(passphraseFile, StandardCharsets.UTF_8);
      return text.lines().findFirst().orElse("").toCharArray();
    } catch (NoSuchFileException e) {
      throw new UsageException("--passphrase-file " + passphraseFile + ": no such file");
    } catch (IOException e) {
      throw new UsageException("--passphrase-file " + passphraseFile + ": " + e.getMessage());
    }
  }

  /** A release is made of the committed generated files as they are generated now, or not at all. */
  private static void refuseStale(Project project) throws Exception {
    CommittedOutputs outputs = CommittedOutputs.render(new Inputs(project));
    for (Map.Entry<String, String> f : outputs.files().entrySet()) {
      if (f.getKey().equals(Project.README)) {
        continue;
      }
      Path file = project.resolve(f.getKey());
      String onDisk;
      try {
        onDisk = Files.readString(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        onDisk = null;
      }
      if (!f.getValue().equals(onDisk)) {
        throw new UsageException(f.getKey() + ": " + (onDisk == null ? "missing" : "differs from a fresh generation")
            + "; run `" + CommittedOutputs.REGENERATE + "` first (bin/manifest-gen check shows the difference)");
      }
    }
    for (String dir : outputs.ownedDirectories()) {
      try (var paths = Files.walk(project.resolve(dir))) {
        for (Path p : paths.filter(Files::isRegularFile).toList()) {
          String relative = project.root().relativize(p).toString().replace('\\', '/');
          if (!outputs.files().containsKey(relative)) {
            throw new UsageException(relative + ": not a generated file; delete it or run `"
                + CommittedOutputs.REGENERATE + "`");
          }
        }
      }
    }
  }
}

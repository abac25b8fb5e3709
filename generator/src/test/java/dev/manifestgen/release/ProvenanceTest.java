package dev.manifestgen.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import dev.manifestgen.testing.ClearSigned;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.testing.ThrowawayKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provenance file against what real Helm (helm-java's package --sign) writes with the same key. */
class ProvenanceTest {
  private static final Path CHART = Repo.root().resolve("charts/eck-operator");
  private static final Instant SOURCE_DATE = Instant.ofEpochSecond(1_764_000_000L);
  @TempDir static Path keys;
  static ThrowawayKey key;

  @BeforeAll
  static void throwawayKey() {
    key = ThrowawayKey.generate(keys, "Release Tester (throwaway) <release@example.invalid>", null);
  }

  @Test
  void helmsProvenanceAndOursSayTheSameAndBothSignaturesHold(@TempDir Path dir) throws Exception {
    new Helm(CHART).packageIt().withDestination(dir).sign().withKey("Release Tester").withKeyring(key.secretKeyring()).call();
    byte[] helmArchive = Files.readAllBytes(dir.resolve("eck-operator-1.3.0.tgz"));
    byte[] helmProv = Files.readAllBytes(dir.resolve("eck-operator-1.3.0.tgz.prov"));
    ClearSigned helm = ClearSigned.parse(helmProv);

    byte[] ourArchive = ChartArchive.of(CHART).write(SOURCE_DATE);
    SigningKey signing = SigningKey.load(key.secretKeyring(), "Release Tester", new char[0]);
    byte[] ourProv = Provenance.sign(Provenance.messageBlock(metadata(), "eck-operator-1.3.0.tgz", ourArchive), signing,
        SOURCE_DATE);
    ClearSigned ours = ClearSigned.parse(ourProv);

    assertEquals("SHA512", helm.hash());
    assertEquals(helm.hash(), ours.hash());
    // The same text for the same archive: Helm's own message for its archive is what ours would be.
    assertEquals(Provenance.messageBlock(metadata(), "eck-operator-1.3.0.tgz", helmArchive), helm.text() + "\n");
    assertEquals(Provenance.messageBlock(metadata(), "eck-operator-1.3.0.tgz", ourArchive), ours.text() + "\n");
    assertTrue(helm.text().contains("\n...\nfiles:\n  eck-operator-1.3.0.tgz: sha256:" + Digests.sha256(helmArchive)));
    // The dash-escaped list items of the armor ("- - eck") come back as written.
    assertTrue(new String(ourProv, StandardCharsets.UTF_8).contains("\n- - eck\n"));
    assertTrue(helm.verifiedBy(key.publicKeys()), "Helm's signature, read by the test's verifier");
    assertTrue(ours.verifiedBy(key.publicKeys()), "our signature");
  }

  @Test
  void signingIsReproducibleAndATamperedTextFails() throws Exception {
    byte[] archive = ChartArchive.of(CHART).write(SOURCE_DATE);
    SigningKey signing = SigningKey.load(key.secretKeyring(), "release@example.invalid", new char[0]);
    String message = Provenance.messageBlock(metadata(), "eck-operator-1.3.0.tgz", archive);
    byte[] once = Provenance.sign(message, signing, SOURCE_DATE);
    assertArrayEquals(once, Provenance.sign(message, signing, SOURCE_DATE));
    // Not before the key existed: a signature may not predate its key.
    Instant signedAt = ClearSigned.parse(once).signature().getCreationTime().toInstant();
    assertEquals(key.publicKeys().getPublicKey().getCreationTime().toInstant(), signedAt);

    String tampered = new String(once, StandardCharsets.UTF_8).replace("sha256:" + Digests.sha256(archive),
        "sha256:" + Digests.sha256(new byte[] {1}));
    assertNotEquals(new String(once, StandardCharsets.UTF_8), tampered);
    assertFalse(ClearSigned.parse(tampered.getBytes(StandardCharsets.UTF_8)).verifiedBy(key.publicKeys()));
  }

  @Test
  void aProtectedKeyNeedsItsPassphraseAndAVagueNameIsRefused(@TempDir Path dir) throws Exception {
    ThrowawayKey locked = ThrowawayKey.generate(dir.resolve("locked"), "Locked <locked@example.invalid>", "s3cret");
    IOException noPassphrase = assertThrows(IOException.class,
        () -> SigningKey.load(locked.secretKeyring(), "Locked", new char[0]));
    assertTrue(noPassphrase.getMessage().contains("--passphrase-file"), noPassphrase.getMessage());
    assertEquals("Locked <locked@example.invalid>",
        SigningKey.load(locked.secretKeyring(), "Locked", "s3cret".toCharArray()).userId());
    IOException unknown = assertThrows(IOException.class,
        () -> SigningKey.load(key.secretKeyring(), "nobody", new char[0]));
    assertTrue(unknown.getMessage().contains("no secret key whose user ID contains \"nobody\""), unknown.getMessage());
  }

  private static Map<String, Object> metadata() throws Exception {
    return HelmChartYaml.metadata(Files.readString(CHART.resolve("Chart.yaml")), "Chart.yaml");
  }
}

package dev.manifestgen.release;

import dev.manifestgen.yaml.YamlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.BCPGOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;

/**
 * The provenance file {@code helm package --sign} writes beside an archive (Helm's pkg/provenance):
 * an OpenPGP clearsigned (SHA-512) message whose text is the chart's metadata as Helm marshals it,
 * the YAML document end {@code ...}, then {@code files:} with the archive's sha256.
 *
 * <p>RSA signatures are deterministic; the signature's creation time is the release's source date
 * (or the key's creation, if later: a signature may not predate its key), so the same key signs the
 * same release into the same bytes.
 */
public final class Provenance {
  private Provenance() {}

  /** The signed message's text (what Helm's messageBlock builds). */
  public static String messageBlock(Map<String, Object> metadata, String archiveName, byte[] archive) {
    Map<String, Object> sums = Map.of("files", Map.of(archiveName, "sha256:" + Digests.sha256(archive)));
    return HelmChartYaml.marshal(metadata) + "\n...\n" + YamlWriter.toYaml(sums) + "\n";
  }

  public static byte[] sign(String message, SigningKey key, Instant sourceDate) throws IOException {
    Instant keyCreated = key.secretKey().getPublicKey().getCreationTime().toInstant();
    Date created = Date.from(sourceDate.isBefore(keyCreated) ? keyCreated : sourceDate);
    try {
      PGPSignatureGenerator signer = new PGPSignatureGenerator(
          new BcPGPContentSignerBuilder(key.secretKey().getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA512),
          key.secretKey().getPublicKey());
      signer.init(PGPSignature.CANONICAL_TEXT_DOCUMENT, key.privateKey());
      PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
      hashed.setSignatureCreationTime(false, created);
      hashed.setIssuerFingerprint(false, key.secretKey().getPublicKey());
      signer.setHashedSubpackets(hashed.generate());
      PGPSignatureSubpacketGenerator unhashed = new PGPSignatureSubpacketGenerator();
      unhashed.setIssuerKeyID(false, key.secretKey().getKeyID());
      signer.setUnhashedSubpackets(unhashed.generate());
      signer.update(canonicalText(message));

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ArmoredOutputStream armor = ArmoredOutputStream.builder().clearHeaders().build(out);
      armor.beginClearText(HashAlgorithmTags.SHA512);
      // In clear-text mode the armor dash-escapes lines that start with '-' ("- - item"), as RFC 4880 wants.
      armor.write(message.getBytes(StandardCharsets.UTF_8));
      armor.endClearText();
      signer.generate().encode(new BCPGOutputStream(armor));
      armor.close();
      return out.toByteArray();
    } catch (PGPException e) {
      throw new IOException("cannot sign with the key of \"" + key.userId() + "\": " + e.getMessage(), e);
    }
  }

  /**
   * What a clearsigned text's signature covers (RFC 4880 7.1): lines without trailing spaces and
   * tabs, joined by CRLF, without the line break that ends the last one.
   */
  static byte[] canonicalText(String message) {
    String body = message.endsWith("\n") ? message.substring(0, message.length() - 1) : message;
    StringBuilder canonical = new StringBuilder();
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        canonical.append("\r\n");
      }
      canonical.append(lines[i].replaceAll("[ \t\r]+$", ""));
    }
    return canonical.toString().getBytes(StandardCharsets.UTF_8);
  }
}

package dev.manifestgen.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;

/**
 * The key {@code helm package --sign --key NAME --keyring FILE} signs with: in a GnuPG secret
 * keyring (the legacy secring.gpg format, {@code gpg --export-secret-keys}), the key whose user ID
 * equals NAME, else the only one whose user ID contains it; Helm signs with that key's primary key.
 */
public record SigningKey(PGPSecretKey secretKey, PGPPrivateKey privateKey, String userId) {

  public static SigningKey load(Path keyring, String name, char[] passphrase) throws IOException {
    PGPSecretKeyRingCollection rings;
    try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(keyring))) {
      rings = new PGPSecretKeyRingCollection(in, new BcKeyFingerprintCalculator());
    } catch (NoSuchFileException e) {
      throw new IOException(keyring + ": no such keyring");
    } catch (PGPException | IOException e) {
      throw new IOException(keyring + ": not a GnuPG secret keyring (export one with `gpg --export-secret-keys`): "
          + e.getMessage());
    }
    PGPSecretKeyRing candidate = null;
    String candidateId = null;
    boolean vague = false;
    for (Iterator<PGPSecretKeyRing> it = rings.getKeyRings(); it.hasNext(); ) {
      PGPSecretKeyRing ring = it.next();
      for (Iterator<String> ids = ring.getSecretKey().getUserIDs(); ids.hasNext(); ) {
        String id = ids.next();
        if (id.equals(name)) {
          return unlock(ring.getSecretKey(), id, passphrase, keyring);
        }
        if (id.contains(name)) {
          vague |= candidate != null && candidate != ring;
          candidate = ring;
          candidateId = id;
        }
      }
    }
    if (vague) {
      throw new IOException(keyring + ": more than one key contains the id \"" + name + "\"");
    }
    if (candidate == null) {
      throw new IOException(keyring + ": no secret key whose user ID contains \"" + name + "\"");
    }
    return unlock(candidate.getSecretKey(), candidateId, passphrase, keyring);
  }

  private static SigningKey unlock(PGPSecretKey key, String userId, char[] passphrase, Path keyring) throws IOException {
    try {
      PGPPrivateKey privateKey = key.extractPrivateKey(
          new BcPBESecretKeyDecryptorBuilder(new BcPGPDigestCalculatorProvider()).build(passphrase));
      return new SigningKey(key, privateKey, userId);
    } catch (PGPException e) {
      throw new IOException(keyring + ": cannot unlock the key of \"" + userId + "\""
          + (passphrase.length == 0 ? " (it has a passphrase: give --passphrase-file)" : " (wrong passphrase?)"));
    }
  }
}

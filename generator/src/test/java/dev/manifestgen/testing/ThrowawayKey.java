package dev.manifestgen.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * A fresh RSA signing key, made for one test and never kept: written as GnuPG's legacy keyrings
 * (secring.gpg, pubring.gpg: what `gpg --export-secret-keys` / `gpg --export` write), the format
 * helm package --sign and helm verify read.
 */
public record ThrowawayKey(String userId, Path secretKeyring, Path publicKeyring, PGPPublicKeyRing publicKeys) {

  /** An unprotected key; with a non-empty passphrase, a key encrypted with it (AES-256). */
  public static ThrowawayKey generate(Path dir, String userId, String passphrase) {
    try {
      RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
      rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 80));
      BcPGPKeyPair pair = new BcPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, rsa.generateKeyPair(), new Date());
      PGPDigestCalculator sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
      PGPSignatureSubpacketGenerator hashed = new PGPSignatureSubpacketGenerator();
      hashed.setKeyFlags(false, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
      hashed.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA512, HashAlgorithmTags.SHA256});
      PGPKeyRingGenerator rings = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair, userId, sha1,
          hashed.generate(), null,
          new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
          passphrase == null || passphrase.isEmpty() ? null
              : new BcPBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256, sha1).build(passphrase.toCharArray()));
      PGPSecretKeyRing secret = rings.generateSecretKeyRing();
      PGPPublicKeyRing pub = rings.generatePublicKeyRing();
      Files.createDirectories(dir);
      Path secring = dir.resolve("secring.gpg");
      Path pubring = dir.resolve("pubring.gpg");
      try (OutputStream out = Files.newOutputStream(secring)) {
        secret.encode(out);
      }
      try (OutputStream out = Files.newOutputStream(pubring)) {
        pub.encode(out);
      }
      return new ThrowawayKey(userId, secring, pubring, pub);
    } catch (PGPException | IOException e) {
      throw new IllegalStateException("cannot generate a throwaway key", e);
    }
  }
}

package dev.manifestgen.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A fresh RSA key pair for signing ServiceAccount tokens, written as PEM files (one per run). */
record ServiceAccountKeys(Path publicKey, Path privateKey) {
  static ServiceAccountKeys generate(Path dir) throws IOException {
    KeyPair pair;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      pair = generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Path pub = dir.resolve("sa.pub");
    Path key = dir.resolve("sa.key");
    Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    Files.writeString(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
    return new ServiceAccountKeys(pub, key);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }
}

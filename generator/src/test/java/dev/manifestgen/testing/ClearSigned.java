package dev.manifestgen.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/**
 * A clearsigned document read back the way RFC 4880 (7.1) and Go's clearsign.Decode read it:
 * the Hash header, the text with dash-escapes removed, and the signature packet.
 */
public record ClearSigned(String hash, String text, PGPSignature signature) {
  private static final String BEGIN = "-----BEGIN PGP SIGNED MESSAGE-----\n";
  private static final String SIGNATURE = "-----BEGIN PGP SIGNATURE-----";

  public static ClearSigned parse(byte[] document) throws IOException {
    String doc = new String(document, StandardCharsets.UTF_8);
    if (!doc.startsWith(BEGIN)) {
      throw new IOException("not a clearsigned message: " + doc.lines().findFirst().orElse(""));
    }
    int blank = doc.indexOf("\n\n");
    String hash = doc.substring(BEGIN.length(), blank).replaceFirst("^Hash: ", "");
    int sig = doc.indexOf("\n" + SIGNATURE);
    List<String> lines = new ArrayList<>();
    for (String line : doc.substring(blank + 2, sig).split("\n", -1)) {
      lines.add(line.startsWith("- ") ? line.substring(2) : line);
    }
    String text = String.join("\n", lines);
    try {
      BcPGPObjectFactory factory = new BcPGPObjectFactory(PGPUtil.getDecoderStream(
          new ByteArrayInputStream(doc.substring(sig + 1).getBytes(StandardCharsets.US_ASCII))));
      PGPSignatureList list = (PGPSignatureList) factory.nextObject();
      return new ClearSigned(hash, text, list.get(0));
    } catch (IOException | ClassCastException e) {
      throw new IOException("no signature packet after the text: " + e, e);
    }
  }

  /** Whether the signature over the text is good for a key of the ring. */
  public boolean verifiedBy(PGPPublicKeyRing keys) throws PGPException {
    var key = keys.getPublicKey(signature.getKeyID());
    if (key == null) {
      return false;
    }
    signature.init(new BcPGPContentVerifierBuilderProvider(), key);
    StringBuilder canonical = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      canonical.append(i > 0 ? "\r\n" : "").append(lines[i].replaceAll("[ \t\r]+$", ""));
    }
    signature.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
    return signature.verify();
  }
}

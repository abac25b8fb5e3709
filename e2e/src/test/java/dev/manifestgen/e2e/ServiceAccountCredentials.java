package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.authentication.TokenRequest;
import io.fabric8.kubernetes.api.model.authentication.TokenRequestBuilder;
import io.fabric8.kubernetes.api.model.authentication.TokenReview;
import io.fabric8.kubernetes.api.model.authentication.TokenReviewBuilder;
import io.fabric8.kubernetes.client.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A kubeconfig that authenticates as a ServiceAccount, with a token the API server issued for it
 * (TokenRequest, as the kubelet asks for a pod's), and the user name the server confirms for that
 * token (TokenReview). The elector processes connect with it: nothing of the admin's.
 */
record ServiceAccountCredentials(String username, Path kubeconfig) {
  private static final long LIFETIME_SECONDS = 3600;

  static ServiceAccountCredentials issue(Cluster cluster, String namespace, String serviceAccount, Path kubeconfig) {
    TokenRequest request = new TokenRequestBuilder().withNewSpec().withExpirationSeconds(LIFETIME_SECONDS).endSpec().build();
    String token = cluster.admin().serviceAccounts().inNamespace(namespace).withName(serviceAccount)
        .tokenRequest(request).getStatus().getToken();
    TokenReview review = cluster.admin().authentication().v1().tokenReviews()
        .create(new TokenReviewBuilder().withNewSpec().withToken(token).endSpec().build());
    assertTrue(Boolean.TRUE.equals(review.getStatus().getAuthenticated()),
        () -> "the server does not accept the token it issued for " + serviceAccount + ": " + review.getStatus());
    String username = review.getStatus().getUser().getUsername();
    assertEquals("system:serviceaccount:" + namespace + ":" + serviceAccount, username);
    try {
      Files.writeString(kubeconfig, kubeconfig(cluster.admin().getConfiguration(), username, token));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ServiceAccountCredentials(username, kubeconfig);
  }

  /** The admin's server and TLS settings, the ServiceAccount's token. */
  private static String kubeconfig(Config admin, String username, String token) {
    String tls;
    if (admin.isTrustCerts()) {
      tls = "insecure-skip-tls-verify: true";
    } else if (admin.getCaCertData() != null) {
      tls = "certificate-authority-data: " + admin.getCaCertData();
    } else if (admin.getCaCertFile() != null) {
      tls = "certificate-authority: " + admin.getCaCertFile();
    } else {
      tls = "";
    }
    return TokenKubeconfig.of(admin.getMasterUrl(), tls, username, token);
  }
}

package dev.manifestgen.e2e;

/** The text of a kubeconfig with one cluster and one user who authenticates with a bearer token. */
final class TokenKubeconfig {
  private TokenKubeconfig() {}

  /** {@code tls} is the cluster's TLS line ({@code insecure-skip-tls-verify: true}, a CA), or empty. */
  static String of(String server, String tls, String user, String token) {
    return """
        apiVersion: v1
        kind: Config
        clusters:
        - name: e2e
          cluster:
            server: "%s"
            %s
        users:
        - name: "%s"
          user:
            token: "%s"
        contexts:
        - name: e2e
          context:
            cluster: e2e
            user: "%s"
        current-context: e2e
        """.formatted(server, tls, user, token, user);
  }
}

package dev.manifestgen.validate.rbac;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who makes a request, as the authenticator reports it: a user name and the groups it is in.
 *
 * @param name e.g. {@code system:serviceaccount:elastic-system:elastic-operator} or {@code jane}
 */
public record UserInfo(String name, List<String> groups) {
  public static final String SERVICE_ACCOUNT_PREFIX = "system:serviceaccount:";
  public static final String ALL_SERVICE_ACCOUNTS = "system:serviceaccounts";
  public static final String AUTHENTICATED = "system:authenticated";
  public static final String UNAUTHENTICATED = "system:unauthenticated";
  public static final String ANONYMOUS = "system:anonymous";

  // apimachinery's DNS-1123 label (namespaces) and subdomain (service account names).
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  public UserInfo {
    groups = List.copyOf(groups);
  }

  /** A ServiceAccount's token: its user name and the groups the token authenticator gives it. */
  public static UserInfo serviceAccount(String namespace, String name) {
    return new UserInfo(SERVICE_ACCOUNT_PREFIX + namespace + ":" + name,
        List.of(ALL_SERVICE_ACCOUNTS, ALL_SERVICE_ACCOUNTS + ":" + namespace, AUTHENTICATED));
  }

  /**
   * The user an API server impersonates for {@code kubectl --as NAME --as-group G...}: a
   * ServiceAccount user name without groups gets the ServiceAccount's groups; any non-anonymous
   * user is in system:authenticated unless system:authenticated or system:unauthenticated is given.
   */
  public static UserInfo impersonate(String name, List<String> asGroups) {
    List<String> groups = new ArrayList<>(asGroups);
    Optional<String[]> sa = splitServiceAccount(name);
    if (sa.isPresent() && asGroups.isEmpty()) {
      groups.add(ALL_SERVICE_ACCOUNTS);
      groups.add(ALL_SERVICE_ACCOUNTS + ":" + sa.get()[0]);
    }
    if (!name.equals(ANONYMOUS) && !groups.contains(AUTHENTICATED) && !groups.contains(UNAUTHENTICATED)) {
      groups.add(AUTHENTICATED);
    }
    return new UserInfo(name, groups);
  }

  /** {namespace, name} when the user name is a valid ServiceAccount user name. */
  public static Optional<String[]> splitServiceAccount(String userName) {
    if (!userName.startsWith(SERVICE_ACCOUNT_PREFIX)) {
      return Optional.empty();
    }
    String[] parts = userName.substring(SERVICE_ACCOUNT_PREFIX.length()).split(":", -1);
    if (parts.length != 2 || !validNamespace(parts[0]) || !validServiceAccountName(parts[1])) {
      return Optional.empty();
    }
    return Optional.of(parts);
  }

  public static boolean validNamespace(String s) {
    return s.length() <= 63 && DNS_LABEL.matcher(s).matches();
  }

  public static boolean validServiceAccountName(String s) {
    return s.length() <= 253 && DNS_SUBDOMAIN.matcher(s).matches();
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }
}

package dev.manifestgen.validate.rbac;

import java.util.ArrayList;
import java.util.List;

/**
 * The authorizer's answer and why.
 *
 * @param grant what allowed it; null when denied
 * @param considered the bindings that apply to the user for this request (denied: none of their rules matched)
 * @param missingRoles "binding: Role x is not defined" for considered bindings whose role does not exist
 */
public record Decision(Request request, Grant grant, List<Binding> considered, List<String> missingRoles) {
  public Decision {
    considered = List.copyOf(considered);
    missingRoles = List.copyOf(missingRoles);
  }

  public boolean allowed() {
    return grant != null;
  }

  /** One line: what allowed it, or that nothing did and which bindings were looked at. */
  public String explain() {
    if (allowed()) {
      return "allowed by " + grant.describe();
    }
    StringBuilder s = new StringBuilder("denied: no RBAC rule allows ").append(request.describe())
        .append(" for ").append(request.user().name());
    if (considered.isEmpty()) {
      s.append("; no binding applies to it");
    } else {
      List<String> named = new ArrayList<>(considered.stream()
          .filter(b -> !b.source().equals(BootstrapPolicy.SOURCE)).map(Binding::describe).toList());
      long bootstrap = considered.size() - named.size();
      if (bootstrap > 0) {
        named.add(bootstrap + " of the " + BootstrapPolicy.SOURCE);
      }
      s.append("; bindings that apply: ").append(String.join(", ", named));
    }
    if (!missingRoles.isEmpty()) {
      s.append("; ").append(String.join("; ", missingRoles));
    }
    return s.toString();
  }
}

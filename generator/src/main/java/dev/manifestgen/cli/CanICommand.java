package dev.manifestgen.cli;

import dev.manifestgen.validate.ManifestSet;
import dev.manifestgen.validate.rbac.Decision;
import dev.manifestgen.validate.rbac.RbacAuthorizer;
import dev.manifestgen.validate.rbac.Request;
import dev.manifestgen.validate.rbac.UserInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "can-i", sortOptions = false,
    description = {
        "Offline `kubectl auth can-i`: may a user do VERB on RESOURCE under the files' RBAC?",
        "Evaluated as the API server's RBAC authorizer does, with ClusterRole aggregation and the",
        "bootstrap policy of a Kubernetes 1.20 API server. Without -n: every namespace, or cluster-wide.",
        "Prints yes (exit 0) or no (exit 1); --explain adds the binding, role and rule that decided."})
final class CanICommand implements Callable<Integer> {
  /** The verbs kubectl auth can-i knows. */
  private static final Set<String> RESOURCE_VERBS = new LinkedHashSet<>(List.of("get", "list", "watch", "create",
      "update", "patch", "delete", "deletecollection", "use", "bind", "impersonate", "escalate", "approve", "sign", "*"));
  private static final Set<String> NON_RESOURCE_VERBS = new LinkedHashSet<>(List.of("get", "put", "post", "head",
      "options", "delete", "patch", "*"));

  @Spec CommandSpec spec;
  @picocli.CommandLine.ParentCommand ManifestGen root;

  @Parameters(index = "0", paramLabel = "VERB", description = "get, list, watch, create, update, patch, delete, ... or *.")
  String verb;

  @Parameters(index = "1", paramLabel = "RESOURCE|URL",
      description = "TYPE[.GROUP] as kubectl takes it (cm, deploy, deployments.apps, *), "
          + "then /NAME for one object; or a non-resource URL, starting with /.")
  String target;

  @Option(names = "--as", required = true, paramLabel = "USER",
      description = "The user to ask for, e.g. system:serviceaccount:NAMESPACE:NAME.")
  String as;

  @Option(names = "--as-group", paramLabel = "GROUP",
      description = "A group of the user (repeatable); as with kubectl, giving groups replaces a ServiceAccount's own.")
  List<String> asGroups = new ArrayList<>();

  @Option(names = {"-n", "--namespace"}, paramLabel = "NS", defaultValue = "",
      description = "The namespace of the request.")
  String namespace;

  @Option(names = "--subresource", paramLabel = "S", defaultValue = "", description = "A subresource, e.g. status or log.")
  String subresource;

  @Option(names = {"-f", "--filename"}, required = true, paramLabel = "FILE|DIR",
      description = "Manifests with the RBAC objects: files, - for standard input, directories of YAML files, or this"
          + " project's chart directory (rendered with its values.yaml) (repeatable).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--explain", description = "Add a line saying which binding, role and rule allowed it, or that none did.")
  boolean explain;

  @Option(names = "--manifests-only",
      description = "Leave out the bootstrap policy every API server has; evaluate only what the files grant.")
  boolean manifestsOnly;

  @Override
  public Integer call() throws Exception {
    UserInfo user = user();
    if (!namespace.isEmpty() && !UserInfo.validNamespace(namespace)) {
      throw new UsageException("--namespace " + namespace + ": not a namespace name (lower case letters, digits and -)");
    }
    ManifestSet manifests = ManifestInputs.load(files, root, true).manifests();
    Request request = request(user, ResourceTypes.definedBy(manifests));
    Set<String> known = request.isResourceRequest() ? RESOURCE_VERBS : NON_RESOURCE_VERBS;
    if (!known.contains(verb)) {
      // Like kubectl: a warning, since aggregated APIs and webhooks may define verbs of their own.
      spec.commandLine().getErr().println("warning: " + verb + " is not a known verb"
          + (request.isResourceRequest() ? "" : " for a non-resource URL") + " (known: " + String.join(", ", known) + ")");
    }
    Decision decision = new RbacAuthorizer(manifests, !manifestsOnly).evaluate(request);
    PrintWriter out = spec.commandLine().getOut();
    out.println(decision.allowed() ? "yes" : "no");
    if (explain) {
      out.println(decision.explain());
    }
    out.flush();
    return decision.allowed() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private UserInfo user() throws UsageException {
    if (as.isBlank()) {
      throw new UsageException("--as: give a user name, e.g. system:serviceaccount:NAMESPACE:NAME");
    }
    if (as.startsWith(UserInfo.SERVICE_ACCOUNT_PREFIX) && UserInfo.splitServiceAccount(as).isEmpty()) {
      throw new UsageException("--as " + as + ": not a ServiceAccount user name; expected "
          + UserInfo.SERVICE_ACCOUNT_PREFIX + "NAMESPACE:NAME with a valid namespace and name");
    }
    for (String g : asGroups) {
      if (g.isBlank()) {
        throw new UsageException("--as-group: give a group name");
      }
    }
    return UserInfo.impersonate(as, asGroups);
  }

  /** @param crdTypes the resource types the manifests' CustomResourceDefinitions add to kubectl's names */
  private Request request(UserInfo user, List<ResourceTypes.Type> crdTypes) throws UsageException {
    if (verb.isBlank()) {
      throw new UsageException("VERB: give a verb, e.g. get");
    }
    if (target.startsWith("/")) {
      if (!subresource.isEmpty()) {
        throw new UsageException("--subresource " + subresource + ": a non-resource URL (" + target + ") has none");
      }
      return Request.nonResource(user, verb, target);
    }
    int slash = target.indexOf('/');
    String type = slash < 0 ? target : target.substring(0, slash);
    String name = slash < 0 ? "" : target.substring(slash + 1);
    if (type.isEmpty() || (slash >= 0 && name.isEmpty())) {
      throw new UsageException("RESOURCE " + target + ": expected TYPE[.GROUP][/NAME], e.g. configmaps/my-config");
    }
    ResourceTypes.Resolved resolved = ResourceTypes.resolve(type, crdTypes).orElseThrow(() -> new UsageException(
        "RESOURCE " + target + ": unknown resource type \"" + type + "\"; give it fully qualified as TYPE.GROUP, e.g. "
            + type.toLowerCase(Locale.ROOT) + ".example.com (TYPE.v1. for the core group)"));
    return Request.resource(user, verb, resolved.group(), resolved.resource(), subresource, name, namespace);
  }
}

package dev.manifestgen.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs every rule on a set of objects and keeps the findings that were not switched off. */
public final class Validator {
  /** The annotation that switches rules off for one object: a comma-separated list of ids. */
  public static final String SKIP_ANNOTATION = "manifest-gen.dev/skip-rules";

  private Validator() {}

  /**
   * @param skip rule ids switched off for this run
   * @param strictSecurity the security baseline (MG6xx) reports errors instead of warnings
   */
  public record Options(Set<String> skip, boolean strictSecurity) {
    public static final Options DEFAULT = new Options(Set.of(), false);
  }

  /** Every rule, by id. */
  public static List<Rule> rules() {
    List<Rule> all = new ArrayList<>();
    all.addAll(StructureRules.all());
    all.addAll(ReferenceRules.all());
    all.add(ReferenceRules.secretRule());
    all.addAll(LeaderElectionRules.all());
    all.addAll(ContractRules.all());
    all.addAll(ServingRules.all());
    all.addAll(SecurityRules.all());
    all.sort(Comparator.comparing(Rule::id));
    return all;
  }

  /**
   * Every rule on the context; for a contract of several programs, on each program's context in turn (the same
   * finding from two programs, such as one a rule makes without the contract, is reported once).
   */
  public static List<Finding> validate(ValidationContext context, Options options) {
    Findings findings = new Findings();
    List<ValidationContext> contexts = context.contract() == null || context.contract().programs().isEmpty() ? List.of(context)
        : context.contract().programs().stream().map(context::forProgram).toList();
    for (Rule rule : rules()) {
      if (options.skip().contains(rule.id())) {
        continue;
      }
      boolean security = rule.id().startsWith("MG6");
      findings.start(rule, security && options.strictSecurity() ? Severity.ERROR : rule.severity());
      for (ValidationContext c : contexts) {
        rule.check(c, findings);
      }
    }
    return findings.sorted().stream().distinct().filter(f -> !skippedByAnnotation(context, f)).toList();
  }

  private static boolean skippedByAnnotation(ValidationContext context, Finding f) {
    for (ManifestObject o : context.manifests().objects()) {
      if (o.file().equals(f.file()) && o.document() == f.document()) {
        Object annotations = o.metadata().get("annotations");
        if (annotations instanceof Map<?, ?> m && m.get(SKIP_ANNOTATION) instanceof String ids) {
          for (String id : ids.split("[,\\s]+")) {
            if (id.equals(f.rule())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}

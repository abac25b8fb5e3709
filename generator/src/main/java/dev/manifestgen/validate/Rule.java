package dev.manifestgen.validate;

/** One validation rule. */
public interface Rule {
  /** MG followed by three digits; the hundreds say the group (1 structure, 2 references, ...). */
  String id();

  Severity severity();

  /** One line for `manifest-gen rules` and the README. */
  String summary();

  void check(ValidationContext context, Findings findings);

  /** A rule from its parts and a check. */
  static Rule of(String id, Severity severity, String summary, Check check) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public String summary() {
        return summary;
      }

      @Override
      public void check(ValidationContext context, Findings findings) {
        check.run(context, findings);
      }
    };
  }

  interface Check {
    void run(ValidationContext context, Findings findings);
  }
}

package dev.manifestgen.e2e;

import dev.manifestgen.contract.ContractYaml;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.yaml.YamlException;
import java.nio.file.Path;

/** The operator contracts the scenarios render for and run the electors under. */
final class Contracts {
  /**
   * The contract of an operator in 1.3.0's shape that takes its lock's name and type and the lease
   * timings as flags (generator/src/test/resources/gosrc/operator-lock-flags, extracted and checked
   * by the generator's tests).
   */
  static final String LOCK_FLAGS = "generator/src/test/resources/contracts/operator-lock-flags.yaml";

  private Contracts() {}

  /** The committed contract: the Elastic operator 1.3.0, which fixes its lock's name, type and timings in code. */
  static OperatorContract committed(Path projectRoot) {
    return read(projectRoot, "config/operator-contract.yaml");
  }

  /** The operator that takes every leader-election setting as a flag, so scenarios can choose the lock type and timings. */
  static OperatorContract lockFlags(Path projectRoot) {
    return read(projectRoot, LOCK_FLAGS);
  }

  private static OperatorContract read(Path projectRoot, String file) {
    try {
      return ContractYaml.readFile(projectRoot.resolve(file), file);
    } catch (YamlException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}

package dev.manifestgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.manifestgen.testing.Cli;
import dev.manifestgen.testing.RealHelm;
import dev.manifestgen.testing.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** generate takes the release names Helm takes, and namespaces the API server takes. */
class ReleaseNameTest {
  static final String REGEX = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

  @ParameterizedTest
  @ValueSource(strings = {"eck", "a", "a.b", "x-1", "Bad_Name", "UPPER", "x-", "a..b", "é", "a b",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void aReleaseNameIsRefusedExactlyWhenHelmRefusesIt(String name) {
    RealHelm.Result helm = RealHelm.template(Repo.root().resolve("charts/eck-operator"), name, "elastic-system", null);
    Cli.Result ours = Cli.run("generate", "--name", name);
    if (helm.ok()) {
      assertEquals(0, ours.exit(), ours.toString());
    } else {
      assertEquals(ExitCodes.BAD_INPUT, ours.exit(), ours.toString());
      String problem = "release name \"" + name + "\": invalid release name, must match regex " + REGEX
          + " and the length must not be longer than 53";
      assertEquals("error: --name: " + problem + "\n", ours.err());
      assertTrue(helm.error().contains(problem), "helm says the same: " + helm.error());
    }
  }

  @Test
  void anEmptyReleaseNameIsRefusedAsHelmRefusesIt() {
    Cli.Result r = Cli.run("generate", "--name=");
    assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
    assertEquals("error: --name: no name provided\n", r.err());
  }

  @Test
  void aNamespaceMustBeADns1123LabelAndTheMessageNamesTheOptionAsTyped() {
    Cli.Result shortOption = Cli.run("generate", "-n", "Bad_NS");
    assertEquals(ExitCodes.BAD_INPUT, shortOption.exit(), shortOption.toString());
    assertEquals("error: -n: namespace \"Bad_NS\": not a valid namespace name: a DNS-1123 label, lower-case letters,"
        + " digits and '-', at most 63, starting and ending alphanumeric\n", shortOption.err());
    Cli.Result longOption = Cli.run("generate", "--namespace=a.b");
    assertEquals(ExitCodes.BAD_INPUT, longOption.exit(), longOption.toString());
    assertTrue(longOption.err().startsWith("error: --namespace: namespace \"a.b\": not a valid namespace name"), longOption.err());
    Cli.Result tooLong = Cli.run("generate", "-n", "n".repeat(64));
    assertEquals(ExitCodes.BAD_INPUT, tooLong.exit(), tooLong.toString());
    assertEquals(0, Cli.run("generate", "-n", "n".repeat(63)).exit());
  }
}

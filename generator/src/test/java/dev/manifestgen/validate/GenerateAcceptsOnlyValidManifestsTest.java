package dev.manifestgen.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.manifestgen.cli.ManifestWriter;
import dev.manifestgen.contract.OperatorContract;
import dev.manifestgen.render.ChartMetadata;
import dev.manifestgen.render.OperatorFlags;
import dev.manifestgen.render.ParsedTemplates;
import dev.manifestgen.render.Release;
import dev.manifestgen.render.RenderException;
import dev.manifestgen.render.Renderer;
import dev.manifestgen.render.TemplateSet;
import dev.manifestgen.testing.Contracts;
import dev.manifestgen.testing.RandomValues;
import dev.manifestgen.testing.Repo;
import dev.manifestgen.values.ContractDefaults;
import dev.manifestgen.values.CrossValueRules;
import dev.manifestgen.values.ValueDefinitions;
import dev.manifestgen.values.Values;
import dev.manifestgen.values.ValuesException;
import dev.manifestgen.values.ValuesLoader;
import dev.manifestgen.values.ValuesRequest;
import dev.manifestgen.yaml.YamlWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The property behind "generate refuses what validate would call an error": for random value sets,
 * every set generate accepts gives a manifest that validate, with the same operator contract, finds
 * no error in. Run for the Elastic operator 1.3.0 (which fixes its lock, timings and webhook port)
 * and for an operator with flags for all of them (where the timings' order is the values' to keep).
 */
class GenerateAcceptsOnlyValidManifestsTest {
  static final long SEED = 20261130L;
  static final int SETS = 300;
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"config/operator-contract.yaml", "generator/src/test/resources/contracts/operator-lock-flags.yaml"})
  void everyAcceptedValueSetValidatesWithoutErrors(String contractFile) throws Exception {
    Path root = Repo.root();
    OperatorContract contract = Contracts.read(root.resolve(contractFile));
    ValueDefinitions definitions = ContractDefaults.apply(
        ValueDefinitions.load(root.resolve("config/values.yaml"), "config/values.yaml"), contract);
    ValuesLoader loader = new ValuesLoader(definitions, root.resolve("config/profiles"), "config/profiles",
        new CrossValueRules(contract, definitions));
    Renderer renderer = new Renderer(ParsedTemplates.parse(TemplateSet.load(root.resolve("templates"), "templates"),
        definitions), ChartMetadata.load(root.resolve("config/chart.yaml"), "config/chart.yaml"), OperatorFlags.of(contract));
    RandomValues random = new RandomValues(SEED, definitions, true);
    List<String> releases = List.of("elastic-operator", "eck", "x");
    int accepted = 0;
    for (int i = 0; i < SETS; i++) {
      Map<String, Object> drawn = random.next();
      Path file = dir.resolve("values-" + i + ".yaml");
      Files.writeString(file, YamlWriter.toYaml(drawn) + "\n");
      Release release = new Release(releases.get(i % releases.size()), "ns-" + (i % 3));
      String manifest;
      try {
        Values values = loader.load(new ValuesRequest(List.of(), List.of(file), List.of(), List.of()));
        manifest = ManifestWriter.write("test", "eck-operator", List.of(), renderer.render(values, release));
      } catch (ValuesException | RenderException refused) {
        continue;
      }
      accepted++;
      ManifestSet set = new ManifestSet(ManifestLoader.parse(manifest, "set " + i));
      List<Finding> errors = Validator.validate(new ValidationContext(set, contract, java.util.Set.of("*")),
          Validator.Options.DEFAULT).stream().filter(f -> f.severity() == Severity.ERROR).toList();
      if (!errors.isEmpty()) {
        fail("set " + i + " (seed " + SEED + ", release " + release + ") was accepted, but validate finds:\n"
            + errors.stream().map(Finding::human).collect(Collectors.joining("\n")) + "\nvalues:\n" + YamlWriter.toYaml(drawn));
      }
    }
    // Enough sets must get through for the property to say something. (For 1.3.0, a set that moves
    // any of the six settings the operator fixes is refused: about one in twelve gets through.)
    assertTrue(accepted >= SETS / 20, "only " + accepted + " of " + SETS + " sets were accepted");
  }
}

package dev.manifestgen.values;

import dev.manifestgen.testing.Repo;

/** The project's own values loader, for tests. */
final class TestLoader {
  private TestLoader() {}

  static ValuesLoader loader() throws Exception {
    ValueDefinitions definitions = ValueDefinitions.load(Repo.root().resolve("config/values.yaml"), "config/values.yaml");
    return new ValuesLoader(definitions, Repo.root().resolve("config/profiles"), "config/profiles");
  }
}

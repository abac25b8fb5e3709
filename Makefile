# manifest-gen: `make generate-manifests` writes the committed outputs, `make test` runs every test.
JAR := generator/target/manifest-gen.jar
SOURCES := pom.xml generator/pom.xml $(shell find generator/src/main -type f 2>/dev/null)

.PHONY: generate-manifests check-manifests test e2e bench clean

$(JAR): $(SOURCES)
	mvn -B -q -DskipTests package -pl generator -am

## Regenerate config/all-in-one.yaml, charts/eck-operator/ and README's generated sections, then validate them.
generate-manifests: $(JAR)
	bin/manifest-gen generate --all
	bin/manifest-gen validate

## Fail when the committed generated files differ from a fresh generation, or do not validate.
check-manifests: $(JAR)
	bin/manifest-gen check
	bin/manifest-gen validate

## Build and run every test (offline).
test:
	mvn -B verify

## Time generate, check and validate against helm-java, a JVM hello world and native helm (bench/README.md).
bench: $(JAR)
	bench/bench.sh

clean:
	mvn -B -q clean

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

## End to end: a real kube-apiserver (built once from Debian's kubernetes source, cached), etcd, helm and
## kubectl; or the cluster of $KUBECONFIG. The generator module builds first; only the e2e tests run.
e2e:
	mvn -B verify -Pe2e -pl e2e -am -Dtest='dev.manifestgen.e2e.*Test' -Dsurefire.failIfNoSpecifiedTests=false

clean:
	mvn -B -q clean

# manifest-gen: `make generate-manifests` writes the committed outputs, `make test` runs every test.
JAR := generator/target/manifest-gen.jar
SOURCES := pom.xml generator/pom.xml $(shell find generator/src/main -type f 2>/dev/null)

GO ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
OPERATOR_SOURCE := generator/src/test/resources/gosrc/eck-1.3.0
# The modules whose types the operator's API types use: crds reads them from the Go module cache.
OPERATOR_API_MODULES := k8s.io/api k8s.io/apimachinery
# The fixture written with controller-gen v0.23.0's markers reads metav1.Condition from its apimachinery.
MARKERS_FIXTURE := generator/src/test/resources/gosrc/markers-current

.PHONY: generate-manifests check-manifests release test e2e bench clean go-modules

$(JAR): $(SOURCES)
	mvn -B -q -DskipTests package -pl generator -am

## Regenerate config/all-in-one.yaml, charts/eck-operator/ and README's generated sections, then validate them.
generate-manifests: $(JAR) go-modules
	bin/manifest-gen generate --all
	bin/manifest-gen validate

## Fail when the committed generated files differ from a fresh generation, or do not validate.
check-manifests: $(JAR) go-modules
	bin/manifest-gen check
	bin/manifest-gen validate

## The release artifacts in dist/ (README: Cutting a release). Every timestamp is SOURCE_DATE_EPOCH, by default the
## last commit's time, so two runs on any clones of one commit write the same bytes. Sign with
## SIGN_KEY=NAME KEYRING=secring.gpg [PASSPHRASE_FILE=FILE]; REPO_URL=URL puts absolute URLs in index.yaml.
release: $(JAR) go-modules
	bin/manifest-gen check
	SOURCE_DATE_EPOCH="$${SOURCE_DATE_EPOCH:-$$(git log -1 --format=%ct)}" bin/manifest-gen package -d dist \
	  $(if $(SIGN_KEY),--sign --key "$(SIGN_KEY)" --keyring "$(KEYRING)") \
	  $(if $(PASSPHRASE_FILE),--passphrase-file "$(PASSPHRASE_FILE)") $(if $(REPO_URL),--url "$(REPO_URL)")

## Put the Kubernetes modules the operator's go.mod requires into the Go module cache (the only
## network step; a no-op once they are there). crds and the tests read them from there, offline.
go-modules:
	cd $(OPERATOR_SOURCE) && $(GO) mod download $(OPERATOR_API_MODULES)
	cd $(MARKERS_FIXTURE) && $(GO) mod download k8s.io/apimachinery

## Build and run every test (offline, once go-modules has filled the module cache).
test: go-modules
	mvn -B verify

## Time generate, check and validate against helm-java, a JVM hello world and native helm (bench/README.md).
bench: $(JAR)
	bench/bench.sh

## End to end: a real kube-apiserver (built once from Debian's kubernetes source, cached), etcd, helm and
## kubectl; or the cluster of $KUBECONFIG. The generator module builds first; only the e2e tests run.
e2e: go-modules
	mvn -B verify -Pe2e -pl e2e -am -Dtest='dev.manifestgen.e2e.*Test' -Dsurefire.failIfNoSpecifiedTests=false

clean:
	mvn -B -q clean

module manifestgen.dev/e2e/controller-gen

go 1.15

require sigs.k8s.io/controller-tools v0.4.0

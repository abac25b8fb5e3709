module example.com/timings-flags

go 1.20

require (
	github.com/spf13/viper v1.15.0
	sigs.k8s.io/controller-runtime v0.15.0
)

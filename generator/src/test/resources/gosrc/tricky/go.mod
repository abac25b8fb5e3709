module example.com/tricky/v2

go 1.21

require (
	github.com/spf13/pflag v1.0.5
	sigs.k8s.io/controller-runtime v0.16.3
)

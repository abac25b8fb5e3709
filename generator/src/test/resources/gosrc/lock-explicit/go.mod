module example.com/lock-explicit

go 1.16

require (
	github.com/spf13/pflag v1.0.5
	k8s.io/client-go v0.20.2
	sigs.k8s.io/controller-runtime v0.9.2
)

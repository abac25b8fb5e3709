module example.com/shapes-cobra

go 1.22

require (
	github.com/spf13/cobra v1.8.1
	github.com/spf13/pflag v1.0.5
	sigs.k8s.io/controller-runtime v0.11.2
)

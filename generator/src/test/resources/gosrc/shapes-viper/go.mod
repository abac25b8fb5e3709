module example.com/shapes-viper

go 1.21

require (
	github.com/spf13/pflag v1.0.5
	github.com/spf13/viper v1.18.2
	sigs.k8s.io/controller-runtime v0.17.2
)

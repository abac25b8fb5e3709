module example.com/programs

go 1.20

require (
	example.com/thirdparty v1.2.0
	github.com/spf13/cobra v1.7.0
	github.com/spf13/pflag v1.0.5
	github.com/spf13/viper v1.16.0
	sigs.k8s.io/controller-runtime v0.14.6
)

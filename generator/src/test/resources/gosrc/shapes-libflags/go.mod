module example.com/shapes-libflags

go 1.21

require (
	github.com/spf13/pflag v1.0.5
	k8s.io/klog/v2 v2.130.1
	sigs.k8s.io/controller-runtime v0.19.0
)

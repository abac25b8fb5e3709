module example.com/shapes-cobra-packages

go 1.22

require (
	github.com/spf13/cobra v1.8.1
	sigs.k8s.io/controller-runtime v0.11.2
)

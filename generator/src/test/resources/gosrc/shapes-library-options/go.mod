module example.com/shapes-library-options

go 1.22

require (
	example.com/runtime v0.1.0
	sigs.k8s.io/controller-runtime v0.16.3
)

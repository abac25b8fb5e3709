module example.com/shapes-configstruct

go 1.21

require (
	sigs.k8s.io/controller-runtime v0.16.3
	sigs.k8s.io/yaml v1.4.0
)

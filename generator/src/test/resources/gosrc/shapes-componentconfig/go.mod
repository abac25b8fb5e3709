module example.com/shapes-componentconfig

go 1.21

require sigs.k8s.io/controller-runtime v0.11.2

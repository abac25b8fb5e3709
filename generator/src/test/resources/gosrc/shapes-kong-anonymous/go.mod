module example.com/shapes-kong-anonymous

go 1.21

require (
	github.com/alecthomas/kong v1.17.0
	sigs.k8s.io/controller-runtime v0.16.3
)

module example.com/shapes

go 1.21

require (
	example.com/extlib v1.0.0
	k8s.io/apimachinery v0.18.6
)

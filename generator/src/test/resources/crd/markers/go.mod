module example.com/widgets

go 1.15

require (
	k8s.io/api v0.18.6
	k8s.io/apimachinery v0.18.6
)

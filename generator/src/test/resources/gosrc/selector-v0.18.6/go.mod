module example.com/selector

go 1.15

require k8s.io/apimachinery v0.18.6

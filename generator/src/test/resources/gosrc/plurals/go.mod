module example.com/plurals

go 1.15

require k8s.io/apimachinery v0.20.2

// Package v1 holds kinds named to show how controller-gen pluralizes a kind.
// +kubebuilder:object:generate=true
// +groupName=words.example.com
package v1

// Package v1 makes every field required unless it says otherwise.
// +kubebuilder:validation:Required
// +groupName=strict.example.com
package v1

// Package v1 makes every field optional unless it says otherwise.
// +kubebuilder:validation:Optional
// +groupName=lax.example.com
package v1

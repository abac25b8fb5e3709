package apmserver

// The ApmServer controller. ECK 1.3.0 declares its permissions in its manifests' ClusterRole, not in
// +kubebuilder:rbac markers, so there are none here.

// Add registers the controller.
func Add() error {
	return nil
}

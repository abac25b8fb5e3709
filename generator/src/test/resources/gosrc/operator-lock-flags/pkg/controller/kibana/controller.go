package kibana

// Unlike 1.3.0, this operator asks for its permissions with +kubebuilder:rbac markers.
// +kubebuilder:rbac:groups=kibana.k8s.elastic.co,resources=kibanas;kibanas/status;kibanas/finalizers,verbs=get;list;watch;create;update;patch;delete

// Add registers the controller.
func Add() error {
	return nil
}

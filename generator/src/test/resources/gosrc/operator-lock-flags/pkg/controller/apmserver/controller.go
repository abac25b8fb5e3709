package apmserver

// Unlike 1.3.0, this operator asks for its permissions with +kubebuilder:rbac markers.
// +kubebuilder:rbac:groups=apm.k8s.elastic.co,resources=apmservers;apmservers/status;apmservers/finalizers,verbs=get;list;watch;create;update;patch;delete

// Add registers the controller.
func Add() error {
	return nil
}

package beat

// +kubebuilder:rbac:groups=beat.k8s.elastic.co,resources=beats;beats/status;beats/finalizers,verbs=get;list;watch;create;update;patch;delete

// Add registers the controller.
func Add() error {
	return nil
}

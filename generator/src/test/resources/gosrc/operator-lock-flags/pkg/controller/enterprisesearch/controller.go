package enterprisesearch

// Unlike 1.3.0, this operator asks for its permissions with +kubebuilder:rbac markers.
// +kubebuilder:rbac:groups=enterprisesearch.k8s.elastic.co,resources=enterprisesearches;enterprisesearches/status;enterprisesearches/finalizers,verbs=get;list;watch;create;update;patch;delete

// Add registers the controller.
func Add() error {
	return nil
}

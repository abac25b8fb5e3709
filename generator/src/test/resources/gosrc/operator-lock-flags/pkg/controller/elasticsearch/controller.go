package elasticsearch

// Unlike 1.3.0, this operator asks for its permissions with +kubebuilder:rbac markers.
// +kubebuilder:rbac:groups=authorization.k8s.io,resources=subjectaccessreviews,verbs=create
// +kubebuilder:rbac:groups=core,resources=pods;endpoints;events;persistentvolumeclaims;secrets;services;configmaps;serviceaccounts,verbs=get;list;watch;create;update;patch;delete
// +kubebuilder:rbac:groups=apps,resources=deployments;statefulsets;daemonsets,verbs=get;list;watch;create;update;patch;delete
// +kubebuilder:rbac:groups=policy,resources=poddisruptionbudgets,verbs=get;list;watch;create;update;patch;delete
// +kubebuilder:rbac:groups=elasticsearch.k8s.elastic.co,resources=elasticsearches;elasticsearches/status;elasticsearches/finalizers;enterpriselicenses;enterpriselicenses/status,verbs=get;list;watch;create;update;patch;delete

// Add registers the controller.
func Add() error {
	return nil
}

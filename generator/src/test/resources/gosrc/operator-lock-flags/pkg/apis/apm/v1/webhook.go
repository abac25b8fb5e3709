package v1

import (
	"errors"
)

// +kubebuilder:webhook:path=/validate-apm-k8s-elastic-co-v1-apmserver,mutating=false,failurePolicy=ignore,groups=apm.k8s.elastic.co,resources=apmservers,verbs=create;update,versions=v1,name=elastic-apm-validation-v1.k8s.elastic.co

// ValidateCreate checks a new ApmServer object.
func (as *ApmServer) ValidateCreate() error {
	if as.Spec.Version == "" {
		return errors.New("version is required")
	}
	return nil
}

// ValidateUpdate checks a changed ApmServer object.
func (as *ApmServer) ValidateUpdate(old *ApmServer) error {
	return as.ValidateCreate()
}

package v1beta1

import (
	"errors"
)

// +kubebuilder:webhook:path=/validate-enterprisesearch-k8s-elastic-co-v1beta1-enterprisesearch,mutating=false,failurePolicy=ignore,groups=enterprisesearch.k8s.elastic.co,resources=enterprisesearches,verbs=create;update,versions=v1beta1,name=elastic-ent-validation-v1beta1.k8s.elastic.co

// ValidateCreate checks a new EnterpriseSearch object.
func (ent *EnterpriseSearch) ValidateCreate() error {
	if ent.Spec.Version == "" {
		return errors.New("version is required")
	}
	return nil
}

// ValidateUpdate checks a changed EnterpriseSearch object.
func (ent *EnterpriseSearch) ValidateUpdate(old *EnterpriseSearch) error {
	return ent.ValidateCreate()
}

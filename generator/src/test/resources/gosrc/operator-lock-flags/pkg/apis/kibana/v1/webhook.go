package v1

import (
	"errors"
)

// +kubebuilder:webhook:path=/validate-kibana-k8s-elastic-co-v1-kibana,mutating=false,failurePolicy=ignore,groups=kibana.k8s.elastic.co,resources=kibanas,verbs=create;update,versions=v1,name=elastic-kb-validation-v1.k8s.elastic.co

// ValidateCreate checks a new Kibana object.
func (k *Kibana) ValidateCreate() error {
	if k.Spec.Version == "" {
		return errors.New("version is required")
	}
	return nil
}

// ValidateUpdate checks a changed Kibana object.
func (k *Kibana) ValidateUpdate(old *Kibana) error {
	return k.ValidateCreate()
}

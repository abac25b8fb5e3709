package v1beta1

import (
	"errors"
)

// +kubebuilder:webhook:path=/validate-beat-k8s-elastic-co-v1beta1-beat,mutating=false,failurePolicy=ignore,groups=beat.k8s.elastic.co,resources=beats,verbs=create;update,versions=v1beta1,name=elastic-beat-validation-v1beta1.k8s.elastic.co

// ValidateCreate checks a new Beat object.
func (b *Beat) ValidateCreate() error {
	if b.Spec.DaemonSet != nil && b.Spec.Deployment != nil {
		return errors.New("daemonSet and deployment are exclusive")
	}
	return nil
}

// ValidateUpdate checks a changed Beat object.
func (b *Beat) ValidateUpdate(old *Beat) error {
	return b.ValidateCreate()
}

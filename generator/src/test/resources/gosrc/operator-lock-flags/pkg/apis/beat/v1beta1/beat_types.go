// Package v1beta1 is the v1beta1 API of the beat.k8s.elastic.co group, reduced to what the operator's
// contract reads: the kind's root type and markers (gosrc/eck-1.3.0 has the full types).
// +groupName=beat.k8s.elastic.co
package v1beta1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

// +kubebuilder:webhook:path=/validate-beat-k8s-elastic-co-v1beta1-beat,mutating=false,failurePolicy=ignore,groups=beat.k8s.elastic.co,resources=beats,verbs=create;update,versions=v1beta1,name=elastic-beat-validation-v1beta1.k8s.elastic.co

var (
	SchemeBuilder = &scheme.Builder{GroupVersion: schema.GroupVersion{Group: "beat.k8s.elastic.co", Version: "v1beta1"}}
	AddToScheme   = SchemeBuilder.AddToScheme
)

// +kubebuilder:object:root=true

// Beat is a Beat (Filebeat, Metricbeat, ...) run as a DaemonSet or a Deployment.
// +kubebuilder:resource:categories=elastic,shortName=beat
// +kubebuilder:storageversion
type Beat struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

func init() {
	SchemeBuilder.Register(&Beat{})
}

// Package v1 is the v1 API of the kibana.k8s.elastic.co group, reduced to what the operator's
// contract reads: the kind's root type and markers (gosrc/eck-1.3.0 has the full types).
// +groupName=kibana.k8s.elastic.co
package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

// +kubebuilder:webhook:path=/validate-kibana-k8s-elastic-co-v1-kibana,mutating=false,failurePolicy=ignore,groups=kibana.k8s.elastic.co,resources=kibanas,verbs=create;update,versions=v1,name=elastic-kb-validation-v1.k8s.elastic.co

var (
	SchemeBuilder = &scheme.Builder{GroupVersion: schema.GroupVersion{Group: "kibana.k8s.elastic.co", Version: "v1"}}
	AddToScheme   = SchemeBuilder.AddToScheme
)

// +kubebuilder:object:root=true

// Kibana is a Kibana instance.
// +kubebuilder:resource:categories=elastic,shortName=kb
// +kubebuilder:storageversion
type Kibana struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
}

func init() {
	SchemeBuilder.Register(&Kibana{})
}

package v1alpha1

import (
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// KibanaSpec is the desired state of a Kibana instance.
type KibanaSpec struct {
	// Version of Kibana.
	Version string `json:"version,omitempty"`

	// Image is the Kibana container image.
	Image string `json:"image,omitempty"`

	// NodeCount is the number of Kibana pods.
	NodeCount int32 `json:"nodeCount,omitempty"`

	// PodTemplate is merged into the pods' template.
	// +kubebuilder:validation:Optional
	PodTemplate corev1.PodTemplateSpec `json:"podTemplate,omitempty"`
}

// KibanaStatus is the observed state of a Kibana instance.
type KibanaStatus struct {
	// AvailableNodes is the number of pods ready.
	AvailableNodes int `json:"availableNodes,omitempty"`
	// Health of Kibana.
	Health string `json:"health,omitempty"`
}

// +kubebuilder:object:root=true

// Kibana is a Kibana instance (no longer served).
// +kubebuilder:resource:categories=elastic,shortName=kb
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="health",type="string",JSONPath=".status.health"
// +kubebuilder:printcolumn:name="nodes",type="integer",JSONPath=".status.availableNodes",description="Available nodes"
// +kubebuilder:printcolumn:name="version",type="string",JSONPath=".spec.version",description="Kibana version"
// +kubebuilder:printcolumn:name="age",type="date",JSONPath=".metadata.creationTimestamp"
// +kubebuilder:unservedversion
type Kibana struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   KibanaSpec   `json:"spec,omitempty"`
	Status KibanaStatus `json:"status,omitempty"`
}

// +kubebuilder:object:root=true

// KibanaList is a list of Kibana instances.
type KibanaList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Kibana `json:"items"`
}

func init() {
	SchemeBuilder.Register(&Kibana{}, &KibanaList{})
}

package v1alpha1

import (
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// ApmServerSpec is the desired state of an APM Server.
type ApmServerSpec struct {
	// Version of ApmServer.
	Version string `json:"version,omitempty"`

	// Image is the APM Server container image.
	Image string `json:"image,omitempty"`

	// NodeCount is the number of APM Server pods.
	NodeCount int32 `json:"nodeCount,omitempty"`

	// PodTemplate is merged into the pods' template.
	// +kubebuilder:validation:Optional
	PodTemplate corev1.PodTemplateSpec `json:"podTemplate,omitempty"`
}

// ApmServerStatus is the observed state of an APM Server.
type ApmServerStatus struct {
	// AvailableNodes is the number of pods ready.
	AvailableNodes int `json:"availableNodes,omitempty"`
	// Health of the APM Server.
	Health string `json:"health,omitempty"`
}

// +kubebuilder:object:root=true

// ApmServer is an APM Server (no longer served).
// +kubebuilder:resource:categories=elastic,shortName=apm
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="health",type="string",JSONPath=".status.health"
// +kubebuilder:printcolumn:name="nodes",type="integer",JSONPath=".status.availableNodes",description="Available nodes"
// +kubebuilder:printcolumn:name="version",type="string",JSONPath=".spec.version",description="APM version"
// +kubebuilder:printcolumn:name="age",type="date",JSONPath=".metadata.creationTimestamp"
// +kubebuilder:unservedversion
type ApmServer struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   ApmServerSpec   `json:"spec,omitempty"`
	Status ApmServerStatus `json:"status,omitempty"`
}

// +kubebuilder:object:root=true

// ApmServerList is a list of APM Servers.
type ApmServerList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []ApmServer `json:"items"`
}

func init() {
	SchemeBuilder.Register(&ApmServer{}, &ApmServerList{})
}

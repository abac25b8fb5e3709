package v1alpha1

import (
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// ElasticsearchSpec is the desired state of an Elasticsearch cluster.
type ElasticsearchSpec struct {
	// Version of Elasticsearch.
	Version string `json:"version,omitempty"`

	// Image is the Elasticsearch container image.
	Image string `json:"image,omitempty"`

	// Nodes are the groups of nodes that make up the cluster.
	Nodes []NodeSpec `json:"nodes,omitempty"`
}

// NodeSpec is a group of nodes sharing a configuration.
type NodeSpec struct {
	// Name of the group.
	Name string `json:"name,omitempty"`

	// NodeCount is the number of nodes.
	NodeCount int32 `json:"nodeCount,omitempty"`

	// PodTemplate is merged into the pods' template.
	// +kubebuilder:validation:Optional
	PodTemplate corev1.PodTemplateSpec `json:"podTemplate,omitempty"`
}

// ElasticsearchStatus is the observed state of an Elasticsearch cluster.
type ElasticsearchStatus struct {
	// AvailableNodes is the number of nodes ready.
	AvailableNodes int `json:"availableNodes,omitempty"`
	// Health of the cluster.
	Health string `json:"health,omitempty"`
	// Phase of the operator's work on the cluster.
	Phase string `json:"phase,omitempty"`
}

// +kubebuilder:object:root=true

// Elasticsearch is an Elasticsearch cluster (no longer served).
// +kubebuilder:resource:categories=elastic,shortName=es
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="health",type="string",JSONPath=".status.health"
// +kubebuilder:printcolumn:name="nodes",type="integer",JSONPath=".status.availableNodes",description="Available nodes"
// +kubebuilder:printcolumn:name="version",type="string",JSONPath=".spec.version",description="Elasticsearch version"
// +kubebuilder:printcolumn:name="phase",type="string",JSONPath=".status.phase"
// +kubebuilder:printcolumn:name="age",type="date",JSONPath=".metadata.creationTimestamp"
// +kubebuilder:unservedversion
type Elasticsearch struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   ElasticsearchSpec   `json:"spec,omitempty"`
	Status ElasticsearchStatus `json:"status,omitempty"`
}

// +kubebuilder:object:root=true

// ElasticsearchList is a list of Elasticsearch clusters.
type ElasticsearchList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Elasticsearch `json:"items"`
}

func init() {
	SchemeBuilder.Register(&Elasticsearch{}, &ElasticsearchList{})
}

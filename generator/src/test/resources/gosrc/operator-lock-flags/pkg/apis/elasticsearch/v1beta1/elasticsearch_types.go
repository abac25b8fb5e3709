package v1beta1

import (
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	commonv1 "example.com/operator-lock-flags/pkg/apis/common/v1"
)

// ElasticsearchSpec is the desired state of an Elasticsearch cluster.
type ElasticsearchSpec struct {
	// Version of Elasticsearch.
	Version string `json:"version,omitempty"`

	// Image is the Elasticsearch container image; the default image of the version when empty.
	Image string `json:"image,omitempty"`

	// HTTP configures the HTTP endpoint of the cluster.
	HTTP commonv1.HTTPConfig `json:"http,omitempty"`

	// NodeSets are the groups of nodes that make up the cluster.
	// +kubebuilder:validation:MinItems=1
	NodeSets []NodeSet `json:"nodeSets"`

	// UpdateStrategy bounds how many pods change at once.
	UpdateStrategy UpdateStrategy `json:"updateStrategy,omitempty"`

	// PodDisruptionBudget shapes the default PodDisruptionBudget; an empty one disables it.
	// +kubebuilder:validation:Optional
	PodDisruptionBudget *commonv1.PodDisruptionBudgetTemplate `json:"podDisruptionBudget,omitempty"`

	// SecureSettings are Secrets whose entries go into the Elasticsearch keystore.
	SecureSettings []commonv1.SecretSource `json:"secureSettings,omitempty"`
}

// NodeSet is a group of nodes sharing a configuration.
type NodeSet struct {
	// Name of the node set, part of the names of its pods.
	// +kubebuilder:validation:Pattern=[a-zA-Z0-9-]+
	// +kubebuilder:validation:MaxLength=23
	Name string `json:"name"`

	// Config is the Elasticsearch configuration of the nodes.
	// +kubebuilder:pruning:PreserveUnknownFields
	Config *commonv1.Config `json:"config,omitempty"`

	// Count is the number of nodes.
	// +kubebuilder:validation:Minimum=1
	Count int32 `json:"count,omitempty"`

	// PodTemplate is merged into the pods' template.
	// +kubebuilder:validation:Optional
	PodTemplate corev1.PodTemplateSpec `json:"podTemplate,omitempty"`

	// VolumeClaimTemplates are the nodes' persistent volume claims.
	// +kubebuilder:validation:Optional
	VolumeClaimTemplates []corev1.PersistentVolumeClaim `json:"volumeClaimTemplates,omitempty"`
}

// UpdateStrategy bounds the changes made at once.
type UpdateStrategy struct {
	// ChangeBudget bounds the pods created and removed at once.
	ChangeBudget *ChangeBudget `json:"changeBudget,omitempty"`
}

// ChangeBudget bounds the pods created and removed at once.
type ChangeBudget struct {
	// MaxUnavailable is how many pods may be unavailable at once.
	MaxUnavailable int `json:"maxUnavailable,omitempty"`

	// MaxSurge is how many pods may exist above the target count.
	MaxSurge int `json:"maxSurge,omitempty"`
}

// ElasticsearchHealth is the cluster's health colour.
type ElasticsearchHealth string

// ElasticsearchOrchestrationPhase is the phase the operator is in for the cluster.
type ElasticsearchOrchestrationPhase string

// ElasticsearchStatus is the observed state of an Elasticsearch cluster.
type ElasticsearchStatus struct {
	// AvailableNodes is the number of nodes ready.
	AvailableNodes int32 `json:"availableNodes,omitempty"`
	// Health of the cluster.
	Health ElasticsearchHealth `json:"health,omitempty"`
	// Phase of the operator's work on the cluster.
	Phase ElasticsearchOrchestrationPhase `json:"phase,omitempty"`
}

// +kubebuilder:object:root=true

// Elasticsearch is an Elasticsearch cluster.
// +kubebuilder:resource:categories=elastic,shortName=es
// +kubebuilder:subresource:status
// +kubebuilder:printcolumn:name="health",type="string",JSONPath=".status.health"
// +kubebuilder:printcolumn:name="nodes",type="integer",JSONPath=".status.availableNodes",description="Available nodes"
// +kubebuilder:printcolumn:name="version",type="string",JSONPath=".spec.version",description="Elasticsearch version"
// +kubebuilder:printcolumn:name="phase",type="string",JSONPath=".status.phase"
// +kubebuilder:printcolumn:name="age",type="date",JSONPath=".metadata.creationTimestamp"
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

package v1

import (
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	commonv1 "example.com/operator-lock-flags/pkg/apis/common/v1"
)

// ElasticsearchSpec is the desired state of an Elasticsearch cluster.
type ElasticsearchSpec struct {
	// Version of Elasticsearch.
	Version string `json:"version"`

	// Image is the Elasticsearch container image; the default image of the version when empty.
	Image string `json:"image,omitempty"`

	// HTTP configures the HTTP endpoint of the cluster.
	HTTP commonv1.HTTPConfig `json:"http,omitempty"`

	// Transport configures the transport layer of the cluster.
	Transport TransportConfig `json:"transport,omitempty"`

	// NodeSets are the groups of nodes that make up the cluster.
	// +kubebuilder:validation:MinItems=1
	NodeSets []NodeSet `json:"nodeSets"`

	// UpdateStrategy bounds how many pods change at once.
	UpdateStrategy UpdateStrategy `json:"updateStrategy,omitempty"`

	// PodDisruptionBudget shapes the default PodDisruptionBudget; an empty one disables it.
	// +kubebuilder:validation:Optional
	PodDisruptionBudget *commonv1.PodDisruptionBudgetTemplate `json:"podDisruptionBudget,omitempty"`

	// Auth adds users and roles from Secrets.
	Auth Auth `json:"auth,omitempty"`

	// SecureSettings are Secrets whose entries go into the Elasticsearch keystore.
	SecureSettings []commonv1.SecretSource `json:"secureSettings,omitempty"`

	// ServiceAccountName is the ServiceAccount the Elasticsearch pods run as.
	ServiceAccountName string `json:"serviceAccountName,omitempty"`

	// RemoteClusters are other clusters this cluster connects to.
	// +optional
	RemoteClusters []RemoteCluster `json:"remoteClusters,omitempty"`
}

// TransportConfig configures the transport layer.
type TransportConfig struct {
	// Service shapes the Service of the transport endpoint.
	Service commonv1.ServiceTemplate `json:"service,omitempty"`
}

// RemoteCluster names a cluster this cluster connects to.
type RemoteCluster struct {
	// Name of the remote cluster, as used in cross-cluster requests.
	// +kubebuilder:validation:Pattern=^[a-zA-Z0-9-]+$
	// +kubebuilder:validation:MaxLength=255
	Name string `json:"name"`

	// ElasticsearchRef names the Elasticsearch object of the remote cluster.
	ElasticsearchRef commonv1.ObjectSelector `json:"elasticsearchRef,omitempty"`
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
	// +kubebuilder:validation:Minimum=0
	Count int32 `json:"count"`

	// PodTemplate is merged into the pods' template.
	// +kubebuilder:validation:Optional
	PodTemplate corev1.PodTemplateSpec `json:"podTemplate,omitempty"`

	// VolumeClaimTemplates are the nodes' persistent volume claims; one 1Gi data volume when empty.
	// +kubebuilder:validation:Optional
	VolumeClaimTemplates []corev1.PersistentVolumeClaim `json:"volumeClaimTemplates,omitempty"`
}

// UpdateStrategy bounds the changes made at once.
type UpdateStrategy struct {
	// ChangeBudget bounds the pods created and removed at once.
	ChangeBudget ChangeBudget `json:"changeBudget,omitempty"`
}

// ChangeBudget bounds the pods created and removed at once.
type ChangeBudget struct {
	// MaxUnavailable is how many pods may be unavailable at once; unbounded when negative.
	MaxUnavailable *int32 `json:"maxUnavailable,omitempty"`

	// MaxSurge is how many pods may exist above the target count; unbounded when negative.
	MaxSurge *int32 `json:"maxSurge,omitempty"`
}

// Auth adds users and roles from Secrets.
type Auth struct {
	// Roles are Secrets holding roles in the roles.yml format.
	Roles []RoleSource `json:"roles,omitempty"`

	// FileRealm are Secrets holding users in the file realm's format.
	FileRealm []FileRealmSource `json:"fileRealm,omitempty"`
}

// RoleSource names a Secret holding roles.
type RoleSource struct {
	commonv1.SecretRef `json:",inline"`
}

// FileRealmSource names a Secret holding file realm users.
type FileRealmSource struct {
	commonv1.SecretRef `json:",inline"`
}

// ElasticsearchHealth is the cluster's health colour.
type ElasticsearchHealth string

// ElasticsearchOrchestrationPhase is the phase the operator is in for the cluster.
type ElasticsearchOrchestrationPhase string

// ElasticsearchStatus is the observed state of an Elasticsearch cluster.
type ElasticsearchStatus struct {
	// AvailableNodes is the number of nodes ready.
	AvailableNodes int32 `json:"availableNodes,omitempty"`
	// Version of the cluster's nodes; the lowest when they differ.
	Version string `json:"version,omitempty"`
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
// +kubebuilder:printcolumn:name="version",type="string",JSONPath=".status.version",description="Elasticsearch version"
// +kubebuilder:printcolumn:name="phase",type="string",JSONPath=".status.phase"
// +kubebuilder:printcolumn:name="age",type="date",JSONPath=".metadata.creationTimestamp"
// +kubebuilder:storageversion
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

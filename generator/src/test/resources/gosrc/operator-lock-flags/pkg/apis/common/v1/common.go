// Package v1 holds the types the API versions of every kind share.
// +kubebuilder:object:generate=true
package v1

import (
	corev1 "k8s.io/api/core/v1"
	policyv1beta1 "k8s.io/api/policy/v1beta1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Config holds a free-form configuration, written as YAML under the kind's config key.
// +kubebuilder:validation:Type=object
type Config struct {
	// Data is the configuration, kept as the user wrote it.
	Data map[string]interface{} `json:"-"`
}

// HTTPConfig configures the HTTP endpoint of a stack component.
type HTTPConfig struct {
	// Service shapes the Service that exposes the HTTP endpoint.
	Service ServiceTemplate `json:"service,omitempty"`
	// TLS configures the certificate of the HTTP endpoint.
	TLS TLSOptions `json:"tls,omitempty"`
}

// ServiceTemplate shapes a Service the operator creates.
type ServiceTemplate struct {
	// ObjectMeta is merged into the Service's metadata.
	// +kubebuilder:validation:Optional
	ObjectMeta metav1.ObjectMeta `json:"metadata,omitempty"`
	// Spec is merged into the Service's spec.
	// +kubebuilder:validation:Optional
	Spec corev1.ServiceSpec `json:"spec,omitempty"`
}

// TLSOptions configures the certificate of an endpoint.
type TLSOptions struct {
	// SelfSignedCertificate configures the certificate the operator issues itself.
	SelfSignedCertificate *SelfSignedCertificate `json:"selfSignedCertificate,omitempty"`
	// Certificate names a Secret holding a certificate to use instead (tls.crt, tls.key, ca.crt).
	Certificate SecretRef `json:"certificate,omitempty"`
}

// SelfSignedCertificate configures a self-signed certificate.
type SelfSignedCertificate struct {
	// SubjectAlternativeNames lists extra names the certificate is valid for.
	SubjectAlternativeNames []SubjectAlternativeName `json:"subjectAltNames,omitempty"`
	// Disabled turns the self-signed certificate off (plain HTTP).
	Disabled bool `json:"disabled,omitempty"`
}

// SubjectAlternativeName is a DNS name or an IP address.
type SubjectAlternativeName struct {
	// DNS is a DNS name.
	DNS string `json:"dns,omitempty"`
	// IP is an IP address.
	IP string `json:"ip,omitempty"`
}

// SecretRef names a Secret in the object's namespace.
type SecretRef struct {
	// SecretName is the name of the Secret.
	SecretName string `json:"secretName,omitempty"`
}

// ConfigSource reads configuration from a Secret.
type ConfigSource struct {
	SecretRef `json:",inline"`
}

// ObjectSelector names an object, by default in the namespace of the object referring to it.
type ObjectSelector struct {
	// Name of the object.
	Name string `json:"name"`
	// Namespace of the object; the referring object's namespace when empty.
	Namespace string `json:"namespace,omitempty"`
}

// SecretSource names a Secret whose entries go into a secure settings store.
type SecretSource struct {
	// SecretName is the name of the Secret.
	SecretName string `json:"secretName"`
	// Entries picks keys of the Secret and the paths they are stored under; every key when empty.
	Entries []KeyToPath `json:"entries,omitempty"`
}

// KeyToPath maps a key of a Secret to a path in the settings store.
type KeyToPath struct {
	// Key in the Secret.
	Key string `json:"key"`
	// Path in the settings store; the key when empty.
	Path string `json:"path,omitempty"`
}

// PodDisruptionBudgetTemplate shapes the PodDisruptionBudget the operator creates.
type PodDisruptionBudgetTemplate struct {
	// ObjectMeta is merged into the budget's metadata.
	ObjectMeta metav1.ObjectMeta `json:"metadata,omitempty"`
	// Spec of the budget.
	Spec policyv1beta1.PodDisruptionBudgetSpec `json:"spec,omitempty"`
}

// AssociationStatus is the state of an association to another stack component.
type AssociationStatus string

const (
	AssociationPending     AssociationStatus = "Pending"
	AssociationEstablished AssociationStatus = "Established"
	AssociationFailed      AssociationStatus = "Failed"
)

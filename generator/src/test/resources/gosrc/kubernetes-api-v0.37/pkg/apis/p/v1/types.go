// Package v1 embeds Kubernetes' own types at k8s.io/api v0.37.0, whose sources carry the current marker set
// (+k8s:optional, +k8s:required, +listType/+listMapKey, +default=ref(...), +structType=atomic...).
// +groupName=p.example.com
package v1

import (
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// PodSetSpec holds Kubernetes types as an operator's API would.
type PodSetSpec struct {
	Template   corev1.PodTemplateSpec         `json:"template,omitempty"`
	Service    corev1.ServiceSpec             `json:"service,omitempty"`
	Claims     []corev1.PersistentVolumeClaim `json:"claims,omitempty"`
	Strategy   appsv1.DeploymentStrategy      `json:"strategy,omitempty"`
	Conditions []metav1.Condition             `json:"conditions,omitempty"`
	Selector   *metav1.LabelSelector          `json:"selector,omitempty"`
}

// PodSet is a kind made of Kubernetes' types.
// +kubebuilder:object:root=true
type PodSet struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec PodSetSpec `json:"spec,omitempty"`
}

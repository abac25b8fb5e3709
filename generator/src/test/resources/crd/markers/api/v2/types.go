package v2

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// WidgetSpec is what a widget should be.
type WidgetSpec struct {
	// Size, optional by the package's default.
	Size int64 `json:"size"`
	// Name, required by marker.
	// +kubebuilder:validation:Required
	Name string `json:"name"`
	// Enabled is a boolean.
	Enabled bool `json:"enabled"`
}

// +kubebuilder:object:root=true
// +kubebuilder:unservedversion
// +kubebuilder:resource:shortName=wd;wdg,categories=all;examples
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec WidgetSpec `json:"spec,omitempty"`
}

// +kubebuilder:object:root=true
// +kubebuilder:resource:scope=Cluster

// Gadget is cluster-scoped, in one version only (so that version stores).
type Gadget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	// Selector picks widgets.
	Selector *metav1.LabelSelector `json:"selector,omitempty"`
}

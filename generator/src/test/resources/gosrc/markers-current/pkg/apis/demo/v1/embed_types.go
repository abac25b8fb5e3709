package v1

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Common is inlined into EmbedSpec: its keywords and CEL rules move up.
// +kubebuilder:validation:XValidation:rule="has(self.a)",message="a"
// +kubebuilder:validation:MinProperties=1
type Common struct {
	A string `json:"a,omitempty"`
	// +k8s:immutable
	Frozen string `json:"frozen,omitempty"`
}

// Ref is inlined with rules of its own and rules written on the inline field.
// +kubebuilder:validation:XValidation:rule="self.kind.size() < 64",message="ref"
type Ref struct {
	Kind  string `json:"kind"`
	Group string `json:"group,omitempty"`
}

// Third is inlined after Ref: the inlined structs' rules come last first.
// +kubebuilder:validation:XValidation:rule="!has(self.t) || self.t.size() > 0",message="third"
type Third struct {
	T string `json:"t,omitempty"`
}

// EmbedSpec embeds Common, Ref and Third.
// +kubebuilder:validation:XValidation:rule="has(self.b)",message="b"
type EmbedSpec struct {
	Common `json:",inline"`
	// +kubebuilder:validation:XValidation:rule="self.kind == 'Ref'",message="kind"
	// +kubebuilder:validation:XValidation:rule="!has(self.group)",message="group"
	Ref `json:",inline"`
	// +kubebuilder:validation:XValidation:rule="has(self.t)",message="third field"
	Third `json:",inline"`
	B     string `json:"b,omitempty"`
	// The type's enum wins over the field's.
	// +kubebuilder:validation:Enum=x;y
	L Level `json:"l,omitempty"`
	// +kubebuilder:validation:XValidation:rule="self.size() > 0",message="field"
	// +k8s:immutable
	Both string `json:"both,omitempty"`
}

// Embed is a kind whose spec inlines structs.
// +kubebuilder:object:root=true
// +kubebuilder:printcolumn:name="B",type=string,JSONPath=`.spec.b`,description="",format="",priority=0
type Embed struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec EmbedSpec `json:"spec,omitempty"`
}

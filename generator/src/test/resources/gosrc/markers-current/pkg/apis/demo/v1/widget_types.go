package v1

import (
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Port is one port of a widget, keyed by its name and protocol.
type Port struct {
	// Name of the port.
	Name string `json:"name"`
	// Protocol of the port.
	// +kubebuilder:default=TCP
	Protocol string `json:"protocol,omitempty"`
	// Number of the port.
	Number int32 `json:"number"`
}

// Names is a named slice kept as a set.
// +listType=set
type Names []string

// Labels is a map replaced as a whole.
// +mapType=atomic
type Labels map[string]string

// Endpoint is replaced as a whole.
// +structType=atomic
// +kubebuilder:validation:XValidation:rule="has(self.host) || has(self.ip)",message="host or ip"
type Endpoint struct {
	Host string `json:"host,omitempty"`
	IP   string `json:"ip,omitempty"`
}

/*
Notes are written in a block comment.
+kubebuilder:validation:MinLength=3
*/
type Note string

// Numbers has every integer width.
type Numbers struct {
	I    int     `json:"i"`
	I8   int8    `json:"i8"`
	I16  int16   `json:"i16"`
	I32  int32   `json:"i32"`
	I64  int64   `json:"i64"`
	U    uint    `json:"u"`
	U8   uint8   `json:"u8"`
	U16  uint16  `json:"u16"`
	U32  uint32  `json:"u32"`
	U64  uint64  `json:"u64"`
	Byte byte    `json:"byte"`
	Rune rune    `json:"rune"`
}

// Choice holds exactly one of its alternatives.
// +kubebuilder:validation:ExactlyOneOf=first;second
// +kubebuilder:validation:AtMostOneOf=third;fourth
// +kubebuilder:validation:AtLeastOneOf:=first;third
type Choice struct {
	First  *string `json:"first,omitempty"`
	Second *string `json:"second,omitempty"`
	Third  *string `json:"third,omitempty"`
	Fourth *string `json:"fourth,omitempty"`
}

// WidgetSpec is the desired state of a widget.
// +kubebuilder:validation:XValidation:rule="self.minReplicas <= self.maxReplicas",message="minReplicas must not exceed maxReplicas"
// +kubebuilder:validation:XValidation:rule="!has(self.mode) || self.mode != 'off' || self.minReplicas == 0",messageExpression="'mode is ' + self.mode",reason=FieldValueForbidden,fieldPath=".mode"
type WidgetSpec struct {
	// Rule with quotes and escapes.
	// +kubebuilder:validation:XValidation:rule="self.matches('^[a-z]+\\\\.[a-z]+$') && self != \"a.b\"",message="must be \"x.y\", not a.b"
	// +kubebuilder:validation:XValidation:rule=`self.size() < 64`,message=`at most 63 'chars'`,optionalOldSelf=true
	Name string `json:"name"`

	// +kubebuilder:validation:XValidation:rule="self == oldSelf",message="immutable"
	// +optional
	Immutable string `json:"immutable,omitempty"`

	MinReplicas int32 `json:"minReplicas"`
	MaxReplicas int32 `json:"maxReplicas"`

	// +kubebuilder:validation:Enum=on;off
	Mode string `json:"mode,omitempty"`

	// Ports keyed by name and protocol.
	// +listType=map
	// +listMapKey=name
	// +listMapKey:=protocol
	Ports []Port `json:"ports,omitempty"`

	// +listType:=atomic
	Args []string `json:"args,omitempty"`

	Names Names `json:"names,omitempty"`

	// +mapType:=granular
	Annotations map[string]string `json:"annotations,omitempty"`

	Labels Labels `json:"labels,omitempty"`

	Endpoint Endpoint `json:"endpoint,omitempty"`

	// +structType=granular
	Granular Endpoint `json:"granular,omitempty"`

	// +required
	Wanted string `json:"wanted,omitempty"`

	// +kubebuilder:validation:Required
	AlsoWanted string `json:"alsoWanted,omitempty"`

	// +optional
	NotWanted string `json:"notWanted"`

	// +kubebuilder:validation:Optional
	AlsoNotWanted string `json:"alsoNotWanted"`

	// +k8s:required
	K8sWanted string `json:"k8sWanted,omitempty"`

	// +k8s:optional
	K8sNotWanted string `json:"k8sNotWanted"`

	// +kubebuilder:default={creationPolicy:Owner}
	Policy map[string]string `json:"policy,omitempty"`

	// +kubebuilder:default={a,b}
	List []string `json:"list,omitempty"`

	// +kubebuilder:default=3
	Count int32 `json:"count,omitempty"`

	// +kubebuilder:default:=2.5
	Ratio string `json:"ratio,omitempty"`

	// +kubebuilder:default=true
	Enabled bool `json:"enabled,omitempty"`

	// +kubebuilder:default="quoted, with comma"
	Quoted string `json:"quoted,omitempty"`

	// +kubebuilder:default={nested:{a:1,b:{x,y}},flag:false}
	Nested map[string]string `json:"nested,omitempty"`

	// +default:value="plain"
	K8sDefault string `json:"k8sDefault,omitempty"`

	// Items have their own bounds.
	// +kubebuilder:validation:items:MinLength=2
	// +kubebuilder:validation:items:MaxLength:=10
	// +kubebuilder:validation:items:Pattern=`^[a-z]+$`
	// +kubebuilder:validation:items:Enum=ab;cd
	// +kubebuilder:validation:MaxItems=5
	Tags []string `json:"tags,omitempty"`

	// +kubebuilder:validation:items:Minimum=1
	// +kubebuilder:validation:items:Maximum=9
	// +kubebuilder:validation:items:XValidation:rule="self % 2 == 1",message="odd"
	Odds []int32 `json:"odds,omitempty"`

	// +kubebuilder:title:=Shown title
	// +kubebuilder:example=hello
	Titled string `json:"titled,omitempty"`

	// +kubebuilder:validation:XPreserveUnknownFields
	// +kubebuilder:validation:Type=object
	Free map[string]string `json:"free,omitempty"`

	// +k8s:minimum=1
	// +k8s:maximum:=10
	Bounded int32 `json:"bounded,omitempty"`

	// +k8s:maxItems=3
	Few []string `json:"few,omitempty"`

	/* +kubebuilder:validation:MinLength=5 */
	Blocked string `json:"blocked,omitempty"`

	Note Note `json:"note,omitempty"`

	Numbers Numbers `json:"numbers,omitempty"`

	Choice Choice `json:"choice,omitempty"`

	Selector *metav1.LabelSelector `json:"selector,omitempty"`

	// +nullable
	Maybe *string `json:"maybe,omitempty"`

	// A field rule after the type's rule.
	// +kubebuilder:validation:XValidation:rule="has(self.host)",message="host"
	Checked Endpoint `json:"checked,omitempty"`

	// +default="k8s"
	K8sString string `json:"k8sString,omitempty"`

	// +default=5
	K8sNumber int32 `json:"k8sNumber,omitempty"`

	// +default={"a": "b"}
	K8sObject map[string]string `json:"k8sObject,omitempty"`

	// +k8s:immutable
	// +optional
	Frozen string `json:"frozen,omitempty"`

	// +k8s:immutable
	// +required
	FrozenRequired string `json:"frozenRequired"`

	// +k8s:listType=map
	// +k8s:listMapKey=name
	K8sPorts []Port `json:"k8sPorts,omitempty"`

	Level Level `json:"level,omitempty"`

	Phase Phase `json:"phase,omitempty"`

	// +kubebuilder:validation:MaxLength=8
	ShortLevel Level `json:"shortLevel,omitempty"`

	// +kubebuilder:externalDocs:url="https://example.com/docs",description="more"
	Documented string `json:"documented,omitempty"`

	// +kubebuilder:validation:items:XIntOrString
	// +kubebuilder:validation:items:Type=string
	Either []string `json:"either,omitempty"`

	// +kubebuilder:validation:MinItems:=1
	// +kubebuilder:validation:UniqueItems=true
	// +kubebuilder:validation:items:UniqueItems=false
	Matrix [][]string `json:"matrix,omitempty"`

	// +kubebuilder:default={}
	Empty []string `json:"empty,omitempty"`
}

// Phase is an enum of its constants.
// +k8s:enum
type Phase string

const (
	// PhaseRunning runs.
	PhaseRunning Phase = "Running"
	PhasePending Phase = "Pending"
	// Untyped is not a Phase.
	Untyped = "Untyped"
	otherLevel Level = "other"
)

// PhaseFailed is declared alone.
const PhaseFailed Phase = `Failed`

// Level is a named string with its own bounds.
// +kubebuilder:validation:Enum=low;high
// +kubebuilder:validation:MinLength=3
type Level string

// WidgetStatus is the observed state of a widget.
type WidgetStatus struct {
	Replicas int32 `json:"replicas,omitempty"`

	// +listType=map
	// +listMapKey=type
	Conditions []metav1.Condition `json:"conditions,omitempty"`
}

// Widget is a demo kind.
// +kubebuilder:object:root=true
// +kubebuilder:subresource:status
// +kubebuilder:subresource:scale:specpath=.spec.minReplicas,statuspath=.status.replicas
// +kubebuilder:resource:shortName=wd,categories=demo
// +kubebuilder:printcolumn:name="Mode",type=string,JSONPath=`.spec.mode`
// +kubebuilder:printcolumn:name="Age",type=date,JSONPath=`.metadata.creationTimestamp`,description="how old"
// +kubebuilder:selectablefield:JSONPath=`.spec.mode`
// +kubebuilder:deprecatedversion:warning="demo.example.com/v1 Widget is deprecated"
type Widget struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   WidgetSpec   `json:"spec,omitempty"`
	Status WidgetStatus `json:"status,omitempty"`
}

// WidgetList is a list of widgets.
// +kubebuilder:object:root=true
type WidgetList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Widget `json:"items"`
}

// Plain has only a status subresource and is deprecated without a warning.
// +kubebuilder:object:root=true
// +kubebuilder:subresource:status
// +kubebuilder:deprecatedversion
type Plain struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec Choice `json:"spec,omitempty"`
}

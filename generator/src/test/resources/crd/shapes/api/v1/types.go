// +groupName=shapes.example.com
package v1

import (
	"time"

	"example.com/extlib"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// Names of things.
type Names []string

// Digest is a fixed-size array.
type Digest [4]int32

// Box holds items of any one type.
type Box[T any] struct {
	// Item is the first item.
	Item T `json:"item"`
	// Items are the others.
	Items []T `json:"items,omitempty"`
}

// Level is an alias of string.
type Level = string

// Inner is embedded through a pointer.
type Inner struct {
	// Depth of it.
	Depth int32 `json:"depth"`
}

// Config is a configuration file's type: TypeMeta without ObjectMeta, so not a kind.
type Config struct {
	metav1.TypeMeta `json:",inline"`
	Setting         string `json:"setting"`
}

// Shape is a kind.
type Shape struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`
	Spec              ShapeSpec `json:"spec"`
}

// ShapeSpec holds every shape.
type ShapeSpec struct {
	*Inner `json:",inline"`
	// Names is a named slice.
	Names Names `json:"names"`
	// Digest is a named array.
	Digest Digest `json:"digest,omitempty"`
	// Kind is a named string of another module.
	Kind extlib.SecretKind `json:"kind"`
	// Others is a named slice of another module.
	Others extlib.Names `json:"others,omitempty"`
	// Level is an alias.
	Level Level `json:"level,omitempty"`
	// AliasKind is an alias in another module.
	AliasKind extlib.Alias `json:"aliasKind,omitempty"`
	// Box is a generic type of this module.
	Box Box[int32] `json:"box"`
	// Pair is a generic type of another module, instantiated with a type of this one.
	Pair extlib.Pair[string, Inner] `json:"pair"`
	// Nested instantiates a generic type with an instance of itself.
	Nested *Box[Box[string]] `json:"nested,omitempty"`
	// Timeout is a type of Go's standard library.
	Timeout time.Duration `json:"timeout,omitempty"`
	// Labels is a map of a named type.
	Labels map[string]Names `json:"labels,omitempty"`
}

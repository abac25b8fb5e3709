// Package extlib is a library module whose types an API type uses.
package extlib

// SecretKind is the kind of a secret.
type SecretKind string

// Names are names.
type Names []string

// Alias is another name for SecretKind.
type Alias = SecretKind

// Pair holds a key and its value.
type Pair[K comparable, V any] struct {
	// Key of the pair.
	Key K `json:"key"`
	// Value of the pair.
	Value V `json:"value,omitempty"`
}

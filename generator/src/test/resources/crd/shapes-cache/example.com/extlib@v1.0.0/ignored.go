//go:build ignore

// A file no build includes: its declarations are not the package's.
package extlib

type SecretKind int

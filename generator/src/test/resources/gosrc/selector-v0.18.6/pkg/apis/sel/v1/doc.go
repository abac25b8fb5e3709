// Package v1 holds a kind that selects pods.
// +groupName=sel.example.com
package v1

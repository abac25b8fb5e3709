//go:build tools
// +build tools

// Package tools pins controller-gen v0.4.0, the version the Elastic operator 1.3.0 generated its CRDs
// with; e2e/provision.sh builds it for ControllerGenOracleTest.
package tools

import _ "sigs.k8s.io/controller-tools/cmd/controller-gen"

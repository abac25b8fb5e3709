//go:build tools

// Package tools pins a current controller-gen release; e2e/provision.sh builds it for
// ControllerGenOracleTest.
package tools

import _ "sigs.k8s.io/controller-tools/cmd/controller-gen"

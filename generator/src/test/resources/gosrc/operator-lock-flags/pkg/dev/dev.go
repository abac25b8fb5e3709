package dev

// Enabled is set by the hidden development flag.
var Enabled = false

// FlagName turns development mode on.
const FlagName = "development"

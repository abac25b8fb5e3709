package dev

// Enabled turns on development mode.
var Enabled = false

package certs

import "time"

const (
	DefaultValidity            = 365 * 24 * time.Hour
	DefaultRotateBefore        = 24 * time.Hour
	ShortInterval time.Duration = 1500 // nanoseconds
)

var DefaultTimeout = time.Duration(15) * time.Second

package certificates

import "time"

const (
	// DefaultCertValidity is how long a generated certificate is valid: a year.
	DefaultCertValidity = 365 * 24 * time.Hour
	// DefaultRotateBefore is how long before expiry a certificate is replaced.
	DefaultRotateBefore = 24 * time.Hour
)

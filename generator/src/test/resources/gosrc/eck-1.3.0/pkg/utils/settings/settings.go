// Package settings reads layered key/value settings (files, then defaults). Its getters look like
// pflag's (String, Bool, Duration with three arguments) but define no flags.
package settings

import (
	"fmt"
	"strconv"
	"time"
)

// Option changes how one value is looked up.
type Option func(*lookup)

type lookup struct {
	fallback string
}

// WithDefault gives the value to use when the key is not set.
func WithDefault(v string) Option {
	return func(l *lookup) { l.fallback = v }
}

// Settings holds the values of every key; a key may have several values.
type Settings struct {
	values map[string][]string
}

// New makes settings from their values.
func New(values map[string][]string) *Settings {
	return &Settings{values: values}
}

// String returns value idx of key (-1: the last one).
func (s *Settings) String(key string, idx int, opts ...Option) (string, error) {
	l := lookup{}
	for _, o := range opts {
		o(&l)
	}
	vs := s.values[key]
	if len(vs) == 0 {
		return l.fallback, nil
	}
	if idx < 0 {
		idx = len(vs) - 1
	}
	if idx >= len(vs) {
		return "", fmt.Errorf("%s has no value %d", key, idx)
	}
	return vs[idx], nil
}

// Bool returns value idx of key as a bool.
func (s *Settings) Bool(key string, idx int, opts ...Option) (bool, error) {
	v, err := s.String(key, idx, opts...)
	if err != nil {
		return false, err
	}
	return strconv.ParseBool(v)
}

// Duration returns value idx of key as a duration.
func (s *Settings) Duration(key string, idx int, opts ...Option) (time.Duration, error) {
	v, err := s.String(key, idx, opts...)
	if err != nil {
		return 0, err
	}
	return time.ParseDuration(v)
}

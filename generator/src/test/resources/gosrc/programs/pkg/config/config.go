// Package config reads layered settings; its getters look like pflag's but define no flags.
package config

// Opt changes one lookup.
type Opt func(*string)

// Config holds settings by key.
type Config struct {
	values map[string][]string
}

// Load reads the settings.
func Load() *Config {
	return &Config{values: map[string][]string{}}
}

// String returns value idx of key (-1: the last).
func (c *Config) String(key string, idx int, opts ...Opt) string {
	vs := c.values[key]
	if len(vs) == 0 {
		return ""
	}
	if idx < 0 {
		idx = len(vs) - 1
	}
	return vs[idx]
}

// Bool returns value idx of key as a bool.
func (c *Config) Bool(key string, idx int, opts ...Opt) bool {
	return c.String(key, idx, opts...) == "true"
}

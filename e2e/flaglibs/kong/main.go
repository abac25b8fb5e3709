// Declares flags the way kong operators do and prints what kong made of them, one per line:
// name, Go type, default, environment variables (comma-separated), tab-separated.
package main

import (
	"fmt"
	"reflect"
	"strings"
	"time"

	"github.com/alecthomas/kong"
)

type Logging struct {
	LogLevel string `default:"info" env:"LOG_LEVEL"`
}

type WebhookFlags struct {
	Port    int    `default:"9443" env:"PORT"`
	CertDir string `name:"cert-dir" default:"/tmp/certs"`
}

type CLI struct {
	Logging
	LeaderElect        bool          `name:"leader-elect" default:"false" env:"ENABLE_LEADER_ELECTION"`
	MetricsBindAddress string        `default:":8080" env:"METRICS_ADDR,METRICS_BIND_ADDRESS"`
	HTTPProbePort      int           `default:"8081"`
	SyncPeriod         time.Duration `default:"10m" hidden:""`
	WatchNamespaces    []string      `env:"WATCH_NAMESPACES"`
	PDFLoader2         bool
	Webhook            WebhookFlags `embed:"" prefix:"webhook-" envprefix:"WEBHOOK_"`
	Kubeconfig         string       `arg:"" optional:""`
	Ignored            string       `kong:"-"`
}

func main() {
	var cli CLI
	parser := kong.Must(&cli)
	// parsing no arguments applies the defaults: what the operator runs with when nothing is set
	if _, err := parser.Parse(nil); err != nil {
		panic(err)
	}
	for _, f := range parser.Model.Flags {
		if f.Name == "help" {
			continue
		}
		fmt.Printf("%s\t%s\t%s\t%s\n", f.Name, f.Target.Type(), value(f.Target), strings.Join(f.Envs, ","))
	}
}

// value prints a default as pflag would: durations as Go prints them, slices as [a,b].
func value(v reflect.Value) string {
	if v.Kind() == reflect.Slice {
		parts := []string{}
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, fmt.Sprint(v.Index(i).Interface()))
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	return fmt.Sprint(v.Interface())
}

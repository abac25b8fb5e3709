// Declares urfave/cli v2 flags and prints what the library holds for each, one per line:
// name, flag type, default, environment variables (comma-separated), tab-separated.
package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
)

const metricsFlag = "metrics-bind-address"

var flags = []cli.Flag{
	&cli.BoolFlag{Name: "leader-elect", Value: false, EnvVars: []string{"ENABLE_LEADER_ELECTION"}},
	&cli.StringFlag{Name: metricsFlag, Value: ":8080", Usage: "metrics address"},
	&cli.IntFlag{Name: "webhook-port", Value: 9443, EnvVars: []string{"WEBHOOK_PORT", "PORT"}},
	&cli.DurationFlag{Name: "sync-period", Value: 10 * time.Minute, Hidden: true},
	&cli.StringSliceFlag{Name: "namespaces", Value: cli.NewStringSlice("a", "b")},
	&cli.Int64Flag{Name: "max-bytes"},
}

func main() {
	app := &cli.App{Name: "urfave-operator", Flags: flags}
	for _, f := range app.Flags {
		d := f.(cli.DocGenerationFlag)
		fmt.Printf("%s\t%T\t%s\t%s\n", f.Names()[0], f, defaultOf(f), strings.Join(d.GetEnvVars(), ","))
	}
}

func defaultOf(f cli.Flag) string {
	switch v := f.(type) {
	case *cli.BoolFlag:
		return fmt.Sprint(v.Value)
	case *cli.StringFlag:
		return v.Value
	case *cli.IntFlag:
		return fmt.Sprint(v.Value)
	case *cli.Int64Flag:
		return fmt.Sprint(v.Value)
	case *cli.DurationFlag:
		return v.Value.String()
	case *cli.StringSliceFlag:
		if v.Value == nil {
			return "[]"
		}
		return "[" + strings.Join(v.Value.Value(), ",") + "]"
	}
	return "?"
}

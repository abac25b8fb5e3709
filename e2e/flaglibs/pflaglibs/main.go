// Registers klog's and controller-runtime zap's flags on the Go flag set, hands it to pflag as
// operators do, and prints every flag pflag then has: name, pflag type, default, tab-separated.
package main

import (
	"flag"
	"fmt"

	"github.com/spf13/pflag"
	"k8s.io/klog/v2"
	"sigs.k8s.io/controller-runtime/pkg/log/zap"
)

func main() {
	var leaderElect bool
	pflag.BoolVar(&leaderElect, "leader-elect", false, "elect a leader")
	opts := zap.Options{}
	opts.BindFlags(flag.CommandLine)
	klog.InitFlags(nil)
	pflag.CommandLine.AddGoFlagSet(flag.CommandLine)
	pflag.CommandLine.VisitAll(func(f *pflag.Flag) {
		fmt.Printf("%s\t%s\t%s\t\n", f.Name, f.Value.Type(), f.DefValue)
	})
}

package main

import (
	"fmt"
	"os"
	"time"

	o "example.com/tricky/v2/internal/opts"
	flag "github.com/spf13/pflag"
	"sigs.k8s.io/controller-runtime/pkg/manager"
)

type pair[K comparable, V any] struct {
	k K
	v V
}

func keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	fs := flag.NewFlagSet("tricky", flag.ContinueOnError)
	var period time.Duration
	fs.DurationVarP(&period, o.Sync, "s", o.Every, "how often")
	mask := fs.IntP("mask", "m", o.Mask, "bits")
	fs.Int64("big", o.Big, "a big number")
	fs.Uint("rune", o.Rune, "a rune as a number")
	fs.StringArray("quoted", []string{o.Quote}, "not representable simply, so unknown")
	fs.IntSlice("ints", []int{1, 2, 3}, "ints")
	fs.Bool("negated", !true, "negated")
	fs.String("kind", string(o.KindA), "a typed string constant")

	ch := make(chan pair[string, int], 1)
	go func() { ch <- pair[string, int]{k: "a", v: 1} }()
	select {
	case p := <-ch:
		fmt.Println(p.k, p.v, keys(map[string]int{"x": 1}))
	case <-time.After(time.Second):
	}
	var x interface{} = mask
	switch v := x.(type) {
	case *int:
		fmt.Println(*v &^ 1)
	}
outer:
	for i := 0; i < 3; i++ {
		if i == 1 {
			break outer
		}
	}
	_, _ = manager.New(nil, manager.Options{
		LeaderElection:   true,
		LeaderElectionID: o.Prefix + "lock",
	})
	os.Exit(0)
}

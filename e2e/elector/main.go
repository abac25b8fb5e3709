// Command elector is an operator replica reduced to its leader election, for the end-to-end tests.
//
// It elects a leader the way controller-runtime 0.6's manager does for the Elastic operator: the
// lock from client-go's resourcelock.New (lock type, namespace and name; identity hostname + "_" +
// a UUID; an event recorder writing Events through a broadcaster), run by client-go's
// leaderelection.LeaderElector with the given timings, not releasing the lock when it stops.
//
// What it observes goes to stdout, one line each: "<RFC 3339 time> <identity> <event>[ <detail>]"
// with the events "started", "leading", "new-leader", "stopped-leading" and "stopped". client-go's
// own log (every refused request included) goes to stderr.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/util/uuid"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/kubernetes/scheme"
	typedcorev1 "k8s.io/client-go/kubernetes/typed/core/v1"
	"k8s.io/client-go/pkg/version"
	"k8s.io/client-go/tools/clientcmd"
	"k8s.io/client-go/tools/leaderelection"
	"k8s.io/client-go/tools/leaderelection/resourcelock"
	"k8s.io/client-go/tools/record"
	"k8s.io/klog/v2"
)

// report prints one observation line; lines from several goroutines never interleave.
type report struct {
	mu       sync.Mutex
	identity string
}

func (r *report) line(event string, detail string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	now := time.Now().UTC().Format(time.RFC3339Nano)
	if detail == "" {
		fmt.Printf("%s %s %s\n", now, r.identity, event)
	} else {
		fmt.Printf("%s %s %s %s\n", now, r.identity, event, detail)
	}
}

func main() {
	kubeconfig := flag.String("kubeconfig", "", "kubeconfig with the ServiceAccount's credentials")
	lockType := flag.String("lock-type", resourcelock.ConfigMapsResourceLock, "configmaps, leases, configmapsleases, ...")
	namespace := flag.String("lock-namespace", "", "namespace of the lock object")
	name := flag.String("lock-name", "", "name of the lock object")
	leaseDuration := flag.Duration("lease-duration", 15*time.Second, "controller-runtime's LeaseDuration")
	renewDeadline := flag.Duration("renew-deadline", 10*time.Second, "controller-runtime's RenewDeadline")
	retryPeriod := flag.Duration("retry-period", 2*time.Second, "controller-runtime's RetryPeriod")
	klog.InitFlags(nil)
	flag.Parse()
	if *kubeconfig == "" || *namespace == "" || *name == "" {
		fmt.Fprintln(os.Stderr, "elector: --kubeconfig, --lock-namespace and --lock-name are required")
		os.Exit(2)
	}

	config, err := clientcmd.BuildConfigFromFlags("", *kubeconfig)
	if err != nil {
		fmt.Fprintf(os.Stderr, "elector: %s: %v\n", *kubeconfig, err)
		os.Exit(2)
	}
	client, err := kubernetes.NewForConfig(config)
	if err != nil {
		fmt.Fprintf(os.Stderr, "elector: %v\n", err)
		os.Exit(2)
	}

	// controller-runtime 0.6 (pkg/leaderelection): a unique identity per process.
	host, err := os.Hostname()
	if err != nil {
		fmt.Fprintf(os.Stderr, "elector: %v\n", err)
		os.Exit(1)
	}
	identity := host + "_" + string(uuid.NewUUID())
	out := &report{identity: identity}

	// controller-runtime 0.6 (internal/recorder): one broadcaster sending Events to the API server,
	// each into its object's namespace (the lock's), reported as coming from the identity.
	broadcaster := record.NewBroadcaster()
	broadcaster.StartRecordingToSink(&typedcorev1.EventSinkImpl{Interface: client.CoreV1().Events("")})
	recorder := broadcaster.NewRecorder(scheme.Scheme, corev1.EventSource{Component: identity})

	lock, err := resourcelock.New(*lockType, *namespace, *name, client.CoreV1(), client.CoordinationV1(),
		resourcelock.ResourceLockConfig{Identity: identity, EventRecorder: recorder})
	if err != nil {
		fmt.Fprintf(os.Stderr, "elector: %v\n", err)
		os.Exit(2)
	}

	leading := false
	elector, err := leaderelection.NewLeaderElector(leaderelection.LeaderElectionConfig{
		Lock:          lock,
		LeaseDuration: *leaseDuration,
		RenewDeadline: *renewDeadline,
		RetryPeriod:   *retryPeriod,
		// controller-runtime 0.6 leaves ReleaseOnCancel false: a stopped operator keeps the lock until
		// its lease expires.
		Callbacks: leaderelection.LeaderCallbacks{
			OnStartedLeading: func(context.Context) {
				out.mu.Lock()
				leading = true
				out.mu.Unlock()
				out.line("leading", lock.Describe())
			},
			OnStoppedLeading: func() {
				out.mu.Lock()
				was := leading
				leading = false
				out.mu.Unlock()
				if was {
					out.line("stopped-leading", lock.Describe())
				}
			},
			// Not set by controller-runtime; it only reports what this replica saw in the lock.
			OnNewLeader: func(holder string) { out.line("new-leader", holder) },
		},
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "elector: %v\n", err)
		os.Exit(2)
	}

	ctx, cancel := context.WithCancel(context.Background())
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-signals
		cancel()
	}()

	out.line("started", fmt.Sprintf("%s %s lease=%s renew=%s retry=%s client-go=%s",
		*lockType, lock.Describe(), *leaseDuration, *renewDeadline, *retryPeriod, version.Get().GitVersion))
	elector.Run(ctx)
	// Like controller-runtime, the broadcaster is left running: shutting it down here would race
	// with the "stopped leading" Event client-go is still recording.
	out.line("stopped", "")
}

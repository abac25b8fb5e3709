package dev.manifestgen.e2e;

import java.time.Duration;

/** Where the operator's replicas compete for the lock, and with which timings. */
record ElectionSettings(String namespace, String lockName, String lockType, Duration leaseDuration,
    Duration renewDeadline, Duration retryPeriod) {}

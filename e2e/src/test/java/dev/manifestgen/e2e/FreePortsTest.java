package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The ports a cluster start takes together are never the same port twice. */
class FreePortsTest {
  @Test
  void portsChosenTogetherAreDifferent() {
    for (int round = 0; round < 20; round++) {
      int[] ports = FreePorts.distinct(64);
      assertEquals(64, Arrays.stream(ports).distinct().count(), Arrays.toString(ports));
    }
  }
}

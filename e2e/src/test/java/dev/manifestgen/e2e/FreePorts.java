package dev.manifestgen.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Loopback ports nothing listens on right now. */
final class FreePorts {
  private FreePorts() {}

  static int next() {
    return distinct(1)[0];
  }

  /**
   * {@code n} different ports. The sockets are held open until all are chosen: closed one by one, the
   * kernel may hand the same port out twice (it did: etcd's client and metrics ports once collided).
   */
  static int[] distinct(int n) {
    List<ServerSocket> held = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new IllegalStateException("no free loopback port", e);
    } finally {
      for (ServerSocket socket : held) {
        try {
          socket.close();
        } catch (IOException e) {
          // closing a listening socket that was never used does not fail in a way that matters here
        }
      }
    }
  }
}

package io.larkgen.runtime.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} (the binary shipped in the embedded-redis jar) on a free loopback
 * port, without persistence. {@link #stop()} and {@link #start()} again keep the port.
 */
final class TestRedis implements AutoCloseable {
  private final int port;
  private final RedisServer server;

  private TestRedis(int port) throws IOException {
    this.port = port;
    this.server = RedisServer.newRedisServer()
        .port(port)
        .bind("127.0.0.1")
        .setting("save \"\"")
        .setting("appendonly no")
        .build();
  }

  /** Starts a server on a free port of 127.0.0.1. */
  static TestRedis start() {
    try {
      TestRedis redis = new TestRedis(freePort());
      redis.server.start();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  URI uri() {
    return URI.create("redis://127.0.0.1:" + port);
  }

  /** A client of this server with a short command timeout. */
  LarkRedis connect() {
    return LarkRedis.builder(uri()).timeout(Duration.ofMillis(500)).build();
  }

  /** A plain connection, to look at the keys. */
  Jedis jedis() {
    return new Jedis("127.0.0.1", port);
  }

  void stop() throws IOException {
    server.stop();
  }

  void restart() throws IOException {
    server.start();
  }

  @Override
  public void close() throws IOException {
    if (server.isActive()) {
      server.stop();
    }
  }
}

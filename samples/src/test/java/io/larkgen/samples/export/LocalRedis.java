package io.larkgen.samples.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * A real {@code redis-server} (the binary in the embedded-redis jar) on a free port of
 * 127.0.0.1, without persistence, for one test class: {@code @RegisterExtension static final
 * LocalRedis REDIS = new LocalRedis();}.
 */
final class LocalRedis implements BeforeAllCallback, AfterAllCallback {
  private int port;
  private RedisServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    port = freePort();
    server = RedisServer.newRedisServer()
        .port(port)
        .bind("127.0.0.1")
        .setting("save \"\"")
        .setting("appendonly no")
        .build();
    server.start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (server != null && server.isActive()) {
      server.stop();
    }
  }

  /** The server's address for {@code --redis}. */
  URI uri() {
    return URI.create("redis://127.0.0.1:" + port);
  }

  /** Zeroes the server's command statistics. */
  void resetStats() {
    try (Jedis jedis = new Jedis("127.0.0.1", port)) {
      jedis.configResetStat();
    }
  }

  /** Lua script runs ({@code EVAL} and {@code EVALSHA}) since the last {@link #resetStats()}. */
  long scriptCalls() {
    try (Jedis jedis = new Jedis("127.0.0.1", port)) {
      long calls = 0;
      for (String line : jedis.info("commandstats").split("\r?\n")) {
        if (line.startsWith("cmdstat_evalsha:calls=") || line.startsWith("cmdstat_eval:calls=")) {
          String n = line.substring(line.indexOf('=') + 1);
          calls += Long.parseLong(n.substring(0, n.indexOf(',')));
        }
      }
      return calls;
    }
  }

  /** A loopback port nothing listened on when it was asked for. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.larkgen.runtime.redis;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.Jedis;

/**
 * A {@link TestRedis} for one test class, emptied before each test: register it with {@code
 * @RegisterExtension static final RunningRedis REDIS = new RunningRedis();}.
 */
final class RunningRedis implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private TestRedis server;
  private LarkRedis client;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = TestRedis.start();
    client = server.connect();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    try (Jedis jedis = server.jedis()) {
      jedis.flushAll();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    client.close();
    server.close();
  }

  /** The server. */
  TestRedis server() {
    return server;
  }

  /** A client of the server, open for the whole test class. */
  LarkRedis client() {
    return client;
  }
}

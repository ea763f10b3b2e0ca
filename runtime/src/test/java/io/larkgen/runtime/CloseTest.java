package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CloseTest {

  /**
   * Threads an HttpClient or a client started. On Java 17 the HttpClient's selector thread ends
   * only once the client is garbage: nothing can close it, so it is not counted there.
   */
  private static boolean startedByAClient(Thread t) {
    String name = t.getName();
    boolean selector = name.contains("SelectorManager");
    return (name.startsWith("larkgen-") || name.startsWith("HttpClient-"))
        && (!selector || Runtime.version().feature() >= 21);
  }

  @Test
  void closeStopsEveryThreadTheClientAndItsHttpClientStarted() throws Exception {
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    Set<Thread> started = new HashSet<>();
    try (FakeFeishu server = new FakeFeishu()) {
      server.sequence(PATH, ok(page(false, null, "x")));
      for (int i = 0; i < 20; i++) {
        try (DefaultLarkClient client = Clients.builder(server, new FakeClock()).build()) {
          client.execute(LIST, REQUEST);
          client.executeAsync(LIST, REQUEST, RequestOptions.DEFAULT).join();
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> !before.contains(t))
              .filter(CloseTest::startedByAClient)
              .forEach(started::add);
        }
      }
    }
    assertFalse(started.isEmpty(), "the clients started threads of their own");
    for (Thread t : started) {
      t.join(10_000); // a hang guard: idle pool threads of an open HttpClient live 60 s
    }
    List<String> alive = started.stream().filter(Thread::isAlive).map(Thread::getName).toList();
    assertEquals(List.of(), alive);
  }
}

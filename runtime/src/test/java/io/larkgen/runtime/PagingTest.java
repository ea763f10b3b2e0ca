package io.larkgen.runtime;

import static io.larkgen.runtime.testing.FakeFeishu.Reply.json;
import static io.larkgen.runtime.testing.FakeFeishu.Reply.ok;
import static io.larkgen.runtime.testing.Things.LIST;
import static io.larkgen.runtime.testing.Things.PAGING;
import static io.larkgen.runtime.testing.Things.PATH;
import static io.larkgen.runtime.testing.Things.REQUEST;
import static io.larkgen.runtime.testing.Things.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.auth.AppTicketHolder;
import io.larkgen.runtime.error.LarkPagingException;
import io.larkgen.runtime.error.LarkValidationException;
import io.larkgen.runtime.internal.paging.DefaultPaginator;
import io.larkgen.runtime.testing.Clients;
import io.larkgen.runtime.testing.FakeClock;
import io.larkgen.runtime.testing.FakeFeishu;
import io.larkgen.runtime.testing.Things.ListThingsRequest;
import io.larkgen.runtime.testing.Things.ThingsPage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest {
  private FakeFeishu server;
  private final FakeClock clock = new FakeClock();
  private DefaultLarkClient client;

  @BeforeEach
  void start() throws Exception {
    server = new FakeFeishu();
    client = Clients.builder(server, clock).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  /** Three pages keyed by the page token asked for, like a real server. */
  private void threePages() {
    server.script(PATH, (r, n) -> {
      String q = r.query();
      if (q.contains("page_token=tok-3")) {
        return ok(page(false, "", "e"));
      }
      if (q.contains("page_token=tok-2")) {
        return ok(page(true, "tok-3", "c", "d"));
      }
      return ok(page(true, "tok-2", "a", "b"));
    });
  }

  @Test
  void followsTokensOverThreePagesResendingEveryParameter() {
    threePages();
    Paginator<String, ThingsPage> all = client.paginate(LIST, PAGING, REQUEST);
    assertTrue(server.requests(PATH).isEmpty(), "nothing is fetched before iteration");
    List<String> items = new ArrayList<>();
    all.forEach(items::add);
    assertEquals(List.of("a", "b", "c", "d", "e"), items);
    List<String> queries = server.requests(PATH).stream().map(FakeFeishu.Received::query).toList();
    assertEquals(List.of("page_size=2&ids=a%20b&ids=c%2Fd",
        "page_size=2&page_token=tok-2&ids=a%20b&ids=c%2Fd",
        "page_size=2&page_token=tok-3&ids=a%20b&ids=c%2Fd"), queries);
  }

  @Test
  void eachIterationStartsAgainAndStreamAndPagesAgree() {
    threePages();
    assertEquals("a,b,c,d,e",
        client.paginate(LIST, PAGING, REQUEST).stream().collect(Collectors.joining(",")));
    List<Integer> sizes = new ArrayList<>();
    client.paginate(LIST, PAGING, REQUEST).pages().forEach(p -> sizes.add(p.items().size()));
    assertEquals(List.of(2, 2, 1), sizes);
    assertEquals(6, server.requests(PATH).size());
  }

  @Test
  void streamIsLazy() {
    threePages();
    assertEquals(List.of("a", "b", "c"),
        client.paginate(LIST, PAGING, REQUEST).stream().limit(3).toList());
    assertEquals(2, server.requests(PATH).size());
  }

  @Test
  void tenantIsSentOnEveryPage() {
    server.sequence("/open-apis/auth/v3/app_access_token",
        json(200, "{\"code\":0,\"app_access_token\":\"a-appaccesstoken0001\",\"expire\":7200}"));
    server.sequence("/open-apis/auth/v3/tenant_access_token",
        json(200, "{\"code\":0,\"tenant_access_token\":\"t-tenantXtoken00001\",\"expire\":7200}"));
    threePages();
    AppTicketHolder ticket = new AppTicketHolder();
    ticket.set(Clients.APP_TICKET);
    try (DefaultLarkClient store = Clients.builder(server, clock).storeApp(ticket).build()) {
      List<String> items =
          store.paginate(LIST, PAGING, REQUEST, RequestOptions.forTenant("tenant-x")).stream()
              .toList();
      assertEquals(5, items.size());
    }
    List<FakeFeishu.Received> calls = server.requests(PATH);
    assertEquals(3, calls.size());
    for (FakeFeishu.Received r : calls) {
      assertEquals("Bearer t-tenantXtoken00001", r.authorization());
      assertTrue(r.query().contains("ids=a%20b&ids=c%2Fd"), r.query());
    }
    assertTrue(server.requests("/open-apis/auth/v3/tenant_access_token").get(0).body()
        .contains("\"tenant_key\":\"tenant-x\""));
  }

  @Test
  void repeatedTokenFailsNamingOperationPageAndToken() {
    server.sequence(PATH, ok(page(true, "tok-2", "a")), ok(page(true, "tok-3", "b")),
        ok(page(true, "tok-2", "c")));
    Iterator<String> it = client.paginate(LIST, PAGING, REQUEST).iterator();
    List<String> seen = new ArrayList<>();
    LarkPagingException e = assertThrows(LarkPagingException.class, () -> {
      while (it.hasNext()) {
        seen.add(it.next());
      }
    });
    assertEquals(List.of("a", "b", "c"), seen, "the items of the bad page are still delivered");
    assertEquals(3, e.page());
    assertEquals("tok-2", e.pageToken());
    assertEquals("test.v1.things.list", e.operationId());
    assertEquals("test.v1.things.list: paging stopped after page 3: has_more is true but the "
        + "page_token was already followed (page_token \"tok-2\")", e.getMessage());
    assertEquals(3, server.requests(PATH).size());
  }

  @Test
  void hasMoreWithoutTokenFails() {
    server.sequence(PATH, ok(page(true, "tok-2", "a")), ok(page(true, null, "b")));
    LarkPagingException e = assertThrows(LarkPagingException.class,
        () -> client.paginate(LIST, PAGING, REQUEST).stream().toList());
    assertEquals(2, e.page());
    assertTrue(e.getMessage().contains("no page_token"), e.getMessage());

    server.sequence(PATH, ok(page(true, "", "a")));
    LarkPagingException empty = assertThrows(LarkPagingException.class,
        () -> client.paginate(LIST, PAGING, REQUEST).stream().toList());
    assertEquals(1, empty.page());
    assertEquals("", empty.pageToken());
  }

  @Test
  void emptyLastPageEndsCleanlyAndEmptyMiddlePagesAreSkipped() {
    server.sequence(PATH, ok(page(true, "tok-2", "a")), ok(page(true, "tok-3")),
        ok(page(false, null)));
    assertEquals(List.of("a"), client.paginate(LIST, PAGING, REQUEST).stream().toList());
    assertEquals(3, server.requests(PATH).size());
  }

  @Test
  void asyncWalkVisitsEveryPageInOrder() {
    threePages();
    List<String> items = Collections.synchronizedList(new ArrayList<>());
    client.paginate(LIST, PAGING, REQUEST).forEachAsync(items::add).join();
    assertEquals(List.of("a", "b", "c", "d", "e"), items);
    List<String> tokens = new ArrayList<>();
    client.paginate(LIST, PAGING, REQUEST).forEachPageAsync(p -> tokens.add(p.pageToken())).join();
    assertEquals(List.of("tok-2", "tok-3", ""), tokens);
  }

  @Test
  void asyncWalkFailsWithTheFirstError() {
    server.sequence(PATH, ok(page(true, "tok-2", "a")), ok(page(true, "tok-2", "b")));
    CompletionException e = assertThrows(CompletionException.class,
        () -> client.paginate(LIST, PAGING, REQUEST).forEachAsync(x -> { }).join());
    assertInstanceOf(LarkPagingException.class, e.getCause());

    server.sequence(PATH, ok(page(true, "tok-2", "a")), FakeFeishu.Reply.error(400, 1002002, "x"));
    CompletionException api = assertThrows(CompletionException.class,
        () -> client.paginate(LIST, PAGING, REQUEST).forEachAsync(x -> { }).join());
    assertInstanceOf(LarkValidationException.class, api.getCause());
  }

  @Test
  void asyncWalkOverPagesThatAreAlreadyCompleteDoesNotGrowTheStack() {
    int pages = 200_000;
    Function<ListThingsRequest, ThingsPage> fetch = r -> {
      int n = r.pageToken() == null ? 1 : Integer.parseInt(r.pageToken());
      return new ThingsPage(List.of("item-" + n), n < pages, String.valueOf(n + 1), null);
    };
    // e.g. a client whose async executor runs tasks on the calling thread
    DefaultPaginator<ListThingsRequest, ThingsPage, String> paginator = new DefaultPaginator<>(
        "test.v1.things.list", PAGING, REQUEST, fetch,
        r -> CompletableFuture.completedFuture(fetch.apply(r)));
    AtomicInteger seen = new AtomicInteger();
    CompletableFuture<Void> done = paginator.forEachAsync(item -> seen.incrementAndGet());
    assertTrue(done.isDone(), "the walk over completed pages finished on the calling thread");
    done.join();
    assertEquals(pages, seen.get());
  }
}

package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.larkgen.processor.validate.MiniSpec;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.http.TransportRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paging shapes of the imported spec, run against a recording transport: a page size the spec
 * types as a string is an {@code Integer} in the request, checked against its maximum and sent as
 * decimal text, and {@code listAll} pages through it; items below {@code data} ({@code
 * x-lark-pagination items: page.entries}) are reached through the nested object.
 */
class PagingShapesTest {

  private static final String STRING_PAGE_SIZE =
      MiniSpec.with(
          "            type: integer\n            default: 10\n            maximum: 100\n",
          "            type: string\n            maximum: 100\n");

  /** The items one level below data, in {@code page.entries}. */
  static final String NESTED_ITEMS =
      MiniSpec.with("        items: items\n", "        items: page.entries\n")
          .replace(
              "        items:\n          type: array\n          items:\n"
                  + "            $ref: '#/components/schemas/Pet'\n",
              "        page:\n          $ref: '#/components/schemas/PetPage'\n")
          .replace(
              "    Pet:\n",
              "    PetPage:\n      type: object\n      properties:\n        entries:\n"
                  + "          type: array\n          items:\n            $ref: '#/components/schemas/Pet'\n"
                  + "    Pet:\n");

  @TempDir static Path root;
  private static ClassLoader loader;
  private static ClassLoader nestedLoader;

  @BeforeAll
  static void compile() throws Exception {
    loader = load(STRING_PAGE_SIZE);
    nestedLoader = load(NESTED_ITEMS);
  }

  private static ClassLoader load(String spec) throws Exception {
    Compilation compilation = SpecCompiler.compile(Files.createDirectories(root), spec);
    assertThat(compilation).succeededWithoutWarnings();
    return SpecCompiler.loader(compilation);
  }

  private static Object listPetsRequest(Object pageSize) throws Exception {
    return listPetsRequest(loader, pageSize);
  }

  private static Object listPetsRequest(ClassLoader loader, Object pageSize) throws Exception {
    Object builder = loader.loadClass("com.example.t.api.ListPetsRequest").getMethod("builder").invoke(null);
    SpecCompiler.set(builder, "since", Instant.ofEpochMilli(1));
    SpecCompiler.set(builder, "pageSize", pageSize);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  @Test
  void aStringPageSizeIsAnIntegerInTheRequest() throws Exception {
    Class<?> request = loader.loadClass("com.example.t.api.ListPetsRequest");
    assertEquals(Integer.class, request.getMethod("pageSize").getReturnType());
    InvocationTargetException rejected =
        org.junit.jupiter.api.Assertions.assertThrows(InvocationTargetException.class, () -> listPetsRequest(101));
    assertEquals("page_size: 101 is greater than the maximum 100", rejected.getCause().getMessage());
  }

  @Test
  void listAllPagesThroughAStringPageSizeSentAsDecimal() throws Exception {
    RecordingTransport transport =
        new RecordingTransport()
            .answer("{\"code\":0,\"msg\":\"ok\",\"data\":{\"items\":[{\"id\":\"p1\"},{\"id\":\"p2\"}],"
                + "\"has_more\":true,\"page_token\":\"next\"}}")
            .answer("{\"code\":0,\"msg\":\"ok\",\"data\":{\"items\":[{\"id\":\"p3\"}],\"has_more\":false}}");
    try (DefaultLarkClient client = transport.client()) {
      assertEquals(List.of("p1", "p2", "p3"), ids(listAll(loader, client, listPetsRequest(50))));
    }
    List<String> queries = transport.sent().stream().map(TransportRequest::uri).map(u -> u.getRawQuery()).toList();
    assertEquals(2, queries.size(), queries.toString());
    assertEquals(true, queries.get(0).contains("page_size=50"), queries.get(0));
    assertEquals(true, queries.get(1).contains("page_size=50") && queries.get(1).contains("page_token=next"), queries.get(1));
  }

  @Test
  void listAllYieldsItemsBelowData() throws Exception {
    RecordingTransport transport =
        new RecordingTransport()
            .answer("{\"code\":0,\"msg\":\"ok\",\"data\":{\"page\":{\"entries\":[{\"id\":\"s1\"},{\"id\":\"s2\"}]},"
                + "\"has_more\":true,\"page_token\":\"2\"}}")
            .answer("{\"code\":0,\"msg\":\"ok\",\"data\":{\"has_more\":true,\"page_token\":\"3\"}}")
            .answer("{\"code\":0,\"msg\":\"ok\",\"data\":{\"page\":{\"entries\":[{\"id\":\"s3\"}]},\"has_more\":false}}");
    try (DefaultLarkClient client = transport.client()) {
      assertEquals(List.of("s1", "s2", "s3"), ids(listAll(nestedLoader, client, listPetsRequest(nestedLoader, 10))));
    }
    assertEquals(3, transport.sent().size(), "a page without the nested object has no items, and paging goes on");
  }

  /** Every item of {@code mini.v1().pets().listAll(request)}, through the generated entry point. */
  static List<Object> listAll(ClassLoader loader, DefaultLarkClient client, Object request) throws Exception {
    Class<?> entry = loader.loadClass("com.example.t.Mini");
    Object mini = entry.getMethod("of", io.larkgen.runtime.LarkClient.class).invoke(null, client);
    Object version = entry.getMethod("v1").invoke(mini);
    Object service = version.getClass().getMethod("pets").invoke(version);
    Method listAll = service.getClass().getMethod("listAll", request.getClass());
    List<Object> items = new ArrayList<>();
    for (Object item : (Iterable<?>) listAll.invoke(service, request)) {
      items.add(item);
    }
    return items;
  }

  private static List<String> ids(List<Object> items) throws Exception {
    List<String> ids = new ArrayList<>();
    for (Object item : items) {
      ids.add((String) item.getClass().getMethod("id").invoke(item));
    }
    return ids;
  }
}

package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.larkgen.hire.api.InterviewsApi;
import io.larkgen.hire.api.ListInterviewsRequest;
import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.RequestOptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A test double of a generated service, as an application's tests would write one: a proxy over
 * the interface answers its abstract methods, and the overloads users call reach them through
 * their default implementations.
 */
class ServiceDoubleTest {
  private final List<RequestOptions> sent = new ArrayList<>();
  private final Page<Interview> canned =
      new Page<>(List.of(Interview.builder().id("i-1").build()), false, null);

  /** Answers {@code list(request, options)} with the canned page; every other abstract method fails. */
  private final InvocationHandler handler = (proxy, method, args) -> {
    if (method.isDefault()) {
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    if (isList(method)) {
      sent.add((RequestOptions) args[1]);
      return canned;
    }
    throw new UnsupportedOperationException(method.toString());
  };

  private final InterviewsApi interviews = (InterviewsApi) Proxy.newProxyInstance(
      InterviewsApi.class.getClassLoader(), new Class<?>[] {InterviewsApi.class}, handler);

  private static boolean isList(Method method) {
    return method.getName().equals("list")
        && List.of(method.getParameterTypes()).equals(List.of(ListInterviewsRequest.class, RequestOptions.class));
  }

  @Test
  void theOverloadWithoutOptionsEndsInTheAbstractMethodWithTheDefaults() {
    Page<Interview> page = interviews.list(ListInterviewsRequest.builder().applicationId("app").build());

    assertSame(canned, page);
    assertEquals(List.of(RequestOptions.DEFAULT), sent);
  }

  @Test
  void theOverloadWithOptionsIsTheAbstractMethod() {
    RequestOptions options = RequestOptions.forTenant("t-1");
    interviews.list(ListInterviewsRequest.builder().applicationId("app").build(), options);

    assertEquals(List.of(options), sent);
  }
}

package io.larkgen.runtime;

import io.larkgen.runtime.annotations.LarkProtectedApi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Path and query parameters of one request, filled by a {@link RequestEncoder}. Null values are
 * skipped, so an encoder can pass optional parameters unconditionally. Query parameters keep
 * their insertion order; a list becomes repeated keys ({@code ids=a&ids=b}).
 *
 * <p>{@link LarkProtectedApi Protected API}: public for generated code, which it changes with.
 */
@LarkProtectedApi
public final class RequestParams {
  private final Map<String, String> path = new LinkedHashMap<>();
  private final List<Map.Entry<String, String>> query = new ArrayList<>();

  /** Creates an empty set of parameters; the runtime makes one per request. */
  public RequestParams() {}

  /**
   * Sets the value substituted for {@code {name}} in the path template.
   *
   * @param name the placeholder's name, without braces
   * @param value the value, percent-encoded when the path is built
   * @return these parameters
   */
  public RequestParams path(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, () -> "path parameter " + name);
    path.put(name, value);
    return this;
  }

  /**
   * Adds {@code name=value}; does nothing when {@code value} is null.
   *
   * @param name the parameter name
   * @param value the value, or null to leave the parameter out
   * @return these parameters
   */
  public RequestParams query(String name, @Nullable String value) {
    Objects.requireNonNull(name, "name");
    if (value != null) {
      query.add(Map.entry(name, value));
    }
    return this;
  }

  /**
   * Adds {@code name=value} for a number; does nothing when {@code value} is null.
   *
   * @param name the parameter name
   * @param value the number, or null to leave the parameter out
   * @return these parameters
   */
  public RequestParams query(String name, @Nullable Number value) {
    return query(name, value == null ? null : value.toString());
  }

  /**
   * Adds one {@code name=value} pair per element; does nothing when {@code values} is null.
   *
   * @param name the parameter name
   * @param values the values, or null to leave the parameter out
   * @return these parameters
   */
  public RequestParams query(String name, @Nullable Iterable<String> values) {
    if (values != null) {
      for (String value : values) {
        query(name, value);
      }
    }
    return this;
  }

  /**
   * Path parameters by name, in the order they were set.
   *
   * @return the path parameters, unmodifiable
   */
  public Map<String, String> pathParams() {
    return Collections.unmodifiableMap(path);
  }

  /**
   * Query parameters in the order they were added; a name may repeat.
   *
   * @return the query parameters, unmodifiable
   */
  public List<Map.Entry<String, String>> queryParams() {
    return Collections.unmodifiableList(query);
  }
}

package io.larkgen.hire.coverage;

import static io.larkgen.hire.coverage.SpecOperations.list;
import static io.larkgen.hire.coverage.SpecOperations.map;

import io.larkgen.hire.coverage.SpecOperations.SpecOperation;
import io.larkgen.processor.naming.Names;
import io.larkgen.runtime.FilePart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a valid request for an operation of the spec through the generated builders, found by
 * the processor's own naming rules ({@link Names}): {@code <OperationId>Request} in the
 * {@code api} package, one setter per parameter named {@link Names#memberName}, a {@code body}
 * setter typed by the body's model. Values come from the spec: a parameter's {@code example},
 * else the first of its {@code enum}, else its {@code default}, else a value of its type within
 * its bounds; a parameter or field that names an id gets an id the sandbox issued for that
 * family. Every missing class or setter is an {@link AssertionError} naming the operation.
 */
final class RequestFixtures {

  /** Properties below this depth are set only when required (types nested in themselves). */
  private static final int OPTIONAL_DEPTH = 3;

  private final String basePackage;
  private final Function<String, String> idOf;
  private final Path tempDir;

  /**
   * @param basePackage the client's package: the first spec's requests and services are in its
   *     {@code api} package, a later version's in {@code <version>.api}
   * @param idOf an id of the family a name means (the sandbox's {@code idOf})
   * @param tempDir where upload fixtures are written
   */
  RequestFixtures(String basePackage, Function<String, String> idOf, Path tempDir) {
    this.basePackage = basePackage;
    this.idOf = idOf;
    this.tempDir = tempDir;
  }

  /** The generated request class of the operation. */
  Class<?> requestClass(SpecOperation op) {
    return load(op, apiPackage(op) + "." + Names.upperCamel(op.operationId()) + "Request");
  }

  /** The generated service class of the operation's tag. */
  Class<?> serviceClass(SpecOperation op) {
    return load(op, apiPackage(op) + "." + Names.upperCamel(op.tag()) + "Api");
  }

  /** The package of the operation's requests and services. */
  String apiPackage(SpecOperation op) {
    if (op.spec().equals(SpecOperations.SPECS.get(0))) {
      return basePackage + ".api";
    }
    String version = op.spec().substring(op.spec().lastIndexOf('-') + 1, op.spec().indexOf(".yaml"));
    return basePackage + "." + version + ".api";
  }

  /** A new builder of the operation's request. */
  Object requestBuilder(SpecOperation op) {
    return invokeStatic(op, requestClass(op), "builder");
  }

  /** Marks a field left unset in {@link #builder(SpecOperation, Map)}. */
  static final Object UNSET = new Object() {
    @Override
    public String toString() {
      return "(unset)";
    }
  };

  /** An override that makes a list of {@code count} copies of one valid item. */
  record Repeat(int count) {}

  /** A request builder with every parameter and the body set to valid values. */
  Object validBuilder(SpecOperation op) {
    return builder(op, Map.of());
  }

  /**
   * A request builder with every parameter and the body set, except where {@code overrides}
   * (keyed by parameter name, {@code body}, or a body field's JSON path such as {@code
   * body.mentions[0].offset}) gives another value or {@link #UNSET}.
   */
  Object builder(SpecOperation op, Map<String, Object> overrides) {
    Map<String, Object> saved = this.overrides;
    this.overrides = overrides;
    try {
      return fill(op);
    } finally {
      this.overrides = saved;
    }
  }

  private Map<String, Object> overrides = Map.of();

  private Object fill(SpecOperation op) {
    Object builder = requestBuilder(op);
    for (Map<String, Object> p : op.parameters()) {
      String name = String.valueOf(p.get("name"));
      String in = String.valueOf(p.get("in"));
      if (!(in.equals("path") || in.equals("query"))
          || (name.equals("page_token") && !overrides.containsKey(name))) {
        continue;
      }
      Method setter = setter(op, builder.getClass(), Names.memberName(name), name);
      Map<String, Object> schema = op.refs().resolve(map(p.get("schema")));
      Object example = p.containsKey("example") ? p.get("example") : schema.get("example");
      Object value = value(op, name, name, schema, example, setter.getGenericParameterTypes()[0], 0);
      if (value != UNSET) {
        set(op, builder, setter, value);
      }
    }
    if (op.body() != null && op.isForm()) {
      // A multipart form's fields are the request's own components (the file a FilePart).
      for (Map.Entry<String, Map<String, Object>> prop : op.refs().properties(op.body()).entrySet()) {
        String path = "body." + prop.getKey();
        Method setter = setter(op, builder.getClass(), Names.memberName(prop.getKey()), path);
        Object value = value(op, path, prop.getKey(), prop.getValue(), prop.getValue().get("example"),
            setter.getGenericParameterTypes()[0], 1);
        if (value != UNSET) {
          set(op, builder, setter, value);
        }
      }
    } else if (op.body() != null) {
      Method setter = setter(op, builder.getClass(), "body", "request body (" + op.bodyType() + ")");
      Object value = value(op, "body", "body", op.body(), op.body().get("example"),
          setter.getGenericParameterTypes()[0], 0);
      if (value != UNSET) {
        set(op, builder, setter, value);
      }
    }
    return builder;
  }

  /**
   * The Java type the generated builders take at {@code path}: a parameter's name, {@code body},
   * or a body field's JSON path ({@code body.mentions[0].offset}).
   */
  Type typeAt(SpecOperation op, String path) {
    String[] parts = path.split("\\.");
    Class<?> builder = requestBuilder(op).getClass();
    int start = op.isForm() && parts[0].equals("body") && parts.length > 1 ? 1 : 0;
    String first = parts[start].replaceAll("\\[0]$", "");
    Type type = setter(op, builder, first.equals("body") && start == 0 ? "body" : Names.memberName(first), first)
        .getGenericParameterTypes()[0];
    type = parts[start].endsWith("[0]") ? element(type) : type;
    for (int i = start + 1; i < parts.length; i++) {
      String name = parts[i].replaceAll("\\[0]$", "");
      Class<?> modelBuilder = invokeStatic(op, raw(type), "builder").getClass();
      type = setter(op, modelBuilder, Names.memberName(name), path).getGenericParameterTypes()[0];
      type = parts[i].endsWith("[0]") ? element(type) : type;
    }
    return type;
  }

  private static Type element(Type list) {
    return list instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : Object.class;
  }

  /** Calls {@code build()} on a request builder, unwrapping what it throws. */
  static Object build(Object builder) throws Throwable {
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The builder's one-argument setter {@code member}, or an error naming operation and field. */
  static Method setter(SpecOperation op, Class<?> builder, String member, String wire) {
    for (Method m : builder.getMethods()) {
      if (m.getName().equals(member) && m.getParameterCount() == 1) {
        return m;
      }
    }
    throw new AssertionError(op + ": " + builder.getName() + " has no setter " + member + "(…) for " + wire);
  }

  static void set(SpecOperation op, Object builder, Method setter, Object value) {
    try {
      setter.invoke(builder, value);
    } catch (IllegalAccessException e) {
      throw new AssertionError(op + ": " + setter + " is not accessible", e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(op + ": " + setter.getName() + "(" + value + ") threw " + e.getCause(), e.getCause());
    }
  }

  /** A valid value of {@code target} for the field {@code wire} at {@code path}. */
  Object value(SpecOperation op, String path, String wire, Map<String, Object> schemaIn, Object example,
      Type target, int depth) {
    Class<?> raw = raw(target);
    Object override = overrides.get(path);
    if (override instanceof Repeat repeat && List.class.isAssignableFrom(raw)) {
      Type element = target instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : Object.class;
      Map<String, Object> items = op.refs().resolve(map(op.refs().resolve(schemaIn).get("items")));
      return Collections.nCopies(repeat.count(),
          value(op, path + "[0]", wire, items, items.get("example"), element, depth + 1));
    }
    if (override != null) {
      return override == UNSET || raw.isInstance(override) ? override : convert(op, path, override, raw);
    }
    Map<String, Object> schema = op.refs().resolve(schemaIn);
    if (List.class.isAssignableFrom(raw)) {
      Type element = target instanceof ParameterizedType pt ? pt.getActualTypeArguments()[0] : Object.class;
      Map<String, Object> items = op.refs().resolve(map(schema.get("items")));
      if (example instanceof List<?> examples && !examples.isEmpty() && !isId(wire)
          && !(examples.get(0) instanceof Map)) {
        List<Object> out = new ArrayList<>();
        for (Object e : examples) {
          out.add(value(op, path + "[" + out.size() + "]", wire, items, e, element, depth + 1));
        }
        return out;
      }
      return List.of(value(op, path + "[0]", wire, items, items.get("example"), element, depth + 1));
    }
    if (isId(wire) && raw == String.class) {
      return idOf.apply(wire);
    }
    if (Path.class == raw || byte[].class == raw || java.io.File.class == raw || FilePart.class == raw) {
      return upload(op, wire, raw);
    }
    if (raw.isRecord() || hasStaticBuilder(raw)) {
      return model(op, path, schema, raw, depth);
    }
    Object chosen = example;
    if (chosen == null && !list(schema.get("enum")).isEmpty()) {
      chosen = list(schema.get("enum")).get(0);
    }
    if (chosen == null) {
      chosen = schema.get("default");
    }
    if (chosen == null) {
      chosen = generated(schema, raw);
    }
    return convert(op, path, chosen, raw);
  }

  private Object model(SpecOperation op, String path, Map<String, Object> schema, Class<?> type, int depth) {
    Object builder = invokeStatic(op, type, "builder");
    List<String> required = op.refs().required(schema);
    for (Map.Entry<String, Map<String, Object>> prop : op.refs().properties(schema).entrySet()) {
      String name = prop.getKey();
      if (depth >= OPTIONAL_DEPTH && !required.contains(name)) {
        continue;
      }
      Method setter = setter(op, builder.getClass(), Names.memberName(name), path + "." + name);
      Map<String, Object> ps = prop.getValue();
      Object value = value(op, path + "." + name, name, ps, ps.get("example"),
          setter.getGenericParameterTypes()[0], depth + 1);
      if (value != UNSET) {
        set(op, builder, setter, value);
      }
    }
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(op + ": " + path + ": building " + type.getSimpleName() + " failed: "
          + (e instanceof InvocationTargetException ite ? ite.getCause() : e), e);
    }
  }

  private Object upload(SpecOperation op, String wire, Class<?> raw) {
    try {
      Path file = Files.writeString(tempDir.resolve(op.operationId() + "-" + wire + ".txt"),
          "Larkgen upload fixture for " + op.operationId() + "\n", StandardCharsets.UTF_8);
      if (raw == Path.class) {
        return file;
      }
      if (raw == FilePart.class) {
        return FilePart.of(file);
      }
      return raw == byte[].class ? Files.readAllBytes(file) : file.toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object generated(Map<String, Object> schema, Class<?> raw) {
    String type = String.valueOf(schema.get("type"));
    Object min = schema.get("minimum");
    long low = min instanceof Number n ? n.longValue() : 1;
    if (Boolean.TRUE.equals(schema.get("exclusiveMinimum"))) {
      low++;
    }
    if ("epoch-millis".equals(schema.get("format")) || raw == Instant.class) {
      return 1_735_689_600_000L;
    }
    return switch (type) {
      case "integer", "number" -> Math.max(low, 1);
      case "boolean" -> true;
      case "object" -> new LinkedHashMap<String, Object>();
      default -> {
        Object minLength = schema.get("minLength");
        yield "x".repeat(Math.max(1, minLength instanceof Number n ? n.intValue() : 1));
      }
    };
  }

  static Object convert(SpecOperation op, String path, Object value, Class<?> raw) {
    String text = String.valueOf(value);
    try {
      if (raw == String.class) {
        return text;
      }
      if (raw == Integer.class || raw == int.class) {
        return Integer.valueOf(text);
      }
      if (raw == Long.class || raw == long.class) {
        return Long.valueOf(text);
      }
      if (raw == Double.class || raw == double.class) {
        return Double.valueOf(text);
      }
      if (raw == Boolean.class || raw == boolean.class) {
        return Boolean.valueOf(text);
      }
      if (raw == Instant.class) {
        return Instant.ofEpochMilli(Long.parseLong(text));
      }
      if (raw.isInterface() && raw.isSealed()) {
        for (Method m : raw.getMethods()) {
          if (m.getName().equals("of") && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1) {
            return m.invoke(null, convert(op, path, value, m.getParameterTypes()[0]));
          }
        }
      }
      if (raw == Object.class || raw.isInstance(value)) {
        return value;
      }
    } catch (NumberFormatException | ReflectiveOperationException e) {
      throw new AssertionError(op + ": " + path + ": the spec's value " + text + " is no "
          + raw.getSimpleName(), e);
    }
    throw new AssertionError(op + ": " + path + ": no fixture for the Java type " + raw.getName());
  }

  static boolean isId(String wire) {
    return wire.equals("id") || wire.endsWith("_id") || wire.endsWith("_ids") || wire.endsWith("_id_list");
  }

  private static boolean hasStaticBuilder(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .anyMatch(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0);
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType pt) {
      return (Class<?>) pt.getRawType();
    }
    return Object.class;
  }

  private static Class<?> load(SpecOperation op, String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(op + ": the generated class " + name + " does not exist", e);
    }
  }

  private static Object invokeStatic(SpecOperation op, Class<?> type, String method) {
    try {
      return type.getMethod(method).invoke(null);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(op + ": " + type.getName() + " has no static " + method + "()", e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(op + ": " + type.getName() + "." + method + "() failed", e);
    }
  }
}

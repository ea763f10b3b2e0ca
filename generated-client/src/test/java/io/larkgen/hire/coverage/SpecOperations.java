package io.larkgen.hire.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The operations of the specs the client is generated from, read from the spec jar on the test
 * class path, with {@code $ref}s to components resolved, so the coverage tests derive their
 * cases from the same YAML the processor reads.
 */
final class SpecOperations {

  /** The specs the client is generated from ({@code HireSpec}'s {@code @LarkApi}), first one first. */
  static final List<String> SPECS = List.of("hire-v1.yaml", "hire-v2.yaml");

  private static final List<String> HTTP_METHODS = List.of("get", "post", "put", "patch", "delete");

  private static volatile List<SpecOperation> all;

  private SpecOperations() {}

  /** Every operation of the specs. */
  static List<SpecOperation> all() {
    List<SpecOperation> ops = all;
    if (ops == null) {
      List<SpecOperation> read = new ArrayList<>();
      for (String spec : SPECS) {
        Map<String, Object> doc = load(spec);
        if (doc != null) {
          read.addAll(operations(spec, doc));
        }
      }
      all = ops = List.copyOf(read);
    }
    return ops;
  }

  /** The specs present on the class path (hire-v2 only once the spec module has it). */
  static List<String> present() {
    return SPECS.stream().filter(s -> SpecOperations.class.getClassLoader().getResource(s) != null).toList();
  }

  private static Map<String, Object> load(String resource) {
    try (InputStream in = SpecOperations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(64 * 1024 * 1024);
      return new Yaml(options).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot be read", e);
    }
  }

  private static List<SpecOperation> operations(String spec, Map<String, Object> doc) {
    Resolver refs = new Resolver(spec, doc);
    List<SpecOperation> out = new ArrayList<>();
    Map<String, Object> paths = map(doc.get("paths"));
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      Map<String, Object> item = map(path.getValue());
      for (String method : HTTP_METHODS) {
        Map<String, Object> op = map(item.get(method));
        if (op.isEmpty()) {
          continue;
        }
        List<Map<String, Object>> params = new ArrayList<>();
        for (Object p : list(item.get("parameters"))) {
          params.add(refs.resolve(map(p)));
        }
        for (Object p : list(op.get("parameters"))) {
          params.add(refs.resolve(map(p)));
        }
        Map<String, Object> body = null;
        String bodyType = null;
        Map<String, Object> requestBody = refs.resolve(map(op.get("requestBody")));
        boolean bodyRequired = Boolean.TRUE.equals(requestBody.get("required"));
        for (Map.Entry<String, Object> content : map(requestBody.get("content")).entrySet()) {
          bodyType = content.getKey();
          body = refs.resolve(map(map(content.getValue()).get("schema")));
        }
        List<String> tags = list(op.get("tags")).stream().map(String::valueOf).toList();
        out.add(new SpecOperation(spec, String.valueOf(op.get("operationId")),
            tags.isEmpty() ? "" : tags.get(0), String.valueOf(op.get("x-lark-method")),
            method.toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(params), body,
            bodyType, bodyRequired, tokenTypes(doc, op), refs));
      }
    }
    return out;
  }

  /** The operation's {@code x-lark-token-types}, else those of its security schemes. */
  private static List<String> tokenTypes(Map<String, Object> doc, Map<String, Object> op) {
    List<Object> own = list(op.get("x-lark-token-types"));
    if (!own.isEmpty()) {
      return own.stream().map(String::valueOf).toList();
    }
    Object security = op.containsKey("security") ? op.get("security") : doc.get("security");
    Map<String, Object> schemes = map(map(doc.get("components")).get("securitySchemes"));
    List<String> types = new ArrayList<>();
    for (Object requirement : list(security)) {
      for (String scheme : map(requirement).keySet()) {
        list(map(schemes.get(scheme)).get("x-lark-token-types")).forEach(t -> types.add(String.valueOf(t)));
      }
    }
    return types.isEmpty() ? List.of("tenant_access_token") : types;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return o instanceof List<?> l ? (List<Object>) l : List.of();
  }

  /** Resolves local {@code $ref}s ({@code #/components/...}) of one document. */
  static final class Resolver {
    private final String spec;
    private final Map<String, Object> doc;

    Resolver(String spec, Map<String, Object> doc) {
      this.spec = spec;
      this.doc = doc;
    }

    /** The node itself, or the node its {@code $ref} points to (followed to the end). */
    Map<String, Object> resolve(Map<String, Object> node) {
      Map<String, Object> n = node;
      for (int hops = 0; n.get("$ref") instanceof String ref; hops++) {
        if (hops > 32 || !ref.startsWith("#/")) {
          throw new IllegalStateException(spec + ": cannot follow $ref " + ref);
        }
        Object target = doc;
        for (String part : ref.substring(2).split("/")) {
          target = map(target).get(part.replace("~1", "/").replace("~0", "~"));
        }
        if (target == null) {
          throw new IllegalStateException(spec + ": $ref " + ref + " points to nothing");
        }
        n = map(target);
      }
      return n;
    }

    /** The schema's properties, each resolved, in spec order (allOf parts merged). */
    Map<String, Map<String, Object>> properties(Map<String, Object> schema) {
      Map<String, Map<String, Object>> out = new LinkedHashMap<>();
      Map<String, Object> s = resolve(schema);
      for (Object part : list(s.get("allOf"))) {
        out.putAll(properties(map(part)));
      }
      map(s.get("properties")).forEach((k, v) -> out.put(k, resolve(map(v))));
      return out;
    }

    /** The schema's required property names (allOf parts merged). */
    List<String> required(Map<String, Object> schema) {
      Map<String, Object> s = resolve(schema);
      List<String> out = new ArrayList<>();
      for (Object part : list(s.get("allOf"))) {
        out.addAll(required(map(part)));
      }
      list(s.get("required")).forEach(r -> out.add(String.valueOf(r)));
      return out;
    }
  }

  /** One operation of a spec, with its parameters and request body schema resolved. */
  record SpecOperation(String spec, String operationId, String tag, String larkMethod, String httpMethod,
      String path, List<Map<String, Object>> parameters, Map<String, Object> body, String bodyType,
      boolean bodyRequired, List<String> tokenTypes, Resolver refs) {

    /** Whether the body is a multipart form, whose fields are components of the request itself. */
    boolean isForm() {
      return "multipart/form-data".equals(bodyType());
    }

    /** Whether only a user access token is accepted. */
    boolean userTokenOnly() {
      return !tokenTypes.contains("tenant_access_token") && tokenTypes.contains("user_access_token");
    }

    @Override
    public String toString() {
      return spec.replace(".yaml", "") + " " + operationId + " (" + httpMethod + " " + path + ")";
    }
  }
}

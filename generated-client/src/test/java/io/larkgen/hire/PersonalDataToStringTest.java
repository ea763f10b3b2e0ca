package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Every generated Hire model, filled with sample values, keeps the values of the properties the
 * spec marks {@code x-lark-pii: true} out of its {@code toString()}, nested models and lists
 * included, while it still prints the values of the other properties.
 */
class PersonalDataToStringTest {
  private static final String MODEL_PACKAGE = "io.larkgen.hire.model.";
  private static final int MAX_DEPTH = 4;

  /** Sample values of marked properties, which no toString() may print. */
  private final Set<String> personal = new TreeSet<>();
  /** Sample values of unmarked string properties, which toString() prints as they are. */
  private final Set<String> plain = new TreeSet<>();
  private int counter;

  @Test
  void noModelPrintsAPersonalValue() throws Exception {
    Map<String, Set<String>> marks = marks("hire-v1.yaml");
    Assumptions.assumeTrue(!marks.isEmpty(),
        "hire-v1.yaml marks no property x-lark-pii: true yet; the importer adds the marks when the"
            + " spec is regenerated");
    assertEquals(List.of(), leaks(marks));
  }

  /**
   * The check itself: a property the spec does not mark, treated as marked, is found printed, so
   * an empty list of leaks above means the marked values really were in the models.
   */
  @Test
  void theCheckFindsAnUnmaskedValue() throws Exception {
    Map<String, Set<String>> marks = marks("hire-v1.yaml");
    assertFalse(marks.getOrDefault("InterviewRecord", Set.of()).contains("id"),
        "an interview record's id is no personal data");
    Map<String, Set<String>> pretend = new LinkedHashMap<>(marks);
    Set<String> withId = new TreeSet<>(marks.getOrDefault("InterviewRecord", Set.of()));
    withId.add("id");
    pretend.put("InterviewRecord", withId);
    List<String> leaks = leaks(pretend);
    assertTrue(leaks.stream().anyMatch(l -> l.startsWith("InterviewRecord.toString() prints")),
        leaks::toString);
  }

  /** What the models print of the personal sample values when they are filled with {@code marks}. */
  private List<String> leaks(Map<String, Set<String>> marks) throws Exception {
    personal.clear();
    plain.clear();
    List<String> leaks = new ArrayList<>();
    int models = 0;
    int plainSeen = 0;
    for (String schema : schemas("hire-v1.yaml")) {
      Class<?> type = modelClass(schema);
      if (type == null || !type.isRecord()) {
        continue;
      }
      models++;
      String text = fill(type, marks, 0).toString();
      for (String value : personal) {
        if (text.contains(value)) {
          leaks.add(schema + ".toString() prints " + value);
        }
      }
      if (plain.stream().anyMatch(text::contains)) {
        plainSeen++;
      }
    }
    assertTrue(models > 0 && !personal.isEmpty(), "no model was filled with a personal value");
    assertTrue(plainSeen > 0, "no unmarked value was printed, so the filling proves nothing");
    return leaks;
  }

  /** A record of {@code type} with every component set to a distinct sample value. */
  private Object fill(Class<?> type, Map<String, Set<String>> marks, int depth) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    Set<String> marked = marks.getOrDefault(type.getSimpleName(), Set.of());
    List<String> jsonNames = jsonNames(type);
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      types[i] = component.getType();
      boolean pii = i < jsonNames.size() && marked.contains(jsonNames.get(i));
      values[i] = sample(component.getGenericType(), pii, marks, depth);
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    return canonical.newInstance(values);
  }

  /**
   * The JSON names of {@code type}'s components but {@code extraProperties}, in component order:
   * its codec's {@code FIELDS}, the one place that maps components to JSON names.
   */
  private static List<String> jsonNames(Class<?> type) throws ReflectiveOperationException {
    Class<?> codec = Class.forName("io.larkgen.hire.codec." + type.getSimpleName() + "Codec");
    Field fields = codec.getDeclaredField("FIELDS");
    fields.setAccessible(true);
    return ((JsonFields) fields.get(null)).names();
  }

  private Object sample(Type type, boolean pii, Map<String, Set<String>> marks, int depth)
      throws Exception {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      Object item = sample(p.getActualTypeArguments()[0], pii, marks, depth);
      return item == null ? List.of() : List.of(item);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return Map.of();
    }
    if (!(type instanceof Class<?> c)) {
      return null;
    }
    int n = ++counter;
    Object value;
    if (c == String.class) {
      value = (pii ? "secret" : "plain") + n + "x";
    } else if (c == Long.class) {
      value = 7_300_000_000_000L + n;
    } else if (c == Integer.class) {
      value = 730_000 + n;
    } else if (c == Double.class) {
      value = 7300.25 + n;
    } else if (c == Boolean.class) {
      return Boolean.TRUE;
    } else if (c.isRecord() && c.getName().startsWith(MODEL_PACKAGE) && depth < MAX_DEPTH) {
      return fill(c, marks, depth + 1);
    } else {
      return null;
    }
    (pii ? personal : plain).add(value.toString());
    return value;
  }

  private static Class<?> modelClass(String schema) {
    try {
      return Class.forName(MODEL_PACKAGE + schema);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** Per schema, the JSON names of its properties marked {@code x-lark-pii: true}. */
  private static Map<String, Set<String>> marks(String spec) throws IOException {
    Map<String, Set<String>> marks = new LinkedHashMap<>();
    for (Map.Entry<String, Object> schema : components(spec).entrySet()) {
      if (schema.getValue() instanceof Map<?, ?> def && def.get("properties") instanceof Map<?, ?> props) {
        for (Map.Entry<?, ?> property : props.entrySet()) {
          if (property.getValue() instanceof Map<?, ?> p && Boolean.TRUE.equals(p.get("x-lark-pii"))) {
            marks.computeIfAbsent(schema.getKey(), k -> new TreeSet<>()).add((String) property.getKey());
          }
        }
      }
    }
    return marks;
  }

  private static Set<String> schemas(String spec) throws IOException {
    return new TreeSet<>(components(spec).keySet());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> components(String spec) throws IOException {
    try (InputStream in = PersonalDataToStringTest.class.getClassLoader().getResourceAsStream(spec)) {
      assertTrue(in != null, spec + " is not on the test class path");
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(64 * 1024 * 1024);
      Map<String, Object> doc = new Yaml(options).load(in);
      return (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
    }
  }
}

package io.larkgen.hire.coverage;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Optional;

/**
 * Walks a decoded answer (records, lists, sealed enums) and lists what the generated types did
 * not understand: fields left in an {@code extraProperties()} and enum values decoded as
 * {@code Unknown}.
 */
final class DecodedTree {

  private DecodedTree() {}

  /** Every unknown field and unknown enum value below {@code root}, each with its path. */
  static List<String> problems(Object root) {
    List<String> out = new ArrayList<>();
    walk(root, "data", out, 0);
    return out;
  }

  /** The text, number and boolean components of one record (a request body), by name. */
  static Map<String, String> topScalars(Object record) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object value = read(c.getAccessor(), record);
      if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        out.put(c.getName(), String.valueOf(value));
      }
    }
    return out;
  }

  /** Every text, number and boolean value of the records below {@code root}, by component name. */
  static Map<String, Set<String>> allScalars(Object root) {
    Map<String, Set<String>> out = new TreeMap<>();
    collect(root, out, 0);
    return out;
  }

  private static void collect(Object node, Map<String, Set<String>> out, int depth) {
    if (node == null || depth > 16) {
      return;
    }
    if (node instanceof List<?> items) {
      items.forEach(i -> collect(i, out, depth + 1));
      return;
    }
    if (node.getClass().isRecord()) {
      for (RecordComponent c : node.getClass().getRecordComponents()) {
        Object value = read(c.getAccessor(), node);
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
          out.computeIfAbsent(c.getName(), k -> new TreeSet<>()).add(String.valueOf(value));
        } else {
          collect(value, out, depth + 1);
        }
      }
    }
  }

  private static void walk(Object node, String path, List<String> out, int depth) {
    if (node == null || depth > 64) {
      return;
    }
    if (node instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        walk(items.get(i), path + "[" + i + "]", out, depth + 1);
      }
      return;
    }
    Class<?> type = node.getClass();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        Object value = read(c.getAccessor(), node);
        if (c.getName().equals("extraProperties") && value instanceof Map<?, ?> extra) {
          if (!extra.isEmpty()) {
            out.add(path + ": unknown fields " + extra.keySet());
          }
        } else {
          walk(value, path + "." + c.getName(), out, depth + 1);
        }
      }
      return;
    }
    if (isSealedEnum(type)) {
      Optional<?> known = (Optional<?>) read(method(type, "known"), node);
      if (known.isEmpty()) {
        out.add(path + ": unknown enum value " + read(method(type, "value"), node) + " of "
            + type.getInterfaces()[0].getSimpleName());
      }
    }
  }

  private static boolean isSealedEnum(Class<?> type) {
    for (Class<?> i : type.getInterfaces()) {
      if (i.isSealed() && !i.getPackageName().startsWith("java.")) {
        try {
          return i.getMethod("known").getReturnType() == Optional.class;
        } catch (NoSuchMethodException e) {
          return false;
        }
      }
    }
    return false;
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + " has no " + name + "()", e);
    }
  }

  private static Object read(Method accessor, Object target) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read " + accessor, e);
    }
  }
}

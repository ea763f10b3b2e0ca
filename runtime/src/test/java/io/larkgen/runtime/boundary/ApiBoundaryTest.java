package io.larkgen.runtime.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.Operation;
import io.larkgen.runtime.annotations.LarkProtectedApi;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The line between the runtime's API and its internals, read from the compiled classes and the
 * module descriptor: the module exports every public package but none under {@code internal},
 * no exported signature mentions an internal type, and no internal type claims to be API.
 */
class ApiBoundaryTest {
  private static final String INTERNAL = "io.larkgen.runtime.internal";

  private static Path classes;
  private static ModuleDescriptor module;
  private static List<Class<?>> types;

  @BeforeAll
  static void readClasses() throws Exception {
    classes = Path.of(Operation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    module = ModuleFinder.of(classes).find("io.larkgen.runtime").orElseThrow().descriptor();
    types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String relative = classes.relativize(file).toString().replace('\\', '/');
        if (relative.endsWith(".class") && !relative.endsWith("module-info.class")
            && !relative.endsWith("package-info.class")) {
          String name = relative.substring(0, relative.length() - ".class".length())
              .replace('/', '.');
          types.add(Class.forName(name, false, ApiBoundaryTest.class.getClassLoader()));
        }
      }
    }
    assertTrue(types.size() > 50, () -> "read only " + types.size() + " classes from " + classes);
  }

  @Test
  void theModuleExportsEveryPackageButTheInternalOnes() {
    Set<String> exported = module.exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = module.packages().stream()
        .filter(p -> !p.startsWith(INTERNAL))
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, exported);
    assertTrue(module.packages().stream().anyMatch(p -> p.startsWith(INTERNAL)));
    assertTrue(module.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
  }

  @Test
  void noExportedSignatureMentionsAnInternalType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : types) {
      if (!isApi(type)) {
        continue;
      }
      check(leaks, type + " extends", type.getGenericSuperclass());
      for (Type i : type.getGenericInterfaces()) {
        check(leaks, type + " implements", i);
      }
      for (Field f : type.getDeclaredFields()) {
        if (visible(f.getModifiers())) {
          check(leaks, type.getName() + "." + f.getName(), f.getGenericType());
        }
      }
      for (Method m : type.getDeclaredMethods()) {
        if (visible(m.getModifiers()) && !m.isSynthetic()) {
          check(leaks, type.getName() + "." + m.getName() + "()", m.getGenericReturnType());
          checkParameters(leaks, type.getName() + "." + m.getName(), m);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (visible(c.getModifiers()) && !c.isSynthetic()) {
          checkParameters(leaks, type.getName() + ".<init>", c);
        }
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void noInternalTypeIsMarkedProtectedApi() {
    List<String> marked = types.stream()
        .filter(t -> t.getPackageName().startsWith(INTERNAL))
        .filter(t -> t.isAnnotationPresent(LarkProtectedApi.class))
        .map(Class::getName)
        .toList();
    assertEquals(List.of(), marked);
    assertTrue(types.stream().anyMatch(t -> t.isAnnotationPresent(LarkProtectedApi.class)));
  }

  @Test
  void everyPackageIsNullMarked() {
    List<String> unmarked = new ArrayList<>();
    for (String pkg : new TreeSet<>(module.packages())) {
      try {
        Class<?> info = Class.forName(pkg + ".package-info", false,
            ApiBoundaryTest.class.getClassLoader());
        if (!info.isAnnotationPresent(NullMarked.class)) {
          unmarked.add(pkg);
        }
      } catch (ClassNotFoundException e) {
        unmarked.add(pkg + " (no package-info)");
      }
    }
    assertEquals(List.of(), unmarked);
  }

  /** A type users can reach: public, in an exported package, and (if nested) in such a type. */
  private static boolean isApi(Class<?> type) {
    if (type.getPackageName().startsWith(INTERNAL) || type.isAnonymousClass()
        || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void checkParameters(List<String> leaks, String where, Executable e) {
    for (Type p : e.getGenericParameterTypes()) {
      check(leaks, where + " parameter", p);
    }
    for (Type x : e.getGenericExceptionTypes()) {
      check(leaks, where + " throws", x);
    }
  }

  private static void check(List<String> leaks, String where, Type type) {
    if (type instanceof Class<?> c) {
      Class<?> element = c;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (element.getPackageName().startsWith(INTERNAL)) {
        leaks.add(where + ": " + element.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      check(leaks, where, p.getRawType());
      for (Type a : p.getActualTypeArguments()) {
        check(leaks, where, a);
      }
    } else if (type instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        check(leaks, where, b);
      }
      for (Type b : w.getLowerBounds()) {
        check(leaks, where, b);
      }
    } else if (type instanceof GenericArrayType g) {
      check(leaks, where, g.getGenericComponentType());
    }
  }

  @Test
  void theCheckSeesALeak() {
    List<String> leaks = new ArrayList<>();
    check(leaks, "probe", io.larkgen.runtime.internal.http.Urls.class);
    assertFalse(leaks.isEmpty());
  }
}

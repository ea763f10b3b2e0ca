package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.LarkClient;
import io.larkgen.runtime.Operation;
import io.larkgen.runtime.Paging;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the generated client shows its users: services are public interfaces made by {@code
 * create(LarkClient)}, their implementations and operation descriptors are package-private, and
 * no public type exposes a descriptor.
 */
class ApiSurfaceTest {
  private static final List<Class<?>> DESCRIPTOR_TYPES = List.of(Operation.class, Paging.class);

  @Test
  void noPublicTypeExposesADescriptor() throws Exception {
    List<String> exposed = new ArrayList<>();
    for (Class<?> type : generatedTypes()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Field field : type.getFields()) {
        if (DESCRIPTOR_TYPES.contains(field.getType())) {
          exposed.add(type.getName() + "." + field.getName());
        }
      }
      for (Method method : type.getMethods()) {
        if (DESCRIPTOR_TYPES.contains(method.getReturnType())
            || Stream.of(method.getParameterTypes()).anyMatch(DESCRIPTOR_TYPES::contains)) {
          exposed.add(type.getName() + "." + method.getName());
        }
      }
    }
    assertEquals(List.of(), exposed);
  }

  @Test
  void servicesArePublicInterfacesWithAFactoryAndHiddenParts() throws Exception {
    int services = 0;
    for (Class<?> type : generatedTypes()) {
      String name = type.getSimpleName();
      if (type.getPackageName().endsWith(".api") && name.endsWith("Api") && !name.startsWith("Default")) {
        services++;
        assertTrue(type.isInterface() && Modifier.isPublic(type.getModifiers()), type::getName);
        Method create = type.getMethod("create", LarkClient.class);
        assertTrue(Modifier.isStatic(create.getModifiers()), create::toString);
        assertEquals(type, create.getReturnType(), create::toString);
        Class<?> implementation = Class.forName(type.getPackageName() + ".Default" + name);
        Class<?> operations =
            Class.forName(type.getPackageName() + "." + name.substring(0, name.length() - 3) + "Operations");
        for (Class<?> hidden : List.of(implementation, operations)) {
          assertFalse(Modifier.isPublic(hidden.getModifiers()), hidden::getName);
          assertTrue(Modifier.isFinal(hidden.getModifiers()), hidden::getName);
        }
        assertTrue(type.isAssignableFrom(implementation), implementation::getName);
        assertTrue(Stream.of(operations.getDeclaredConstructors())
            .allMatch(c -> Modifier.isPrivate(c.getModifiers())), operations::getName);
      }
    }
    assertTrue(services > 10, services + " services");
  }

  /** Every top-level type compiled into this module's classes under {@code io.larkgen.hire}. */
  private static List<Class<?>> generatedTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(Hire.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        if (name.startsWith("io.larkgen.hire") && !name.contains("$") && !name.endsWith("package-info")
            && !name.endsWith("module-info")) {
          types.add(Class.forName(name, false, ApiSurfaceTest.class.getClassLoader()));
        }
      }
    }
    assertFalse(types.isEmpty(), "no classes under " + root);
    return types;
  }
}

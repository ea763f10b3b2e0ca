package io.larkgen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.processor.spec.SpecLoader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationExtensionsTest {

  private static List<OperationExtension<?>> extensions() {
    Checker check = new Checker("mini.yaml", SpecLoader.load("mini.yaml", MiniSpec.VALID).document().orElseThrow());
    ReadContext context = new ReadContext(check);
    NameChecks names = new NameChecks(context);
    TypeReader types = new TypeReader(context);
    return new OperationReader(context, types, new ConstraintsReader(context), names, new TokenTypesExtension(context))
        .extensions();
  }

  @Test
  void everyOperationExtensionIsCataloguedAsReadOnAnOperation() {
    for (OperationExtension<?> extension : extensions()) {
      ExtensionPlaces.Place place = ExtensionPlaces.EXTENSIONS.get(extension.key());
      assertNotNull(place, extension.key() + " is not in the catalogue of extensions");
      assertTrue(place.allows(ExtensionPlaces.Place.OPERATION), extension.key() + " is not read on an operation");
    }
  }

  @Test
  void eachExtensionReadsItsOwnKey() {
    Set<String> keys = new HashSet<>();
    extensions().forEach(e -> keys.add(e.key()));
    assertEquals(extensions().size(), keys.size(), "two extensions read one key: " + keys);
  }
}

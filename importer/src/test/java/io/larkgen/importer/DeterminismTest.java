package io.larkgen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two imports of the same pages give byte-identical files. */
class DeterminismTest {

  @Test
  void importingTwiceGivesIdenticalBytes() throws IOException {
    var docs = SharedDocs.docs();
    DocImporter.Result first = DocImporter.run(List.of(docs), SharedDocs.specDir());
    DocImporter.Result second = DocImporter.run(List.of(docs), SharedDocs.specDir());
    assertEquals(first.yaml().keySet(), second.yaml().keySet());
    for (String file : first.yaml().keySet()) {
      assertEquals(first.yaml().get(file), second.yaml().get(file), file);
    }
  }
}

package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every generated file, byte for byte, for a purpose-built spec using every feature and for the
 * real Hire spec (from the {@code larkgen-spec} jar on the class path).
 */
class GoldenTest {

  @Test
  void petstoreLikeSpecMatchesGoldenFiles() {
    Compilation compilation =
        Compilations.compile(Compilations.trigger("com.example.petstore", "specs/good/petstore-like.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = Compilations.generatedSources(compilation);
    assertTrue(sources.containsKey("com.example.petstore.Petstore"), sources.keySet().toString());
    Goldens.check("petstore-like", sources);
  }

  @Test
  void writeOperationsMatchGoldenFiles() {
    Compilation compilation =
        Compilations.compile(Compilations.trigger("com.example.notes", "specs/good/notes-v1.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = Compilations.generatedSources(compilation);
    assertTrue(sources.containsKey("com.example.notes.api.CreateNoteRequest"), sources.keySet().toString());
    Goldens.check("notes-v1", sources);
  }

  @Test
  void uploadMatchesGoldenFiles() {
    Compilation compilation =
        Compilations.compile(Compilations.trigger("com.example.files", "specs/good/upload-v1.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = Compilations.generatedSources(compilation);
    assertTrue(sources.containsKey("com.example.files.api.CreateAttachmentRequest"), sources.keySet().toString());
    Goldens.check("upload-v1", sources);
  }

  @Test
  void twoVersionsOfOneServiceMatchGoldenFiles() {
    Compilation compilation =
        Compilations.compile(
            Compilations.trigger("com.example.notes", "specs/good/notes-v1.yaml", "specs/good/notes-v2.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = Compilations.generatedSources(compilation);
    assertTrue(sources.containsKey("com.example.notes.v2.model.Note"), sources.keySet().toString());
    assertTrue(sources.containsKey("com.example.notes.model.Note"), sources.keySet().toString());
    // What the second version adds has its own golden (with the entry point and the Jackson
    // module, which cover both versions); v1's files are those of v1 alone.
    Map<String, String> added = new java.util.TreeMap<>();
    Map<String, String> v1 = new java.util.TreeMap<>();
    sources.forEach((name, text) -> {
      boolean ofV2 = name.startsWith("com.example.notes.v2.") || name.equals("com.example.notes.NotesV2")
          || name.equals("com.example.notes.Notes") || name.equals("com.example.notes.NotesJacksonModule");
      (ofV2 ? added : v1).put(name, text);
    });
    Goldens.check("notes-v1-v2", added);
    Goldens.checkSome("notes-v1", v1);
  }

  @Test
  void hireClientMatchesGoldenFiles() {
    Compilation compilation = Compilations.compile(Compilations.trigger("io.larkgen.hire", "hire-interviews-v1.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> sources = Compilations.generatedSources(compilation);
    assertTrue(sources.containsKey("io.larkgen.hire.HireV1"), sources.keySet().toString());
    Goldens.check("hire-v1", sources);
  }

  @Test
  void generatingTwiceGivesIdenticalBytes() {
    Map<String, String> first =
        Compilations.generatedSources(
            Compilations.compile(Compilations.trigger("io.larkgen.hire", "hire-interviews-v1.yaml")));
    Map<String, String> second =
        Compilations.generatedSources(
            Compilations.compile(Compilations.trigger("io.larkgen.hire", "hire-interviews-v1.yaml")));
    assertEquals(first, second);
  }
}

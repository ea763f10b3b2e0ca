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
    Goldens.check("notes-v1-v2", sources);
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

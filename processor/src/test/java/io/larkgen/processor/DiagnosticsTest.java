package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.larkgen.processor.validate.LoadResult;
import io.larkgen.processor.validate.ModelBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec problems become compiler diagnostics placed on the trigger's {@code spec = "…"}, all of
 * them in one run, and nothing is generated. (Every problem code is covered by the loader's unit
 * tests; these check what javac shows.)
 */
class DiagnosticsTest {

  @Test
  void specsOfOneTriggerMustBeVersionsOfOneService() {
    JavaFileObject trigger =
        Compilations.trigger("com.example.mixed", "specs/good/notes-v1.yaml", "specs/good/upload-v1.yaml");
    Compilation compilation = Compilations.compile(trigger);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[larkgen.SERVICE_MISMATCH] specs/good/upload-v1.yaml:0:0: #/x-lark-service: "
                + "specs/good/upload-v1.yaml describes service 'files' but specs/good/notes-v1.yaml describes 'notes'")
        .inFile(trigger)
        .onLineContaining("spec =");
    Compilation twice =
        Compilations.compile(
            Compilations.trigger("com.example.twice", "specs/good/notes-v1.yaml", "specs/good/notes-v1.yaml"));
    assertThat(twice)
        .hadErrorContaining("specs/good/notes-v1.yaml and specs/good/notes-v1.yaml are both version 'v1' of service 'notes'");
  }

  @Test
  void problemIsAnErrorOnTheSpecAttribute() {
    JavaFileObject trigger = Compilations.trigger("com.example.broken", "specs/bad/unknown-type.yaml");
    Compilation compilation = Compilations.compile(trigger);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[larkgen.UNKNOWN_TYPE] specs/bad/unknown-type.yaml:8:17: "
                + "#/components/schemas/Pet/properties/id/type: unknown type 'integr'")
        .inFile(trigger)
        .onLineContaining("spec =");
    // @LarkApi(spec = "…"): the string literal starts in column 17.
    assertEquals(17L, compilation.errors().get(0).getColumnNumber());
  }

  @Test
  void everyProblemIsReportedInSpecOrder() {
    JavaFileObject trigger = Compilations.trigger("com.example.broken", "specs/bad/several-problems.yaml");
    Compilation compilation = javac().withProcessors(new OpenApiClientProcessor()).compile(trigger);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[larkgen.UNKNOWN_EXTENSION] specs/bad/several-problems.yaml:14:1: #/x-lark-colour")
        .inFile(trigger)
        .onLineContaining("spec =");
    assertThat(compilation)
        .hadErrorContaining(
            "[larkgen.UNRESOLVED_REF] specs/bad/several-problems.yaml:10:17: "
                + "#/components/schemas/Pet/properties/owner/$ref: '#/components/schemas/Owner' does not exist")
        .inFile(trigger)
        .onLineContaining("spec =");
    List<String> messages =
        compilation.diagnostics().stream()
            .map(d -> d.getMessage(null))
            .map(m -> m.substring(0, m.indexOf(':', m.indexOf(".yaml:") + 6)))
            .toList();
    assertEquals(
        List.of(
            "[larkgen.UNKNOWN_TYPE] specs/bad/several-problems.yaml:8",
            "[larkgen.UNRESOLVED_REF] specs/bad/several-problems.yaml:10",
            "[larkgen.UNKNOWN_EXTENSION] specs/bad/several-problems.yaml:14"),
        messages);
  }

  @Test
  void eventProblemsAreErrorsOnTheSpecAttribute() {
    JavaFileObject trigger = Compilations.trigger("com.example.broken", "specs/bad/events.yaml");
    Compilation compilation = Compilations.compile(trigger);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[larkgen.BAD_EXTENSION] specs/bad/events.yaml:20:17: #/x-lark-events/1/event-type: "
                + "event type 'pets.pet.created_v1' is listed twice in x-lark-events")
        .inFile(trigger)
        .onLineContaining("spec =");
    assertThat(compilation)
        .hadErrorContaining(
            "[larkgen.BAD_EXTENSION] specs/bad/events.yaml:21:13: #/x-lark-events/1/schema: "
                + "x-lark-events schema 'PetCreatedBody' has no 'event' property")
        .inFile(trigger)
        .onLineContaining("spec =");
  }

  @Test
  void nothingIsGeneratedWhenTheSpecHasErrors(@TempDir Path dir) {
    assertEquals(
        List.of(),
        Compilations.filesWritten(
            new OpenApiClientProcessor(),
            dir,
            Compilations.trigger("com.example.broken", "specs/bad/several-problems.yaml")));
  }

  @Test
  void theSameRunOnAGoodSpecWritesFiles(@TempDir Path dir) {
    List<Path> written =
        Compilations.filesWritten(
            new OpenApiClientProcessor(),
            dir,
            Compilations.trigger("com.example.petstore", "specs/good/petstore-like.yaml"));
    assertTrue(
        written.stream().anyMatch(p -> p.endsWith(Path.of("com", "example", "petstore", "Petstore.java"))),
        written.toString());
  }

  @Test
  void yamlSyntaxErrorIsReportedWithItsPosition() {
    JavaFileObject trigger = Compilations.trigger("com.example.broken", "specs/bad/yaml-syntax.yaml");
    Compilation compilation = Compilations.compile(trigger);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[larkgen.YAML_SYNTAX] specs/bad/yaml-syntax.yaml:4:1: #: ")
        .inFile(trigger)
        .onLineContaining("spec =");
  }

  @Test
  void specRootProblemsNameTheSourceFile() {
    Path root = Path.of("src", "test", "resources").toAbsolutePath();
    JavaFileObject trigger = Compilations.trigger("com.example.broken", "specs/bad/unknown-type.yaml");
    Compilation compilation =
        javac()
            .withProcessors(new OpenApiClientProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror", "-Alarkgen.specRoot=" + root)
            .compile(trigger);
    assertThat(compilation)
        .hadErrorContaining(
            "[larkgen.UNKNOWN_TYPE] " + root.resolve("specs/bad/unknown-type.yaml") + ":8:17: ")
        .inFile(trigger)
        .onLineContaining("spec =");
  }

  @Test
  void missingSpecListsEveryLocationTried() {
    JavaFileObject trigger = Compilations.trigger("com.example.broken", "specs/bad/missing.yaml");
    Compilation compilation =
        javac()
            .withProcessors(new OpenApiClientProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror", "-Alarkgen.specRoot=no-such-dir")
            .compile(trigger);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[larkgen.SPEC_NOT_FOUND] specs/bad/missing.yaml")
        .inFile(trigger)
        .onLineContaining("spec =");
    String message = compilation.errors().get(0).getMessage(null);
    int root = message.indexOf("-Alarkgen.specRoot (");
    int output = message.indexOf("CLASS_OUTPUT (");
    int path = message.indexOf("CLASS_PATH (");
    assertTrue(root > 0 && output > root && path > output, message);
  }

  @Test
  void warningsAreReportedAndGenerationGoesOn() {
    JavaFileObject trigger = Compilations.trigger("com.example.warn", "specs/bad/unknown-extension.yaml");
    Compilation compilation = javac().withProcessors(new OpenApiClientProcessor()).compile(trigger);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[larkgen.UNKNOWN_EXTENSION] specs/bad/unknown-extension.yaml:5:1: #/x-lark-colour")
        .inFile(trigger)
        .onLineContaining("spec =");
    assertThat(compilation).generatedSourceFile("com.example.warn.model.Owner");
  }

  @Test
  void warningsCanBeSuppressedPerCodeOnTheTrigger() {
    JavaFileObject trigger =
        JavaFileObjects.forSourceLines(
            "com.example.warn.PetsClient",
            "package com.example.warn;",
            "",
            "import io.larkgen.runtime.annotations.LarkApi;",
            "",
            "/** Trigger. */",
            "@SuppressWarnings(\"larkgen.UNKNOWN_EXTENSION\")",
            "@LarkApi(spec = \"specs/bad/unknown-extension.yaml\")",
            "final class PetsClient {}");
    Compilation compilation = Compilations.compile(trigger);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.warn.Pets");
  }

  @Test
  void suppressingAnotherCodeKeepsTheWarning() {
    JavaFileObject trigger =
        JavaFileObjects.forSourceLines(
            "com.example.warn.PetsClient",
            "package com.example.warn;",
            "",
            "import io.larkgen.runtime.annotations.LarkApi;",
            "",
            "@SuppressWarnings(\"larkgen.UNKNOWN_TYPE\")",
            "@LarkApi(spec = \"specs/bad/unknown-extension.yaml\")",
            "final class PetsClient {}");
    Compilation compilation = javac().withProcessors(new OpenApiClientProcessor()).compile(trigger);
    assertThat(compilation).hadWarningContaining("[larkgen.UNKNOWN_EXTENSION]");
  }

  @Test
  void structureErrorFoundOnlyBySwaggerParserStillGeneratesNothing(@TempDir Path dir) {
    // Larkgen's own rules accept this spec; swagger-parser's checks, which finish while the
    // client is already rendered, reject it, so nothing may be written.
    JavaFileObject trigger =
        Compilations.trigger("com.example.broken", "specs/bad/model/openapi-structure.yaml");
    Compilation compilation = javac().withProcessors(new OpenApiClientProcessor()).compile(trigger);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[larkgen.OPENAPI_STRUCTURE] specs/bad/model/openapi-structure.yaml:3:1: #/info/title")
        .inFile(trigger)
        .onLineContaining("spec =");
    assertEquals(List.of(), Compilations.filesWritten(new OpenApiClientProcessor(), dir, trigger));
  }

  @Test
  void internalFailureIsAnErrorWithItsStackTrace() {
    JavaFileObject trigger = Compilations.trigger("com.example.broken", "specs/good/petstore-like.yaml");
    OpenApiClientProcessor failing =
        new OpenApiClientProcessor(
            (path, text) -> {
              throw new IllegalStateException("loader exploded on " + path);
            });
    Compilation compilation = Compilations.compile(failing, trigger);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[larkgen.INTERNAL_ERROR] specs/good/petstore-like.yaml")
        .inFile(trigger)
        .onLineContaining("spec =");
    assertThat(compilation)
        .hadErrorContaining(
            "java.lang.IllegalStateException: loader exploded on specs/good/petstore-like.yaml");
    assertThat(compilation).hadErrorContaining("at io.larkgen.processor.DiagnosticsTest");
  }

  @Test
  void loaderWithoutModelGeneratesNothing() {
    OpenApiClientProcessor empty =
        new OpenApiClientProcessor(
            (path, text) ->
                ModelBuilder.Pending.completed(new LoadResult(Optional.empty(), List.of())));
    Compilation compilation =
        Compilations.compile(empty, Compilations.trigger("com.example.empty", "specs/good/petstore-like.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void timingsOptionPrintsEveryPhaseAsOneNote() {
    JavaFileObject trigger = Compilations.trigger("com.example.timed", "specs/good/petstore-like.yaml");
    Compilation timed =
        javac()
            .withProcessors(new OpenApiClientProcessor())
            .withOptions("-Alarkgen.timings=true", "-proc:only")
            .compile(trigger);
    assertThat(timed).succeeded();
    List<String> notes =
        timed.notes().stream()
            .map(d -> d.getMessage(null))
            .filter(m -> m.startsWith("larkgen timings for specs/good/petstore-like.yaml ("))
            .toList();
    assertEquals(1, notes.size(), () -> "notes: " + timed.notes());
    List<String> phases =
        notes.get(0).lines().skip(1).map(l -> l.trim().split(" +")[0]).toList();
    assertEquals(
        List.of("locate", "compose", "model", "plan", "build", "render", "checks", "write", "total"),
        phases);
    assertTrue(notes.get(0).contains(timed.generatedSourceFiles().size() + " files"), notes.get(0));

    Compilation untimed =
        javac().withProcessors(new OpenApiClientProcessor()).withOptions("-proc:only").compile(trigger);
    assertTrue(
        untimed.notes().stream().noneMatch(d -> d.getMessage(null).startsWith("larkgen timings")),
        () -> "notes: " + untimed.notes());
  }
}

package io.larkgen.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.diag.Reporter;
import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.plan.ClientPlan;
import io.larkgen.processor.plan.Planner;
import io.larkgen.processor.spec.SpecLocator;
import io.larkgen.processor.validate.LoadResult;
import io.larkgen.processor.validate.ModelBuilder;
import io.larkgen.processor.writer.ClientWriter;
import io.larkgen.processor.writer.GeneratedFiles;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Generates a Feishu / Lark client from the OpenAPI spec named by {@code @LarkApi(spec = "…")}.
 *
 * <p>Per trigger: locate the spec (the {@code -Alarkgen.specRoot} directory, then the class
 * output, then the class path), load and validate it, and, only when it has no errors, plan the
 * Java names and write every file. Spec problems are compiler errors placed on the {@code spec}
 * attribute, each with the spec's {@code file:line:col} and JSON pointer. The trigger annotation
 * is named, not loaded: this processor does not depend on the runtime jar. It claims nothing
 * ({@link #process} returns false).
 */
@AutoService(Processor.class)
public final class OpenApiClientProcessor extends AbstractProcessor {
  /** Fully qualified name of the trigger annotation. */
  public static final String LARK_API = "io.larkgen.runtime.annotations.LarkApi";

  private final BiFunction<String, String, ModelBuilder.Pending> loader;

  /** The processor javac discovers through {@code META-INF/services}. */
  public OpenApiClientProcessor() {
    this.loader = null;
  }

  /** A processor loading specs with {@code loader}; lets tests exercise failure handling. */
  OpenApiClientProcessor(BiFunction<String, String, ModelBuilder.Pending> loader) {
    this.loader = loader;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(LARK_API);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.ALL;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (!annotation.getQualifiedName().contentEquals(LARK_API)) {
        continue;
      }
      for (Element trigger : round.getElementsAnnotatedWith(annotation)) {
        processTrigger(trigger);
      }
    }
    return false;
  }

  private void processTrigger(Element trigger) {
    AnnotationMirror mirror = triggerAnnotation(trigger);
    AnnotationValue specValue = value(mirror, "spec");
    String spec = specValue == null ? "" : String.valueOf(specValue.getValue());
    Reporter reporter = new Reporter(processingEnv.getMessager(), trigger, mirror, specValue);
    try {
      generate(trigger, mirror, spec, reporter);
    } catch (Throwable t) {
      reporter.internalError(spec, t);
    }
  }

  private void generate(Element trigger, AnnotationMirror mirror, String spec, Reporter reporter) {
    Timings timings =
        Boolean.parseBoolean(processingEnv.getOptions().get(ProcessorOptions.TIMINGS))
            ? Timings.on()
            : Timings.off();
    SpecLocator.Located located =
        timings.time(
            "locate",
            () -> SpecLocator.locate(processingEnv.getFiler(), processingEnv.getOptions(), spec));
    if (located instanceof SpecLocator.NotFound notFound) {
      reporter.report(
          new Problem(
              ProblemCode.SPEC_NOT_FOUND,
              Diagnostic.Kind.ERROR,
              spec,
              0,
              0,
              "#",
              ProblemCode.SPEC_NOT_FOUND.message(notFound.message(spec))));
      return;
    }
    SpecLocator.Found found = (SpecLocator.Found) located;
    ModelBuilder.Pending pending =
        loader == null
            ? ModelBuilder.begin(found.displayPath(), found.text(), timings)
            : loader.apply(found.displayPath(), found.text());
    GeneratedFiles out =
        new GeneratedFiles(processingEnv.getFiler(), trigger, getClass().getName(), spec);
    // Plan and render while swagger-parser's checks finish on their own thread; nothing is
    // written before the whole load is known to be clean.
    List<GeneratedFiles.Source> sources = List.of();
    RuntimeException renderFailure = null;
    if (pending.api().isPresent()) {
      try {
        ApiDef api = pending.api().get();
        ClientPlan plan = timings.time("plan", () -> Planner.plan(api, basePackage(trigger, mirror)));
        List<JavaFile> files = timings.time("build", () -> new ClientWriter(out.header()).write(plan));
        sources = timings.time("render", () -> files.stream().map(GeneratedFiles::render).toList());
      } catch (RuntimeException e) {
        renderFailure = e;
      }
    }
    LoadResult result = timings.time("checks", pending::finish);
    reporter.report(result.problems());
    if (reporter.errorCount() > 0 || result.api().isEmpty()) {
      return;
    }
    if (renderFailure != null) {
      throw renderFailure;
    }
    long wall = System.nanoTime();
    long cpu = Timings.cpuNanos();
    for (GeneratedFiles.Source source : sources) {
      try {
        out.write(source);
      } catch (IOException e) {
        reporter.writeError(source.qualifiedName(), e);
        return;
      }
    }
    timings.add("write", System.nanoTime() - wall, Timings.cpuNanos() - cpu);
    if (timings.enabled()) {
      reporter.note(timings.report(spec, sources.size()));
    }
  }

  private String basePackage(Element trigger, AnnotationMirror mirror) {
    AnnotationValue explicit = value(mirror, "basePackage");
    if (explicit != null && !String.valueOf(explicit.getValue()).isBlank()) {
      return String.valueOf(explicit.getValue()).trim();
    }
    Elements elements = processingEnv.getElementUtils();
    PackageElement pkg =
        trigger instanceof PackageElement p ? p : elements.getPackageOf(trigger);
    return pkg.getQualifiedName().toString();
  }

  private static AnnotationMirror triggerAnnotation(Element trigger) {
    for (AnnotationMirror mirror : trigger.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(LARK_API)) {
        return mirror;
      }
    }
    return null;
  }

  /** The explicitly written value of an annotation member, or null. */
  private static AnnotationValue value(AnnotationMirror mirror, String name) {
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}

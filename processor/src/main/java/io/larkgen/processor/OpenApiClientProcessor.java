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
import java.util.ArrayList;
import java.util.HashMap;
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
import javax.tools.Diagnostic;

/**
 * Generates a Feishu / Lark client from the OpenAPI specs named by {@code @LarkApi(spec = "…")}
 * or {@code @LarkApi(spec = {"…-v1.yaml", "…-v2.yaml"})} (versions of one service).
 *
 * <p>Per trigger and spec: locate the spec (the {@code -Alarkgen.specRoot} directory, then the class
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
    List<String> specs = specs(specValue);
    String shown = String.join(", ", specs);
    Reporter reporter = new Reporter(processingEnv.getMessager(), trigger, mirror, specValue);
    try {
      generate(trigger, mirror, specs, reporter);
    } catch (Throwable t) {
      reporter.internalError(shown, t);
    }
  }

  /** The spec names of {@code spec = "…"} or {@code spec = {"…", "…"}}; one empty name when unset. */
  private static List<String> specs(AnnotationValue specValue) {
    if (specValue == null) {
      return List.of("");
    }
    if (specValue.getValue() instanceof List<?> values) {
      List<String> names = new ArrayList<>();
      for (Object value : values) {
        names.add(String.valueOf(value instanceof AnnotationValue v ? v.getValue() : value));
      }
      return names.isEmpty() ? List.of("") : names;
    }
    return List.of(String.valueOf(specValue.getValue()));
  }

  private void generate(Element trigger, AnnotationMirror mirror, List<String> specs, Reporter reporter) {
    Timings timings =
        Boolean.parseBoolean(processingEnv.getOptions().get(ProcessorOptions.TIMINGS))
            ? Timings.on()
            : Timings.off();
    List<ModelBuilder.Pending> loads = new ArrayList<>();
    for (String spec : specs) {
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
      loads.add(
          loader == null
              ? ModelBuilder.begin(found.displayPath(), found.text(), timings)
              : loader.apply(found.displayPath(), found.text()));
    }
    List<GeneratedFiles> outs = new ArrayList<>();
    for (String spec : specs) {
      outs.add(new GeneratedFiles(processingEnv.getFiler(), trigger, getClass().getName(), spec));
    }
    GeneratedFiles entryOut =
        new GeneratedFiles(processingEnv.getFiler(), trigger, getClass().getName(), String.join(", ", specs));
    // Plan and render while swagger-parser's checks finish on their own thread; nothing is
    // written before every load is known to be clean.
    List<GeneratedFiles.Source> sources = new ArrayList<>();
    RuntimeException renderFailure = null;
    List<ApiDef> apis = loads.stream().flatMap(l -> l.api().stream()).toList();
    List<Problem> pairing = apis.size() == loads.size() ? versionsOfOneService(apis) : List.of();
    if (apis.size() == loads.size() && pairing.isEmpty()) {
      try {
        List<ClientPlan> plans = timings.time("plan", () -> Planner.plan(apis, basePackage(trigger, mirror)));
        List<JavaFile> files = timings.time("build", () -> {
          List<JavaFile> all = new ArrayList<>();
          for (int i = 0; i < plans.size(); i++) {
            all.addAll(new ClientWriter(outs.get(i).header()).writeVersion(plans.get(i)));
          }
          all.add(new ClientWriter(entryOut.header()).writeEntryPoint(plans));
          all.add(new ClientWriter(entryOut.header()).writeJacksonModule(plans));
          return all;
        });
        sources.addAll(timings.time("render", () -> files.stream().map(GeneratedFiles::render).toList()));
        sources.addAll(entryOut.packageInfos(sources, triggerPackage(trigger).getQualifiedName().toString()));
      } catch (RuntimeException e) {
        renderFailure = e;
      }
    }
    boolean complete = true;
    for (ModelBuilder.Pending load : loads) {
      LoadResult result = timings.time("checks", load::finish);
      reporter.report(result.problems());
      complete &= result.api().isPresent();
    }
    reporter.report(pairing);
    if (reporter.errorCount() > 0 || !complete) {
      return;
    }
    if (renderFailure != null) {
      throw renderFailure;
    }
    long wall = System.nanoTime();
    long cpu = Timings.cpuNanos();
    for (GeneratedFiles.Source source : sources) {
      try {
        entryOut.write(source);
      } catch (IOException e) {
        reporter.writeError(source.qualifiedName(), e);
        return;
      }
    }
    timings.add("write", System.nanoTime() - wall, Timings.cpuNanos() - cpu);
    if (timings.enabled()) {
      reporter.note(timings.report(String.join(", ", specs), sources.size()));
    }
  }

  /**
   * The specs of one trigger must be versions of one service: the same {@code x-lark-service}
   * name, each version once. Each problem names both files.
   */
  private static List<Problem> versionsOfOneService(List<ApiDef> apis) {
    List<Problem> problems = new ArrayList<>();
    ApiDef first = apis.get(0);
    Map<String, ApiDef> byVersion = new HashMap<>();
    for (ApiDef api : apis) {
      String detail = null;
      ApiDef earlier = byVersion.putIfAbsent(api.service().version(), api);
      if (!api.service().name().equals(first.service().name())) {
        detail = api.specPath() + " describes service '" + api.service().name() + "' but "
            + first.specPath() + " describes '" + first.service().name() + "'";
      } else if (earlier != null) {
        detail = api.specPath() + " and " + earlier.specPath() + " are both version '"
            + api.service().version() + "' of service '" + api.service().name() + "'";
      }
      if (detail != null) {
        problems.add(new Problem(ProblemCode.SERVICE_MISMATCH, Diagnostic.Kind.ERROR, api.specPath(), 0, 0,
            "#/x-lark-service", ProblemCode.SERVICE_MISMATCH.message(detail)));
      }
    }
    return problems;
  }

  private String basePackage(Element trigger, AnnotationMirror mirror) {
    AnnotationValue explicit = value(mirror, "basePackage");
    if (explicit != null && !String.valueOf(explicit.getValue()).isBlank()) {
      return String.valueOf(explicit.getValue()).trim();
    }
    return triggerPackage(trigger).getQualifiedName().toString();
  }

  private PackageElement triggerPackage(Element trigger) {
    return trigger instanceof PackageElement p ? p : processingEnv.getElementUtils().getPackageOf(trigger);
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

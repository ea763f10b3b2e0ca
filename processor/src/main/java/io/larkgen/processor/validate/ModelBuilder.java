package io.larkgen.processor.validate;

import io.larkgen.processor.Timings;
import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.model.EnvelopeDef;
import io.larkgen.processor.model.ErrorCodeDef;
import io.larkgen.processor.model.EventDef;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.ServiceDef;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SpecDocument;
import io.larkgen.processor.spec.SpecLoader;
import io.larkgen.processor.spec.SpecNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.tools.Diagnostic;

/**
 * Builds the {@link ApiDef} of a spec and finds every problem in it.
 *
 * <p>The text is composed once with positions ({@link SpecLoader}); every Larkgen rule is
 * checked on that tree, so each problem carries its line, column and JSON pointer. The text is
 * also parsed by swagger-parser for the standard OpenAPI structure ({@link SwaggerChecks}); its
 * messages, which carry neither lines nor pointers, are mapped to pointers and reported unless
 * a Larkgen rule already reported a problem on the same part of the spec.
 *
 * <p>Nothing stops at the first problem: all are collected, sorted by line, column and code
 * ({@link Problem#ORDER}), and the model is returned only when none of them is an error.
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>A spec that is not OpenAPI 3.0.x is reported with {@link ProblemCode#NOT_OPENAPI_3}
 *       alone: checking a Swagger 2.0 or OpenAPI 3.1 file against 3.0 rules would only add
 *       noise.
 *   <li>{@link ProblemCode#JAVA_KEYWORD} is reported only for names that the writers could
 *       escape only by giving a poor public API: an {@code x-lark-method} that is a keyword or
 *       a {@code java.lang.Object} method ({@code new}, {@code toString}), and a schema named
 *       like a keyword or like a {@code java.lang}, {@code java.util} or {@code java.time} type
 *       the generated models use ({@code String}, {@code List}, {@code Instant}…), which would
 *       shadow it in the model package. Properties and parameters named like keywords or like
 *       generated members are escaped by the writers ({@code class_}, {@code hashCode_}).
 *   <li>{@link ProblemCode#JAVA_NAME_CLASH} compares the Java names the writers derive:
 *       properties and parameters by their escaped lowerCamel member name (and an epoch-millis
 *       property's {@code xxxInstant} view), operations by UpperCamel (request classes),
 *       resources by UpperCamel of the tag, methods of a resource including their {@code Async}
 *       and {@code All} twins, and schema class names ignoring case (they become file names).
 *       Every derived name comes from {@link io.larkgen.processor.naming.JavaNames}, which the
 *       planner uses too.
 * </ul>
 *
 * <p>This class wires the readers of one load and collects their problems: {@link RootReader}
 * (version, service), {@link ExtensionPlaces}, {@link SchemaReader} (with {@link EnumReader},
 * {@link TypeReader} and {@link ConstraintsReader}), {@link EventsReader} and {@link
 * OperationReader} (with {@link ParameterReader}, {@link RequestBodyReader}, {@link
 * ResponseReader} and one {@link OperationExtension} per {@code x-lark-*} extension). They share
 * a {@link ReadContext}.
 */
public final class ModelBuilder {
  private final String specPath;
  private final Checker check;
  private final ReadContext context;
  private boolean versionChecked;

  private ModelBuilder(String specPath, SpecDocument document) {
    this.specPath = specPath;
    this.check = new Checker(specPath, document);
    this.context = new ReadContext(check);
  }

  /**
   * Loads and validates a spec.
   *
   * @param specPath the spec's path as shown to the user, e.g. {@code hire-v1.yaml}
   * @param text the spec's text, YAML or JSON
   * @return the model (present only when no problem is an error) and every problem, sorted;
   *     never throws for any text: a failure of the builder itself is reported as {@link
   *     ProblemCode#INTERNAL_ERROR}
   */
  public static LoadResult build(String specPath, String text) {
    return begin(specPath, text).finish();
  }

  /**
   * Starts loading a spec: Larkgen's own rules are checked at once, swagger-parser's structure
   * checks go on in the background until {@link Pending#finish()}. A caller may plan and render
   * from {@link Pending#api()} meanwhile, but must not emit anything before {@code finish()}
   * says the spec is clean.
   *
   * @param specPath the spec's path as shown to the user, e.g. {@code hire-v1.yaml}
   * @param text the spec's text, YAML or JSON
   * @return the load under way; never throws for any text
   */
  public static Pending begin(String specPath, String text) {
    return begin(specPath, text, Timings.off());
  }

  /**
   * {@link #begin(String, String)}, timing YAML composition as the phase {@code compose} and the
   * model as {@code model}.
   */
  public static Pending begin(String specPath, String text, Timings timings) {
    CompletableFuture<List<String>> swagger = SwaggerChecks.parseAsync(text);
    try {
      SpecLoader.Result loaded = timings.time("compose", () -> SpecLoader.load(specPath, text));
      if (loaded.document().isEmpty()) {
        return new Pending(specPath, null, Optional.empty(), loaded.problems(), null);
      }
      ModelBuilder builder = new ModelBuilder(specPath, loaded.document().get());
      loaded.problems().forEach(builder.check::add);
      Optional<ApiDef> api = timings.time("model", builder::run);
      // Structure checks only apply to a document that got past the version check.
      CompletableFuture<List<String>> checks = builder.versionChecked ? swagger : null;
      return new Pending(specPath, builder.check, api, List.of(), checks);
    } catch (RuntimeException | StackOverflowError e) {
      return new Pending(specPath, null, Optional.empty(), List.of(internalError(specPath, e)), null);
    }
  }

  /**
   * A load whose own checks are done and whose swagger-parser checks may still be running.
   */
  public static final class Pending {
    private final String specPath;
    private final Checker check;
    private final Optional<ApiDef> api;
    private final List<Problem> problems;
    private final CompletableFuture<List<String>> swagger;

    private Pending(
        String specPath,
        Checker check,
        Optional<ApiDef> api,
        List<Problem> problems,
        CompletableFuture<List<String>> swagger) {
      this.specPath = specPath;
      this.check = check;
      this.api = api;
      this.problems = problems;
      this.swagger = swagger;
    }

    /** A load that is already complete, e.g. the result of another loader. */
    public static Pending completed(LoadResult result) {
      return new Pending("", null, result.api(), result.problems(), null);
    }

    /**
     * The model as far as Larkgen's own rules go: empty when they found an error. Still subject
     * to swagger-parser's checks; see {@link #finish()}.
     */
    public Optional<ApiDef> api() {
      return check != null && check.problems().stream().anyMatch(Problem::isError)
          ? Optional.empty()
          : api;
    }

    /** Waits for swagger-parser's checks and gives the whole result. */
    public LoadResult finish() {
      if (check == null) {
        return result(api, problems);
      }
      try {
        if (swagger != null) {
          SwaggerChecks.report(swagger.join(), check);
        }
        return result(api, check.problems());
      } catch (RuntimeException | StackOverflowError e) {
        return result(Optional.empty(), List.of(internalError(specPath, e)));
      }
    }
  }

  private static Problem internalError(String specPath, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return new Problem(
        ProblemCode.INTERNAL_ERROR,
        Diagnostic.Kind.ERROR,
        specPath,
        1,
        1,
        JsonPointer.ROOT.toString(),
        ProblemCode.INTERNAL_ERROR.message(trace.toString()));
  }

  private static LoadResult result(Optional<ApiDef> api, List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
    sorted.sort(Problem.ORDER);
    boolean clean = sorted.stream().noneMatch(Problem::isError);
    return new LoadResult(clean ? api : Optional.empty(), sorted);
  }

  private Optional<ApiDef> run() {
    SpecNode rootNode = check.document().root();
    if (!(rootNode instanceof SpecNode.Mapping root)) {
      check.report(ProblemCode.NOT_OPENAPI_3, rootNode,
          "the document is a " + rootNode.describe() + ", not an OpenAPI object");
      return Optional.empty();
    }
    NameChecks names = new NameChecks(context);
    RootReader rootReader = new RootReader(context, names);
    if (!rootReader.checkVersion(root)) {
      return Optional.empty();
    }
    versionChecked = true;
    new ExtensionPlaces(check).checkExtensionPlaces(root, JsonPointer.ROOT);
    context.limits().texts(root);

    SpecNode.Mapping info = check.mapping(root, "info", false, ProblemCode.OPENAPI_STRUCTURE)
        .orElse(RootReader.emptyMapping(root, "info"));
    String title = check.text(info, "title");
    String description = check.text(info, "description");
    Optional<ServiceDef> service = rootReader.service(root);
    Optional<EnvelopeDef> envelope = new EnvelopeExtension(context).root(root);
    List<String> appTypes = new AppTypesExtension(context).appTypes(root).orElse(List.of());
    List<ErrorCodeDef> commonErrorCodes = new ErrorCodesExtension(context).common(root);
    TokenTypesExtension tokenTypes = new TokenTypesExtension(context);
    tokenTypes.securitySchemes(root);
    TypeReader types = new TypeReader(context);
    ConstraintsReader constraints = new ConstraintsReader(context);
    DocExtension docs = new DocExtension(context);
    new SchemaReader(context, types, constraints, names, docs, new PropertyExtensions(context)).read(root);
    List<EventDef> events =
        new EventsReader(check, context.schemaNodes().keySet(), context.schemas(), m -> docs.doc(m, "doc"))
            .read(root, service.map(ServiceDef::name));
    List<OperationDef> operations = new OperationReader(context, types, constraints, names, tokenTypes)
        .operations(root, envelope, appTypes);

    if (service.isEmpty() || envelope.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ApiDef(
            specPath,
            title,
            description,
            service.get(),
            envelope.get(),
            appTypes,
            commonErrorCodes,
            operations,
            context.schemas(),
            events));
  }
}

package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.model.EventDef;
import io.larkgen.processor.plan.EventPlan;
import io.larkgen.processor.plan.EventsPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the typed events of a spec: one record per event ({@code EventHeader} and the body
 * model, decoded by the body's codec), the sealed interface permitting them and an {@code
 * Unknown} record with the raw JSON, and the class holding the {@code EventRegistry} that maps
 * event type strings to decoders. The event-type enum is written by {@link EnumWriter}.
 */
public final class EventWriter {
  private static final String HEADER = "header";
  private static final String EVENT = "event";
  private static final String JSON = "json";

  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public EventWriter(TypeHeader header) {
    this.header = header;
  }

  /** The sealed interface, one record per event and the registry, in that order. */
  public List<JavaFile> write(EventsPlan plan) {
    List<JavaFile> files = new ArrayList<>();
    files.add(file(plan.sealedType(), sealedType(plan)));
    for (EventPlan event : plan.events()) {
      files.add(file(event.className(), record(plan, event)));
    }
    files.add(file(plan.registry(), registry(plan)));
    return files;
  }

  private JavaFile file(ClassName name, TypeSpec.Builder type) {
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  private static TypeSpec.Builder sealedType(EventsPlan plan) {
    ClassName types = plan.types().className();
    EventPlan first = plan.events().get(0);
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(plan.sealedType())
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
        .addJavadoc(CodeBlock.builder()
            .add("An event of $L that Feishu pushes to the app's event URL: one record per event type of\n"
                + "the spec, and {@link Unknown} for any other type, keeping its raw JSON. Decode through\n"
                + "{@link $T#registry()} with {@link $T}.\n\n", plan.serviceTitle(), plan.registry(),
                Types.EVENT_DISPATCHER)
            .add("<p>On Java 21, switch over the sealed type:\n\n<pre>{@code\n"
                + "switch (event) {\n"
                + "  case $T e -> handle(e.event());\n"
                + "  // … one case per record\n"
                + "  case $T.Unknown u -> log(u.header().eventType());\n"
                + "}\n}</pre>\n\n", first.className(), plan.sealedType())
            .add("<p>On Java 17, switch over the constants of {@link #type()}; the compiler checks that a\n"
                + "switch expression misses none:\n\n<pre>{@code\n"
                + "String summary = event.type().known().map(type -> switch (type) {\n"
                + "  case $L -> (($T) event).event().toString();\n"
                + "  // … one case per constant\n"
                + "}).orElse(\"unknown type \" + event.header().eventType());\n"
                + "}</pre>\n", first.constant(), first.className())
            .build())
        .addMethod(MethodSpec.methodBuilder(HEADER)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(Types.EVENT_HEADER)
            .addJavadoc("The event's header: {@code event_id}, {@code event_type}, {@code create_time}, {@code token},\n"
                + "{@code app_id} and {@code tenant_key}.\n\n@return the header, never null\n")
            .build())
        .addMethod(MethodSpec.methodBuilder("type")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(types)
            .addJavadoc("The event type, a constant for every type of the spec.\n\n"
                + "@return the type; {@code $T.Unknown} for an event of another type\n", types)
            .build())
        .addMethod(MethodSpec.methodBuilder("eventId")
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(Types.STRING)
            .addJavadoc("The event id, the same for every delivery of one event.\n\n"
                + "@return {@code header().eventId()}\n")
            .addStatement("return $N().eventId()", HEADER)
            .build());
    for (EventPlan event : plan.events()) {
      type.addPermittedSubclass(event.className());
    }
    type.addPermittedSubclass(plan.unknown());
    type.addType(unknown(plan));
    return type;
  }

  private static TypeSpec unknown(EventsPlan plan) {
    ClassName types = plan.types().className();
    return TypeSpec.recordBuilder(plan.unknown())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addSuperinterface(plan.sealedType())
        .addJavadoc("An event of a type this client does not know yet, kept as Feishu sent it.\n\n"
            + "@param $N the event's header\n"
            + "@param $N the whole decrypted JSON of the event\n", HEADER, JSON)
        .recordConstructor(MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Keeps an event.\n\n@param $N not null, with an event type\n"
                + "@param $N not null\n", HEADER, JSON)
            .addParameter(Types.EVENT_HEADER, HEADER)
            .addParameter(Types.STRING, JSON)
            .addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, HEADER, HEADER)
            .addStatement("$T.requireNonNull($N.eventType(), $S)", Types.OBJECTS, HEADER, "header.eventType")
            .addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, JSON, JSON)
            .build())
        .addMethod(MethodSpec.methodBuilder("type")
            .addAnnotation(Types.OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .returns(types)
            .addStatement("return $T.of($N.eventType())", types, HEADER)
            .build())
        .build();
  }

  private static TypeSpec.Builder record(EventsPlan plan, EventPlan event) {
    ClassName body = event.body().className();
    ClassName types = plan.types().className();
    return TypeSpec.recordBuilder(event.className())
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(plan.sealedType())
        .addJavadoc("$L", recordDoc(event))
        .recordConstructor(MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("An event of this type.\n\n@param $N not null\n@param $N not null\n", HEADER, EVENT)
            .addParameter(Types.EVENT_HEADER, HEADER)
            .addParameter(body, EVENT)
            .addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, HEADER, HEADER)
            .addStatement("$T.requireNonNull($N, $S)", Types.OBJECTS, EVENT, EVENT)
            .build())
        .addField(FieldSpec.builder(Types.STRING, "EVENT_TYPE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The event type string, {@code header.event_type}.\n")
            .initializer("$S", event.def().eventType())
            .build())
        .addMethod(MethodSpec.methodBuilder("type")
            .addAnnotation(Types.OVERRIDE)
            .addModifiers(Modifier.PUBLIC)
            .returns(types)
            .addStatement("return $T.$N", types, event.constant())
            .build());
  }

  private static String recordDoc(EventPlan event) {
    EventDef def = event.def();
    StringBuilder doc = new StringBuilder();
    doc.append(Docs.orElse(def.description(), "The event " + Docs.code(def.eventType()) + ".")).append("\n\n<ul>\n");
    doc.append("  <li>Event type: ").append(Docs.code(def.eventType())).append("\n");
    def.docUrl().ifPresent(url -> doc.append("  <li>Feishu doc: <a href=\"").append(Docs.escape(url))
        .append("\">").append(Docs.escape(url)).append("</a>\n"));
    if (!def.appTypes().isEmpty()) {
      doc.append("  <li>App types: ").append(Docs.codeList(def.appTypes())).append("\n");
    }
    if (!def.scopes().isEmpty()) {
      doc.append("  <li>Scopes (any one of): ").append(Docs.codeList(def.scopes())).append("\n");
    }
    doc.append("</ul>\n\n");
    doc.append("@param ").append(HEADER).append(" the event's header\n");
    doc.append("@param ").append(EVENT).append(" the event body ({@code event})\n");
    return doc.toString();
  }

  private static TypeSpec.Builder registry(EventsPlan plan) {
    ClassName sealed = plan.sealedType();
    ParameterizedTypeName registryType = ParameterizedTypeName.get(Types.EVENT_REGISTRY, sealed);
    CodeBlock.Builder init = CodeBlock.builder()
        .add("$T.builder(\n", Types.EVENT_REGISTRY)
        .indent().indent().indent().indent()
        .add("$T.class, $T.class, $T::new)\n", sealed, plan.unknown(), plan.unknown())
        .unindent().unindent();
    for (EventPlan event : plan.events()) {
      init.add(".add($1T.EVENT_TYPE, $1T.class,\n", event.className())
          .indent().indent()
          .add("(header, parser) -> new $T(header, $T.INSTANCE.read(parser)))\n",
              event.className(), event.body().codecName())
          .unindent().unindent();
    }
    init.add(".build()").unindent().unindent();
    return TypeSpec.classBuilder(plan.registry())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The events of $L: each event type string mapped to its record and the codec of its body.\n\n"
            + "<pre>{@code\n"
            + "EventDispatcher events = EventDispatcher.builder()\n"
            + "    .events($T.registry(), event -> System.out.println(event.type()))\n"
            + "    .build();\n"
            + "}</pre>\n", plan.serviceTitle(), plan.registry())
        .addField(FieldSpec.builder(registryType, "REGISTRY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(init.build())
            .build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("registry")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(registryType)
            .addJavadoc("The registry of every event type of the spec; immutable.\n\n"
                + "@return the registry, for {@code EventDispatcher.Builder.events}\n")
            .addStatement("return REGISTRY")
            .build());
  }
}

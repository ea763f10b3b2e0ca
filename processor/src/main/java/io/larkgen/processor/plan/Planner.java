package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.EnumValueDef;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.PaginationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.PropertyDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a validated {@link ApiDef} into a {@link ClientPlan}: packages, class and member names
 * (all through {@link JavaNames}), and the Java type of every value. The model is already checked,
 * so anything unexpected here is a bug and throws {@link IllegalStateException}.
 */
public final class Planner {
  private static final ClassName STRING = ClassName.get("java.lang", "String");
  private static final ClassName INTEGER = ClassName.get("java.lang", "Integer");
  private static final ClassName LONG = ClassName.get("java.lang", "Long");
  private static final ClassName DOUBLE = ClassName.get("java.lang", "Double");
  private static final ClassName BOOLEAN = ClassName.get("java.lang", "Boolean");
  private static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName NO_DATA = ClassName.get("io.larkgen.runtime", "NoData");
  private static final ClassName PAGE = ClassName.get("io.larkgen.runtime", "Page");
  /** The properties of a page the runtime's {@code Page} reads. */
  private static final List<String> PAGE_FIELDS = List.of("items", "has_more", "page_token");
  private static final ClassName FILE_PART = ClassName.get("io.larkgen.runtime", "FilePart");

  private final ApiDef api;
  /** Package of the entry point and the versioned service. */
  private final String entryPackage;
  /** Root of the {@code api}, {@code model} and {@code codec} packages of this spec. */
  private final String basePackage;
  /** Data schemas answered as the runtime's {@code Page}: no record or codec is written. */
  private Set<String> genericPages = Set.of();

  private Planner(ApiDef api, String entryPackage, String basePackage) {
    this.api = api;
    this.entryPackage = entryPackage;
    this.basePackage = basePackage;
  }

  /**
   * Plans the client of {@code api} below {@code basePackage}.
   *
   * @param basePackage e.g. {@code io.larkgen.hire}; empty for the unnamed package is not allowed
   */
  public static ClientPlan plan(ApiDef api, String basePackage) {
    return new Planner(api, basePackage, basePackage).plan();
  }

  /**
   * Plans the clients of several versions of one service, in the trigger's order: the first
   * below {@code basePackage} as {@link #plan(ApiDef, String)} does, each further one's {@code
   * api}, {@code model} and {@code codec} packages below {@code <basePackage>.<version>} (so
   * schema names may repeat across versions); every entry point and versioned service in {@code
   * basePackage}.
   */
  public static List<ClientPlan> plan(List<ApiDef> apis, String basePackage) {
    List<ClientPlan> plans = new ArrayList<>();
    for (int i = 0; i < apis.size(); i++) {
      ApiDef api = apis.get(i);
      String root = i == 0 ? basePackage : basePackage + "." + JavaNames.versionMember(api.service().version());
      plans.add(new Planner(api, basePackage, root).plan());
    }
    return plans;
  }

  private ClientPlan plan() {
    List<ModelPlan> models = new ArrayList<>();
    List<EnumPlan> enums = new ArrayList<>();
    Set<String> sent = sentSchemas();
    Set<String> envelopes = envelopes();
    genericPages = genericPages(envelopes);
    for (SchemaDef schema : api.schemas().values()) {
      if (schema instanceof ObjectDef object) {
        if (envelopes.contains(object.name()) || genericPages.contains(object.name())) {
          continue;
        }
        models.add(model(object, sent.contains(object.name())));
      } else if (schema instanceof EnumDef enumDef) {
        enums.add(enumPlan(enumDef));
      }
    }
    Map<String, List<OperationPlan>> byResource = new LinkedHashMap<>();
    for (OperationDef operation : api.operations()) {
      byResource.computeIfAbsent(operation.resource(), r -> new ArrayList<>()).add(operation(operation));
    }
    List<ServicePlan> services = new ArrayList<>();
    byResource.forEach(
        (resource, operations) ->
            services.add(
                new ServicePlan(
                    resource,
                    ClassName.get(apiPackage(), JavaNames.serviceType(resource)),
                    JavaNames.serviceField(resource),
                    operations)));
    String service = api.service().name();
    String version = api.service().version();
    return new ClientPlan(
        api,
        basePackage,
        ClassName.get(entryPackage, JavaNames.entryType(service)),
        ClassName.get(entryPackage, JavaNames.versionedServiceType(service, version)),
        JavaNames.versionMember(version),
        ClassName.get(apiPackage(), JavaNames.ERROR_CODES_TYPE),
        models,
        enums,
        services,
        EventPlanner.plan(api, basePackage, models));
  }

  /**
   * The response envelopes ({@code ListInterviewsEnvelope}, {@code ErrorEnvelope}): object
   * schemas no property, parameter or body refers to, whose properties are envelope fields only
   * (the code, and msg, message, data or error). The runtime reads every envelope itself with
   * the operation's data codec, so no record or codec is written for one.
   */
  private Set<String> envelopes() {
    Set<String> referenced = referencedSchemas(Set.of());
    Set<String> fields =
        Set.of(
            api.envelope().codeField(),
            api.envelope().msgField(),
            api.envelope().dataField(),
            "message",
            "error");
    Set<String> envelopes = new HashSet<>();
    for (SchemaDef schema : api.schemas().values()) {
      if (schema instanceof ObjectDef object
          && !referenced.contains(object.name())
          && object.properties().stream().allMatch(p -> fields.contains(p.jsonName()))
          && object.properties().stream()
              .anyMatch(p -> p.jsonName().equals(api.envelope().codeField()))) {
        envelopes.add(object.name());
      }
    }
    return envelopes;
  }

  /**
   * The data schemas of pageable operations that are exactly {@code items} (a list of an object
   * schema), {@code has_more} and {@code page_token}, named so by {@code x-lark-pagination} and
   * referred to by envelopes only: those operations answer the runtime's {@code Page<Item>}.
   */
  private Set<String> genericPages(Set<String> envelopes) {
    Set<String> referenced = referencedSchemas(envelopes);
    Set<String> pages = new HashSet<>();
    for (OperationDef operation : api.operations()) {
      if (operation.pagination().isEmpty() || operation.dataSchema().isEmpty()) {
        continue;
      }
      PaginationDef paging = operation.pagination().get();
      String name = operation.dataSchema().get();
      if (!(schema(name) instanceof ObjectDef data) || referenced.contains(name)) {
        continue;
      }
      Map<String, TypeRef> types = new LinkedHashMap<>();
      data.properties().forEach(p -> types.put(p.jsonName(), p.type()));
      if (types.keySet().equals(Set.copyOf(PAGE_FIELDS))
          && List.of(paging.items(), paging.hasMore(), paging.nextPageToken()).equals(PAGE_FIELDS)
          && types.get("items") instanceof TypeRef.ListOf list
          && list.element() instanceof TypeRef.Named item
          && schema(item.schemaName()) instanceof ObjectDef
          && types.get("has_more") instanceof TypeRef.Scalar more
          && more.kind() == TypeRef.ScalarKind.BOOLEAN
          && types.get("page_token") instanceof TypeRef.Scalar token
          && token.kind() == TypeRef.ScalarKind.STRING) {
        pages.add(name);
      }
    }
    return pages;
  }

  /** The schemas a parameter or a property of a schema not in {@code except} refers to. */
  private Set<String> referencedSchemas(Set<String> except) {
    Set<String> referenced = new HashSet<>();
    List<TypeRef> types = new ArrayList<>();
    for (SchemaDef schema : api.schemas().values()) {
      if (schema instanceof ObjectDef object && !except.contains(object.name())) {
        object.properties().forEach(p -> types.add(p.type()));
      }
    }
    for (OperationDef operation : api.operations()) {
      operation.parameters().forEach(p -> types.add(p.type()));
    }
    for (TypeRef type : types) {
      while (type instanceof TypeRef.ListOf list) {
        type = list.element();
      }
      if (type instanceof TypeRef.Named named) {
        referenced.add(named.schemaName());
      }
    }
    return referenced;
  }

  /** The object schemas sent in request bodies, directly or nested. */
  private Set<String> sentSchemas() {
    Set<String> sent = new HashSet<>();
    List<TypeRef> pending = new ArrayList<>();
    for (OperationDef operation : api.operations()) {
      for (ParameterDef parameter : operation.parameters()) {
        if (parameter.in() == ParameterDef.Location.BODY) {
          pending.add(parameter.type());
        }
      }
    }
    while (!pending.isEmpty()) {
      TypeRef type = pending.remove(pending.size() - 1);
      if (type instanceof TypeRef.ListOf list) {
        pending.add(list.element());
      } else if (type instanceof TypeRef.Named named
          && schema(named.schemaName()) instanceof ObjectDef object
          && sent.add(object.name())) {
        object.properties().forEach(p -> pending.add(p.type()));
      }
    }
    return sent;
  }

  private ModelPlan model(ObjectDef object, boolean sent) {
    List<FieldPlan> fields = new ArrayList<>();
    for (PropertyDef property : object.properties()) {
      String name = JavaNames.member(property.jsonName());
      ValuePlan value = modelValue(property.type());
      Optional<String> instant =
          property.type().isEpochMillis() ? Optional.of(JavaNames.instantView(name)) : Optional.empty();
      fields.add(new FieldPlan(property, name, value.javaType(), value, instant));
    }
    return new ModelPlan(object, modelClass(object.name()), codecClass(object.name()), fields, sent);
  }

  private EnumPlan enumPlan(EnumDef def) {
    List<String> constants = new ArrayList<>();
    for (EnumValueDef value : def.values()) {
      constants.add(JavaNames.enumConstant(value.varName()));
    }
    return new EnumPlan(def, modelClass(def.name()), constants);
  }

  private OperationPlan operation(OperationDef op) {
    List<ParamPlan> params = new ArrayList<>();
    for (ParameterDef parameter : op.parameters()) {
      params.add(new ParamPlan(parameter, JavaNames.member(parameter.name()), paramValue(parameter.type())));
    }
    String constant = JavaNames.operationConstant(op.operationId());
    Optional<PagingPlan> paging = op.pagination().map(p -> paging(op, p, params));
    TypeName response = op.dataSchema().<TypeName>map(this::modelClass).orElse(NO_DATA);
    Optional<CodeBlock> codec = op.dataSchema().map(d -> CodeBlock.of("$T.INSTANCE", codecClass(d)));
    if (paging.isPresent() && paging.get().genericPage()) {
      ClassName item = (ClassName) paging.get().itemType();
      response = ParameterizedTypeName.get(PAGE, item);
      codec = Optional.of(CodeBlock.of("$T.codec($T.INSTANCE)", PAGE, codecOf(item)));
    }
    return new OperationPlan(
        op,
        api.service().name() + "." + api.service().version() + "." + op.resource() + "."
            + op.methodName(),
        ClassName.get(apiPackage(), JavaNames.requestType(op.operationId())),
        response,
        codec,
        constant,
        JavaNames.method(op.methodName()),
        params,
        paging);
  }

  private PagingPlan paging(OperationDef op, PaginationDef def, List<ParamPlan> params) {
    ObjectDef owner = (ObjectDef) schema(op.dataSchema().orElseThrow());
    List<String> path = new ArrayList<>();
    List<ClassName> owners = new ArrayList<>();
    TypeRef itemsType = null;
    for (String segment : def.items().split("\\.")) {
      if (itemsType != null) {
        owner = (ObjectDef) schema(((TypeRef.Named) itemsType).schemaName());
      }
      PropertyDef property = property(owner, segment);
      path.add(JavaNames.member(segment));
      owners.add(modelClass(owner.name()));
      itemsType = property.type();
    }
    if (!(itemsType instanceof TypeRef.ListOf list)) {
      throw new IllegalStateException(op.operationId() + ": pagination items is not an array");
    }
    String pageToken =
        params.stream()
            .filter(p -> p.def().name().equals(def.pageTokenParam()))
            .map(ParamPlan::name)
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException(op.operationId() + ": no page token parameter"));
    return new PagingPlan(
        JavaNames.pagingConstant(op.operationId()),
        modelValue(list.element()).javaType(),
        path,
        owners,
        JavaNames.member(def.hasMore()),
        JavaNames.member(def.nextPageToken()),
        pageToken,
        genericPages.contains(op.dataSchema().orElseThrow()));
  }

  private ValuePlan modelValue(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return new ValuePlan.Scalar(scalar.kind(), scalarType(scalar.kind()));
    }
    if (type instanceof TypeRef.Named named) {
      return named(named.schemaName());
    }
    ValuePlan element = modelValue(((TypeRef.ListOf) type).element());
    return new ValuePlan.ListOf(element, ParameterizedTypeName.get(LIST, element.javaType()));
  }

  private ValuePlan paramValue(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar && scalar.kind().isEpochMillis()) {
      return new ValuePlan.Scalar(scalar.kind(), INSTANT);
    }
    if (type instanceof TypeRef.ListOf list) {
      ValuePlan element = paramValue(list.element());
      return new ValuePlan.ListOf(element, ParameterizedTypeName.get(LIST, element.javaType()));
    }
    return modelValue(type);
  }

  private ValuePlan named(String schemaName) {
    SchemaDef schema = schema(schemaName);
    if (schema instanceof EnumDef enumDef) {
      return new ValuePlan.Enum(modelClass(schemaName), enumDef.kind());
    }
    return new ValuePlan.Model(modelClass(schemaName), codecClass(schemaName));
  }

  private static TypeName scalarType(TypeRef.ScalarKind kind) {
    switch (kind) {
      case STRING:
      case EPOCH_MILLIS_STRING:
        return STRING;
      case INT32:
        return INTEGER;
      case INT64:
      case EPOCH_MILLIS:
        return LONG;
      case DOUBLE:
        return DOUBLE;
      case BOOLEAN:
        return BOOLEAN;
      case BINARY:
        return FILE_PART;
      default:
        throw new IllegalStateException("unmapped scalar " + kind);
    }
  }

  private SchemaDef schema(String name) {
    SchemaDef schema = api.schemas().get(name);
    if (schema == null) {
      throw new IllegalStateException("no schema " + name);
    }
    return schema;
  }

  private static PropertyDef property(ObjectDef object, String jsonName) {
    return object.properties().stream()
        .filter(p -> p.jsonName().equals(jsonName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(object.name() + ": no property " + jsonName));
  }

  private ClassName modelClass(String schemaName) {
    return ClassName.get(ClientPlan.modelPackage(basePackage), JavaNames.modelType(schemaName));
  }

  /** The codec of a model class. */
  private ClassName codecOf(ClassName model) {
    return ClassName.get(ClientPlan.codecPackage(basePackage), JavaNames.codecType(model.simpleName()));
  }

  private ClassName codecClass(String schemaName) {
    return codecOf(modelClass(schemaName));
  }

  private String apiPackage() {
    return ClientPlan.apiPackage(basePackage);
  }
}

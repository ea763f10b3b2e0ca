package io.larkgen.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.writer.Fixtures;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final ClientPlan plan = Planner.plan(Fixtures.petstore(), "com.example.pet");

  private ModelPlan model(String name) {
    return plan.models().stream().filter(m -> m.def().name().equals(name)).findFirst().orElseThrow();
  }

  private FieldPlan field(String model, String jsonName) {
    return model(model).fields().stream()
        .filter(f -> f.def().jsonName().equals(jsonName))
        .findFirst()
        .orElseThrow();
  }

  private OperationPlan operation(String id) {
    return plan.services().stream()
        .flatMap(s -> s.operations().stream())
        .filter(o -> o.def().operationId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void packagesAndEntryPointsFollowTheService() {
    assertEquals("com.example.pet.model", plan.modelPackage());
    assertEquals(ClassName.get("com.example.pet", "Pet"), plan.entryPoint());
    assertEquals(ClassName.get("com.example.pet", "PetV1"), plan.versionType());
    assertEquals("v1", plan.versionAccessor());
  }

  @Test
  void schemasKeepTheirNamesAndGetCodecs() {
    assertEquals(ClassName.get("com.example.pet.model", "Pet"), model("Pet").className());
    assertEquals(ClassName.get("com.example.pet.codec", "OwnerCodec"), model("Owner").codecName());
  }

  @Test
  void scalarsMapToBoxedTypes() {
    assertEquals(ClassName.get(String.class), field("Pet", "id").javaType());
    assertEquals(ClassName.get(Integer.class), field("Pet", "age").javaType());
    assertEquals(ClassName.get(Long.class), field("Pet", "weight_grams").javaType());
    assertEquals(ClassName.get(Double.class), field("Pet", "score").javaType());
    assertEquals(ClassName.get(Boolean.class), field("Pet", "vaccinated").javaType());
  }

  @Test
  void epochMillisKeepsTheWireTypeAndAddsAnInstantAccessor() {
    assertEquals(ClassName.get(Long.class), field("Pet", "born_time").javaType());
    assertEquals(Optional.of("bornTimeInstant"), field("Pet", "born_time").instantAccessor());
    assertEquals(ClassName.get(String.class), field("Pet", "create_time").javaType());
    assertEquals(Optional.of("createTimeInstant"), field("Pet", "create_time").instantAccessor());
    assertEquals(Optional.empty(), field("Pet", "age").instantAccessor());
  }

  @Test
  void listsEnumsAndNestedObjects() {
    assertEquals(
        ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get("com.example.pet.model", "Owner")),
        field("Pet", "friends").javaType());
    ValuePlan.Enum status = assertInstanceOf(ValuePlan.Enum.class, field("Pet", "status").value());
    assertEquals(EnumDef.Kind.INT, status.kind());
    ValuePlan.ListOf history = assertInstanceOf(ValuePlan.ListOf.class, field("Pet", "past_statuses").value());
    assertInstanceOf(ValuePlan.Enum.class, history.element());
    ValuePlan.Model owner = assertInstanceOf(ValuePlan.Model.class, field("Pet", "owner").value());
    assertEquals(ClassName.get("com.example.pet.codec", "OwnerCodec"), owner.codec());
  }

  @Test
  void keywordsGetATrailingUnderscore() {
    assertEquals("class_", field("Pet", "class").name());
  }

  @Test
  void requestParametersUseInstantForEpochMillis() {
    OperationPlan list = operation("listPets");
    ParamPlan start = list.parameter("start_time");
    assertEquals(ClassName.get(Instant.class), start.value().javaType());
    assertEquals(
        TypeRef.ScalarKind.EPOCH_MILLIS_STRING, ((ValuePlan.Scalar) start.value()).kind());
    assertEquals("pageSize", list.parameter("page_size").name());
  }

  @Test
  void operationsGetIdsConstantsAndRequestNames() {
    OperationPlan list = operation("listPets");
    assertEquals("pet.v1.pets.list", list.id());
    assertEquals("LIST_PETS", list.constant());
    assertEquals("list", list.methodName());
    assertEquals(ClassName.get("com.example.pet.api", "ListPetsRequest"), list.requestClass());
    assertEquals(
        ParameterizedTypeName.get(
            ClassName.get("io.larkgen.runtime", "Page"), ClassName.get("com.example.pet.model", "Pet")),
        list.responseClass());
    assertEquals(
        "io.larkgen.runtime.Page.codec(com.example.pet.codec.PetCodec.INSTANCE)",
        list.responseCodec().orElseThrow().toString());
    assertTrue(list.paging().orElseThrow().genericPage());
    assertEquals("com.example.pet.codec.PetCodec.INSTANCE", operation("getPet").responseCodec().orElseThrow().toString());
    assertEquals(Optional.empty(), operation("getPet").paging());
  }

  @Test
  void aPageOfItemsHasMoreAndPageTokenIsTheRuntimesPageAndGetsNoRecord() {
    assertTrue(plan.models().stream().noneMatch(m -> m.def().name().equals("ListPetsResponse")));
  }

  @Test
  void aPageWithMoreFieldsKeepsItsRecord() {
    ApiDef api = withSchema(Fixtures.petstore(), "ListPetsResponse", page -> new ObjectDef(
        page.name(), page.description(),
        Stream.concat(page.properties().stream(),
            Stream.of(Fixtures.prop("total", Fixtures.scalar(TypeRef.ScalarKind.INT32), "total"))).toList()));
    ClientPlan withTotal = Planner.plan(api, "com.example.pet");
    OperationPlan list = withTotal.services().get(0).operations().get(0);
    assertEquals(ClassName.get("com.example.pet.model", "ListPetsResponse"), list.responseClass());
    assertEquals("com.example.pet.codec.ListPetsResponseCodec.INSTANCE", list.responseCodec().orElseThrow().toString());
    assertFalse(list.paging().orElseThrow().genericPage());
    assertTrue(withTotal.models().stream().anyMatch(m -> m.def().name().equals("ListPetsResponse")));
  }

  @Test
  void envelopesGetNoRecordButAnEnvelopeShapedSchemaInUseDoes() {
    ApiDef api = withSchema(Fixtures.petstore(), "Owner", owner -> owner);
    Map<String, SchemaDef> schemas = new LinkedHashMap<>(api.schemas());
    schemas.put("ListPetsEnvelope", new ObjectDef("ListPetsEnvelope", "", List.of(
        Fixtures.prop("code", Fixtures.scalar(TypeRef.ScalarKind.INT32), ""),
        Fixtures.prop("msg", Fixtures.scalar(TypeRef.ScalarKind.STRING), ""),
        Fixtures.prop("data", Fixtures.named("ListPetsResponse"), ""))));
    schemas.put("ErrorEnvelope", new ObjectDef("ErrorEnvelope", "", List.of(
        Fixtures.prop("code", Fixtures.scalar(TypeRef.ScalarKind.INT32), ""),
        Fixtures.prop("message", Fixtures.scalar(TypeRef.ScalarKind.STRING), ""))));
    // The same shape, referred to by a property: a model users see.
    schemas.put("Status", new ObjectDef("Status", "", List.of(
        Fixtures.prop("code", Fixtures.scalar(TypeRef.ScalarKind.INT32), ""))));
    schemas.put("Owner", new ObjectDef("Owner", "", List.of(
        Fixtures.prop("name", Fixtures.scalar(TypeRef.ScalarKind.STRING), ""),
        Fixtures.prop("status", Fixtures.named("Status"), ""))));
    ClientPlan planned = Planner.plan(withSchemas(api, schemas), "com.example.pet");
    List<String> models = planned.models().stream().map(m -> m.def().name()).toList();
    assertEquals(List.of("Pet", "Owner", "Status"), models);
  }

  private static ApiDef withSchema(ApiDef api, String name, UnaryOperator<ObjectDef> change) {
    Map<String, SchemaDef> schemas = new LinkedHashMap<>(api.schemas());
    schemas.put(name, change.apply((ObjectDef) schemas.get(name)));
    return withSchemas(api, schemas);
  }

  private static ApiDef withSchemas(ApiDef api, Map<String, SchemaDef> schemas) {
    return new ApiDef(api.specPath(), api.title(), api.description(), api.service(), api.envelope(),
        api.appTypes(), api.commonErrorCodes(), api.operations(), schemas, api.events());
  }

  @Test
  void pagingNamesTheItemTypeAndAccessors() {
    PagingPlan paging = operation("listPets").paging().orElseThrow();
    assertEquals("LIST_PETS_PAGING", paging.constant());
    assertEquals((TypeName) ClassName.get("com.example.pet.model", "Pet"), paging.itemType());
    assertEquals(List.of("items"), paging.itemsPath());
    assertEquals("hasMore", paging.hasMoreAccessor());
    assertEquals("pageToken", paging.nextPageTokenAccessor());
    assertEquals("pageToken", paging.pageTokenParam());
  }

  @Test
  void servicesAreNamedAfterTheirResource() {
    ServicePlan pets = plan.services().get(0);
    assertEquals(ClassName.get("com.example.pet.api", "PetsApi"), pets.className());
    assertEquals("pets", pets.accessor());
    assertEquals(2, pets.operations().size());
  }

  @Test
  void theExtraPropertiesMemberIsReserved() {
    assertEquals(ModelPlan.EXTRA_PROPERTIES + "_", Names.memberName(ModelPlan.EXTRA_PROPERTIES));
  }
}

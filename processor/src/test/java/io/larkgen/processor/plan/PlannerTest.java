package io.larkgen.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.TypeRef;
import io.larkgen.processor.naming.Names;
import io.larkgen.processor.writer.Fixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    assertEquals(ClassName.get("com.example.pet.model", "ListPetsResponse"), model("ListPetsResponse").className());
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
    assertEquals(ClassName.get("com.example.pet.model", "ListPetsResponse"), list.responseClass());
    assertEquals(Optional.empty(), operation("getPet").paging());
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

package io.larkgen.processor.validate;

import static io.larkgen.processor.validate.MiniSpec.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The model built from inline specs, and rules not covered by the files under specs/bad. */
class ModelBuilderTest {

  private static ApiDef clean(String text) {
    LoadResult result = ModelBuilder.build("mini.yaml", text);
    assertEquals(List.of(), result.problems());
    return result.api().orElseThrow();
  }

  /** Problems as {@code CODE line:column pointer}. */
  private static List<String> problems(String text) {
    LoadResult result = ModelBuilder.build("mini.yaml", text);
    List<String> lines = new ArrayList<>();
    for (Problem p : result.problems()) {
      lines.add(p.code() + " " + p.line() + ":" + p.column() + " " + p.pointer());
    }
    if (result.problems().stream().anyMatch(Problem::isError)) {
      assertTrue(result.api().isEmpty());
    }
    return lines;
  }

  private static String firstMessage(String text) {
    return ModelBuilder.build("mini.yaml", text).problems().get(0).message();
  }

  @Test
  void mapsTheMiniSpec() {
    ApiDef api = clean(MiniSpec.VALID);
    assertEquals("mini.yaml", api.specPath());
    assertEquals("Mini", api.title());
    assertEquals("", api.description());
    assertEquals(List.of("ListPetsEnvelope", "ListPetsResponse", "GetPetEnvelope", "Pet", "Kind"),
        List.copyOf(api.schemas().keySet()));
    assertEquals(List.of("listPets", "getPet"), api.operations().stream().map(OperationDef::operationId).toList());

    OperationDef list = api.operations().get(0);
    assertEquals(Optional.of("ListPetsResponse"), list.dataSchema());
    assertEquals("listPets", list.rateLimit().orElseThrow().key());
    assertEquals(List.of("custom", "isv"), list.appTypes(), "the root app types apply");
    assertEquals(List.of("tenant_access_token"), list.tokenTypes());
    ParameterDef since = list.parameters().get(3);
    assertEquals(new TypeRef.Scalar(TypeRef.ScalarKind.EPOCH_MILLIS_STRING), since.type());
    assertEquals(Optional.of(BigDecimal.ZERO), since.constraints().minimum());
    assertTrue(since.constraints().exclusiveMinimum());
    assertFalse(since.required());
    assertEquals(new TypeRef.Named("Kind"), list.parameters().get(2).type());

    OperationDef get = api.operations().get(1);
    assertEquals("/open-apis/mini/v1/pets/{pet_id}", get.path());
    assertEquals(Optional.of("Pet"), get.dataSchema());
    assertEquals(Optional.empty(), get.pagination());
    assertEquals(Optional.empty(), get.rateLimit());
    assertEquals(ParameterDef.Location.PATH, get.parameters().get(0).in());
    assertTrue(get.parameters().get(0).required());
    assertTrue(get.parameters().get(0).constraints().isEmpty());

    ObjectDef pet = assertInstanceOf(ObjectDef.class, api.schemas().get("Pet"));
    assertEquals(List.of(
            new TypeRef.Scalar(TypeRef.ScalarKind.STRING),
            new TypeRef.Scalar(TypeRef.ScalarKind.EPOCH_MILLIS),
            new TypeRef.Scalar(TypeRef.ScalarKind.DOUBLE),
            new TypeRef.Named("Kind"),
            new TypeRef.ListOf(new TypeRef.Scalar(TypeRef.ScalarKind.STRING))),
        pet.properties().stream().map(p -> p.type()).toList());
    assertTrue(pet.properties().get(0).required());
    assertFalse(pet.properties().get(1).required());
    EnumDef kind = assertInstanceOf(EnumDef.class, api.schemas().get("Kind"));
    assertEquals("DOG", kind.values().get(1).varName());
    assertEquals("狗", kind.values().get(1).description());
    assertEquals("Dog", kind.values().get(1).descriptionEn());
  }

  @Test
  void operationAppTypesOverrideTheRoot() {
    ApiDef api = clean(with("      x-lark-method: get\n", "      x-lark-method: get\n      x-lark-app-types: [custom]\n"));
    assertEquals(List.of("custom"), api.operations().get(1).appTypes());
    assertEquals(List.of("custom", "isv"), api.operations().get(0).appTypes());
  }

  @Test
  void rateLimitKeyAndParameterRefsAndPathLevelParameters() {
    String text = with("        requests-per-second: 5\n", "        requests-per-second: 5\n        key: pets\n");
    text = MiniSpec.edit(text,
        "    get:\n      tags: [pets]\n      operationId: getPet\n",
        "    parameters:\n      - $ref: '#/components/parameters/PetId'\n    get:\n      tags: [pets]\n      operationId: getPet\n");
    text = MiniSpec.edit(text,
        "      parameters:\n        - name: pet_id\n          in: path\n          required: true\n          schema:\n            type: string\n",
        "");
    text = MiniSpec.edit(text, "  schemas:\n",
        "  parameters:\n    PetId:\n      name: pet_id\n      in: path\n      required: true\n      schema:\n        type: string\n  schemas:\n");
    ApiDef api = clean(text);
    assertEquals("pets", api.operations().get(0).rateLimit().orElseThrow().key());
    assertEquals("pet_id", api.operations().get(1).parameters().get(0).name());
  }

  @Test
  void jsonSpecsWork() throws Exception {
    Object tree = new Yaml().load(MiniSpec.VALID);
    String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    assertEquals(2, clean(json).operations().size());
    String broken = MiniSpec.edit(json, "\"type\" : \"number\"", "\"type\" : \"numbr\"");
    List<String> found = problems(broken);
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).startsWith("UNKNOWN_TYPE "), found.get(0));
    assertTrue(found.get(0).endsWith(" #/components/schemas/Pet/properties/weight/type"), found.get(0));
    int line = Integer.parseInt(found.get(0).split(" ")[1].split(":")[0]);
    assertTrue(json.lines().skip(line - 1).findFirst().orElseThrow().contains("\"numbr\"")
        || broken.lines().skip(line - 1).findFirst().orElseThrow().contains("\"numbr\""));
  }

  @Test
  void swaggerTwoAndNonMappingsAreNotOpenApi3() {
    assertEquals(List.of("NOT_OPENAPI_3 1:1 #/openapi"), problems("swagger: '2.0'\ninfo: {title: x, version: '1'}\n"));
    assertEquals(List.of("NOT_OPENAPI_3 1:1 #"), problems("- a\n- b\n"));
    assertEquals(List.of("NOT_OPENAPI_3 1:10 #/openapi"), problems(with("openapi: 3.0.3\n", "openapi: 3.0\n")));
  }

  private static final String PET_KIND = "        kind:\n          $ref: '#/components/schemas/Kind'\n";

  @Test
  void externalAndMalformedRefs() {
    assertEquals(List.of("UNRESOLVED_REF 129:17 #/components/schemas/Pet/properties/kind/$ref"),
        problems(with(PET_KIND, "        kind:\n          $ref: 'other.yaml#/Kind'\n")));
    assertTrue(firstMessage(with(PET_KIND, "        kind:\n          $ref: 'other.yaml#/Kind'\n"))
        .startsWith("'other.yaml#/Kind' is not a local reference"));
    assertEquals(List.of("UNRESOLVED_REF 129:17 #/components/schemas/Pet/properties/kind/$ref"),
        problems(with(PET_KIND, "        kind:\n          $ref: '#/components/responses/Kind'\n")));
  }

  @Test
  void namesThatCannotBeEscapedAreJavaKeywordProblems() {
    List<String> shadow = problems(with("    Kind:\n      type: integer\n", "    String:\n      type: object\n    Kind:\n      type: integer\n"));
    assertEquals(List.of("JAVA_KEYWORD 134:5 #/components/schemas/String"), shadow);
    assertEquals(List.of("JAVA_KEYWORD 21:22 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-method"),
        problems(with("      x-lark-method: list\n", "      x-lark-method: toString\n")));
  }

  @Test
  void namesTheWritersEscapeAreFine() {
    ApiDef api = clean(with("        weight:\n",
        "        class:\n          type: string\n        hash_code:\n          type: string\n        weight:\n"));
    assertEquals("class", ((ObjectDef) api.schemas().get("Pet")).properties().get(2).jsonName());
    assertEquals("hash_code", ((ObjectDef) api.schemas().get("Pet")).properties().get(3).jsonName());
    assertEquals("interview_extend", clean(with("    Kind:\n", "    interview_extend:\n      type: object\n    Kind:\n"))
        .schemas().keySet().stream().filter(n -> n.startsWith("interview")).findFirst().orElseThrow());
  }

  @Test
  void escapedAndDerivedMemberNamesClash() {
    assertEquals(List.of("JAVA_NAME_CLASH 127:9 #/components/schemas/Pet/properties/hash_code_"),
        problems(with("        weight:\n",
            "        hash_code:\n          type: string\n        hash_code_:\n          type: string\n        weight:\n")));
    assertEquals(List.of("JAVA_NAME_CLASH 125:9 #/components/schemas/Pet/properties/begin_time_instant"),
        problems(with("        weight:\n", "        begin_time_instant:\n          type: string\n        weight:\n")));
    assertTrue(firstMessage(with("        weight:\n", "        begin_time_instant:\n          type: string\n        weight:\n"))
        .startsWith("property 'begin_time_instant' and the Instant view of property 'begin_time' both become 'beginTimeInstant'"));
    assertEquals(List.of("JAVA_NAME_CLASH 136:5 #/components/schemas/Interview_Extend"),
        problems(with("    Kind:\n", "    interview_extend:\n      type: object\n    Interview_Extend:\n      type: object\n    Kind:\n")));
  }

  @Test
  void methodAndResourceClashes() {
    assertEquals(List.of("JAVA_NAME_CLASH 66:22 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/x-lark-method"),
        problems(with("      x-lark-method: get\n", "      x-lark-method: listAll\n")));
    assertEquals(List.of("JAVA_NAME_CLASH 64:14 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/tags/0"),
        problems(with("      tags: [pets]\n      operationId: getPet\n", "      tags: [Pets]\n      operationId: getPet\n")));
    assertEquals(List.of("JAVA_NAME_CLASH 65:20 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/operationId"),
        problems(with("      operationId: getPet\n", "      operationId: list_pets\n")));
    assertEquals(List.of("JAVA_NAME_CLASH 134:5 #/components/schemas/PET"),
        problems(with("    Kind:\n", "    PET:\n      type: object\n    Kind:\n")));
  }

  @Test
  void methodsClashByTheNameTheServiceClassGets() {
    // getByID is written as getById, the method another operation of the resource has.
    String text = MiniSpec.edit(with("      x-lark-method: list\n", "      x-lark-method: getById\n"),
        "      x-lark-method: get\n", "      x-lark-method: getByID\n");
    assertEquals(List.of("JAVA_NAME_CLASH 66:22 #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/x-lark-method"),
        problems(text));
    assertTrue(firstMessage(text).startsWith("method 'getById' of resource 'pets' is generated for both"),
        firstMessage(text));
  }

  @Test
  void constraintsMustFitTheirType() {
    assertEquals(List.of("BAD_CONSTRAINT 54:31 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/3/schema/exclusiveMinimum"),
        problems(with("            exclusiveMinimum: true\n", "            exclusiveMinimum: 0\n")));
    assertEquals(List.of("BAD_CONSTRAINT 44:23 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/1/schema/maxItems"),
        problems(with("          schema:\n            type: string\n        - name: kind\n",
            "          schema:\n            type: string\n            maxItems: 3\n        - name: kind\n")));
    assertEquals(List.of("BAD_CONSTRAINT 38:22 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/0/schema/default"),
        problems(with("            default: 10\n", "            default: ten\n")));
    assertEquals(List.of("BAD_CONSTRAINT 38:22 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/0/schema/default"),
        problems(with("            default: 10\n", "            default: 101\n")));
  }

  @Test
  void paginationFieldsMustHaveTheRightTypes() {
    assertEquals(List.of("BAD_EXTENSION 28:19 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-pagination/has-more"),
        problems(with("        has-more: has_more\n", "        has-more: page_token\n")));
    assertEquals(List.of("BAD_EXTENSION 26:26 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-pagination/page-size-param"),
        problems(with("        page-size-param: page_size\n", "        page-size-param: since\n")));
    assertEquals(List.of("BAD_EXTENSION 24:9 #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-rate-limit/per-second"),
        problems(with("        requests-per-second: 5\n", "        requests-per-second: 5\n        per-second: 5\n")));
  }

  @Test
  void extensionsInTheWrongPlaceAreWarnings() {
    LoadResult result = ModelBuilder.build("mini.yaml",
        with("    Pet:\n      type: object\n", "    Pet:\n      type: object\n      x-lark-method: list\n"));
    assertEquals(1, result.problems().size());
    assertEquals("UNKNOWN_EXTENSION", result.problems().get(0).code().name());
    assertTrue(result.problems().get(0).message().contains("it belongs on an operation"));
    assertTrue(result.api().isPresent());
  }

  @Test
  void enumDefaultsMustBeEnumValues() {
    assertEquals(List.of("BAD_CONSTRAINT 48:22 #/paths/~1open-apis~1mini~1v1~1pets/get/parameters/2/schema/default"),
        problems(with("            $ref: '#/components/schemas/Kind'\n        - name: since\n",
            "            $ref: '#/components/schemas/Kind'\n            default: 3\n        - name: since\n")));
  }

  @Test
  void stringEnumValuesMustBeStrings() {
    String text = with("      type: integer\n      format: int32\n      enum: [1, 2]\n", "      type: string\n      enum: [cat, 2]\n");
    assertEquals(List.of("ENUM_VALUE_TYPE 136:19 #/components/schemas/Kind/enum/1"), problems(text));
    assertTrue(firstMessage(text).contains("quote it: \"2\""));
  }
}

package io.larkgen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.TypeRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The extensions the doc importer writes ({@code x-lark-doc}, {@code x-lark-deprecation}, {@code
 * x-lark-idempotency-key}, {@code x-lark-events}, {@code x-lark-max-bytes}, {@code
 * x-lark-field-scopes}, an operation's own {@code x-lark-envelope}) are read and checked, and an
 * operation the generator cannot write yet is skipped with {@link ProblemCode#SKIPPED_OPERATION}.
 */
class ImportedExtensionsTest {

  private static final String GET_PET_METHOD = "      x-lark-method: get\n";
  private static final String LIST_PETS_METHOD = "      x-lark-method: list\n";
  private static final String DOC =
      "      x-lark-doc:\n"
          + "        file: mini-v1/pet/get.md\n"
          + "        full-path: /mini/pet/get\n"
          + "        update-time: 1730692707000\n"
          + "        url: https://open.feishu.cn/document/mini/pet/get\n";
  private static final String PET_ID_PROPERTY = "        id:\n          type: string\n";

  private static LoadResult load(String text) {
    return ModelBuilder.build("mini.yaml", text);
  }

  private static List<String> problems(LoadResult result) {
    return result.problems().stream().map(p -> p.code() + " " + p.pointer()).toList();
  }

  private static List<String> operationIds(LoadResult result) {
    return result.api().orElseThrow().operations().stream().map(OperationDef::operationId).toList();
  }

  @Test
  void importedExtensionsInTheirPlacesGiveNoProblem() {
    String text = MiniSpec.with(GET_PET_METHOD, GET_PET_METHOD + DOC
        + "      deprecated: true\n"
        + "      x-lark-deprecation:\n"
        + "        note: use listPets\n"
        + "        replacement: listPets\n");
    text = MiniSpec.edit(text, PET_ID_PROPERTY, "        id:\n          type: string\n"
        + "          x-lark-field-scopes: [mini:pet:readonly]\n");
    text = MiniSpec.edit(text, "  schemas:\n", "  schemas:\n"
        + "    PetCreatedEvent:\n"
        + "      type: object\n"
        + "      properties:\n"
        + "        pet_id:\n"
        + "          type: string\n");
    text = MiniSpec.edit(text, "paths:\n", "x-lark-events:\n"
        + "  - event-type: mini.pet.created_v1\n"
        + "    schema: PetCreatedEvent\n"
        + "    app-types: [custom]\n"
        + "    scopes: [mini:pet:readonly]\n"
        + "    doc:\n"
        + "      file: mini-v1/pet/events/created.md\n"
        + "      full-path: /mini/pet/events/created\n"
        + "      url: https://open.feishu.cn/document/mini/pet/events/created\n"
        + "paths:\n");
    LoadResult result = load(text);
    assertEquals(List.of(), problems(result));
    assertEquals(List.of("listPets", "getPet"), operationIds(result));
  }

  @Test
  void malformedDocLinkIsAnError() {
    LoadResult result = load(MiniSpec.with(GET_PET_METHOD,
        GET_PET_METHOD + DOC.replace("url: https://", "url: http://")));
    assertEquals(
        List.of("BAD_EXTENSION #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/x-lark-doc/url"),
        problems(result));
  }

  @Test
  void deprecationNoteWithoutDeprecatedIsAnError() {
    LoadResult result = load(MiniSpec.with(GET_PET_METHOD,
        GET_PET_METHOD + "      x-lark-deprecation:\n        note: gone\n"));
    assertEquals(
        List.of("BAD_EXTENSION #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/x-lark-deprecation"),
        problems(result));
  }

  @Test
  void idempotencyKeyNeedsABodyProperty() {
    LoadResult result = load(MiniSpec.with(GET_PET_METHOD,
        GET_PET_METHOD + "      x-lark-idempotency-key: external_id\n"));
    assertEquals(
        List.of("BAD_EXTENSION #/paths/~1open-apis~1mini~1v1~1pets~1{pet_id}/get/x-lark-idempotency-key"),
        problems(result));
    assertTrue(result.problems().get(0).message().contains("without a JSON request body"));
  }

  @Test
  void eventNamingAMissingSchemaIsAnError() {
    LoadResult result = load(MiniSpec.with("paths:\n",
        "x-lark-events:\n  - event-type: mini.pet.created_v1\n    schema: PetCreated\n" + "paths:\n"));
    assertEquals(List.of("BAD_EXTENSION #/x-lark-events/0/schema"), problems(result));
  }

  @Test
  void piiIsABooleanOnAProperty() {
    LoadResult marked = load(MiniSpec.with(PET_ID_PROPERTY,
        "        id:\n          type: string\n          x-lark-pii: true\n"));
    assertEquals(List.of(), problems(marked));
    assertTrue(marked.api().orElseThrow().schemas().values().stream()
        .filter(s -> s instanceof ObjectDef)
        .flatMap(s -> ((ObjectDef) s).properties().stream())
        .anyMatch(p -> p.jsonName().equals("id") && p.pii()));
    LoadResult text = load(MiniSpec.with(PET_ID_PROPERTY,
        "        id:\n          type: string\n          x-lark-pii: \"yes\"\n"));
    assertEquals(List.of("BAD_EXTENSION #/components/schemas/Pet/properties/id/x-lark-pii"), problems(text));
    assertTrue(text.problems().get(0).message().contains("x-lark-pii must be true or false"),
        text.problems().get(0).message());
    LoadResult besideRef = load(MiniSpec.edit(MiniSpec.with(PET_ID_PROPERTY, PET_ID_PROPERTY),
        "        kind:\n          $ref: '#/components/schemas/Kind'\n",
        "        kind:\n          $ref: '#/components/schemas/Kind'\n"
            + "          x-lark-pii: true\n"));
    assertEquals(List.of("BAD_EXTENSION #/components/schemas/Pet/properties/kind/x-lark-pii"),
        problems(besideRef));
  }

  @Test
  void maxBytesMustBePositive() {
    LoadResult result = load(MiniSpec.with(PET_ID_PROPERTY,
        "        id:\n          type: string\n          x-lark-max-bytes: 0\n"));
    assertEquals(List.of("BAD_EXTENSION #/components/schemas/Pet/properties/id/x-lark-max-bytes"), problems(result));
  }

  @Test
  void extensionOutOfPlaceIsAWarning() {
    LoadResult result = load(MiniSpec.with("    Kind:\n", "    Kind:\n      x-lark-max-bytes: 10\n"));
    List<Problem> problems = result.problems();
    assertEquals(List.of("UNKNOWN_EXTENSION #/components/schemas/Kind/x-lark-max-bytes"), problems(result));
    assertFalse(problems.get(0).isError());
  }

  @Test
  void operationEnvelopeRenamesMsg() {
    String getPetEnvelope = "    GetPetEnvelope:\n      type: object\n      properties:\n        code:\n          type: integer\n        msg:\n";
    String renamed = MiniSpec.with(getPetEnvelope, getPetEnvelope.replace("msg:", "message:"));
    assertEquals(
        List.of("BAD_ENVELOPE #/components/schemas/GetPetEnvelope/properties/msg"),
        problems(load(renamed)));
    LoadResult result = load(MiniSpec.edit(renamed, GET_PET_METHOD, GET_PET_METHOD + "      x-lark-envelope:\n        msg: message\n"));
    assertEquals(List.of(), problems(result));
    assertEquals(List.of("listPets", "getPet"), operationIds(result));
  }

  @Test
  void envelopeWithoutDataIsAnOperationWithoutDataSchema() {
    LoadResult result = load(MiniSpec.with(
        "        data:\n          $ref: '#/components/schemas/Pet'\n", ""));
    assertEquals(List.of(), problems(result));
    assertEquals(List.of("listPets", "getPet"), operationIds(result));
    List<OperationDef> operations = result.api().orElseThrow().operations();
    assertEquals(Optional.of("ListPetsResponse"), operations.get(0).dataSchema());
    assertEquals(Optional.empty(), operations.get(1).dataSchema());
  }

  @Test
  void paginationNeedsTheEnvelopesData() {
    LoadResult result = load(MiniSpec.with(
        "    ListPetsEnvelope:\n      type: object\n      properties:\n        code:\n          type: integer\n"
            + "        msg:\n          type: string\n        data:\n          $ref: '#/components/schemas/ListPetsResponse'\n",
        "    ListPetsEnvelope:\n      type: object\n      properties:\n        code:\n          type: integer\n"
            + "        msg:\n          type: string\n"));
    assertEquals(List.of("BAD_EXTENSION #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-pagination"), problems(result));
  }

  @Test
  void stringPageSizeIsReadAsAnIntegerKeepingItsBounds() {
    LoadResult result = load(MiniSpec.with(
        "            type: integer\n            default: 10\n            maximum: 100\n",
        "            type: string\n            maxLength: 3\n            maximum: 100\n"));
    assertEquals(List.of(), problems(result));
    assertEquals(List.of("listPets", "getPet"), operationIds(result));
    ParameterDef pageSize = result.api().orElseThrow().operations().get(0).parameters().get(0);
    assertEquals("page_size", pageSize.name());
    assertEquals(new TypeRef.Scalar(TypeRef.ScalarKind.INT32), pageSize.type());
    assertEquals(Optional.of(new java.math.BigDecimal("100")), pageSize.constraints().maximum());
    assertEquals(java.util.OptionalInt.empty(), pageSize.constraints().maxLength(), "a length does not apply to a number");
  }

  @Test
  void itemsBelowDataAreADottedPathToAnArray() {
    LoadResult result = load(MiniSpec.with("        items: items\n", "        items: page.entries\n")
        .replace("        items:\n          type: array\n          items:\n"
                + "            $ref: '#/components/schemas/Pet'\n",
            "        page:\n          $ref: '#/components/schemas/PetPage'\n")
        .replace("    Pet:\n", "    PetPage:\n      type: object\n      properties:\n        entries:\n"
            + "          type: array\n          items:\n            $ref: '#/components/schemas/Pet'\n    Pet:\n"));
    assertEquals(List.of(), problems(result));
    assertEquals("page.entries", result.api().orElseThrow().operations().get(0).pagination().orElseThrow().items());
  }

  @Test
  void itemsPathThatStopsResolvingNamesThePointer() {
    LoadResult missing = load(MiniSpec.with("        items: items\n", "        items: items.entries\n"));
    assertEquals(List.of("BAD_PAGINATION_ITEMS #/paths/~1open-apis~1mini~1v1~1pets/get/x-lark-pagination/items"),
        problems(missing));
    assertTrue(missing.problems().get(0).message().contains(
        "items 'items.entries' does not resolve: #/components/schemas/ListPetsResponse/properties/items is an array,"
            + " not an object to look into"), missing.problems().get(0).message());
    LoadResult notArray = load(MiniSpec.with("        items: items\n", "        items: page_token\n"));
    assertTrue(notArray.problems().get(0).message().contains(
        "items 'page_token' does not resolve to an array: #/components/schemas/ListPetsResponse/properties/page_token"
            + " is a string"), notArray.problems().get(0).message());
  }

  private static String uploadSpec(String formProperties) {
    String text = MiniSpec.with("  /open-apis/mini/v1/pets/{pet_id}:\n",
        "  /open-apis/mini/v1/attachments:\n"
            + "    post:\n"
            + "      tags: [attachments]\n"
            + "      operationId: createAttachment\n"
            + "      x-lark-method: create\n"
            + "      requestBody:\n"
            + "        required: true\n"
            + "        content:\n"
            + "          multipart/form-data:\n"
            + "            schema:\n"
            + "              $ref: '#/components/schemas/CreateAttachmentRequestBody'\n"
            + "      responses:\n"
            + "        '200':\n"
            + "          description: ok\n"
            + "          content:\n"
            + "            application/json:\n"
            + "              schema:\n"
            + "                $ref: '#/components/schemas/GetPetEnvelope'\n"
            + "  /open-apis/mini/v1/pets/{pet_id}:\n");
    return MiniSpec.edit(text, "  schemas:\n",
        "  schemas:\n"
            + "    CreateAttachmentRequestBody:\n"
            + "      type: object\n"
            + "      required: [content]\n"
            + "      properties:\n"
            + "        content:\n"
            + "          type: string\n"
            + "          format: binary\n"
            + "          x-lark-max-bytes: 314572800\n"
            + formProperties);
  }

  @Test
  void multipartUploadFieldsAreFormParametersAndTheFormIsNoModel() {
    LoadResult result = load(uploadSpec("        note:\n          type: string\n"));
    assertEquals(List.of(), problems(result));
    assertEquals(List.of("listPets", "createAttachment", "getPet"), operationIds(result));
    assertFalse(result.api().orElseThrow().schemas().containsKey("CreateAttachmentRequestBody"));
    List<ParameterDef> fields = result.api().orElseThrow().operations().get(1).parameters();
    assertEquals(List.of("content", "note"), fields.stream().map(ParameterDef::name).toList());
    assertTrue(fields.stream().allMatch(f -> f.in() == ParameterDef.Location.FORM));
    assertEquals(new TypeRef.Scalar(TypeRef.ScalarKind.BINARY), fields.get(0).type());
    assertEquals(java.util.OptionalLong.of(314572800), fields.get(0).constraints().maxBytes());
    assertEquals(List.of(true, false), fields.stream().map(ParameterDef::required).toList());
  }

  @Test
  void aFormWithAnArrayFieldSkipsTheOperation() {
    LoadResult result = load(uploadSpec("        labels:\n          type: array\n          items:\n            type: string\n"));
    assertSkipped(result, "createAttachment", "its form field 'labels' is an array");
    assertEquals(List.of("listPets", "getPet"), operationIds(result));
  }

  private static void assertSkipped(LoadResult result, String operationId, String reason) {
    List<Problem> problems = result.problems();
    assertEquals(1, problems.size(), () -> problems(result).toString());
    Problem skipped = problems.get(0);
    assertEquals(ProblemCode.SKIPPED_OPERATION, skipped.code());
    assertFalse(skipped.isError());
    assertTrue(skipped.message().contains("operation " + operationId + " is not generated"), skipped.message());
    assertTrue(skipped.message().contains(reason), skipped.message());
  }
}

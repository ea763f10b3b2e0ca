package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.VideoType;
import io.larkgen.runtime.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's own ObjectMapper with {@link HireJacksonModule} reads and writes the generated records
 * and enums as the codecs do: the models carry no Jackson annotations, the module is the one
 * mapping.
 */
class ObjectMapperTest {

  @Test
  void objectMapperReadsTheSameValueAsTheCodec() throws Exception {
    String data = Json.seedData("list-interviews.json");
    Page<Interview> viaCodec = Json.decode(Json.INTERVIEWS_PAGE, data);
    List<Interview> viaMapper = new ArrayList<>();
    for (JsonNode item : Json.MAPPER.readTree(data).get("items")) {
      viaMapper.add(Json.MAPPER.treeToValue(item, Interview.class));
    }
    assertEquals(viaCodec.items(), viaMapper);
    assertSame(Conclusion.PASS, viaMapper.get(0).interviewRecordList().get(0).conclusion());
  }

  @Test
  void objectMapperWritesWhatTheCodecWrites() throws Exception {
    String data = Json.seedData("list-interviews.json");
    for (Interview interview : Json.decode(Json.INTERVIEWS_PAGE, data).items()) {
      assertEquals(Json.encode(InterviewCodec.INSTANCE, interview), Json.MAPPER.writeValueAsString(interview));
    }
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBack() throws Exception {
    String json = "{\"id\":\"1\",\"surprise\":{\"a\":[1,2]}}";
    Interview interview = Json.MAPPER.readValue(json, Interview.class);
    assertEquals("1", interview.id());
    assertEquals(0, interview.interviewRecordList().size());
    assertEquals(Map.of("a", List.of(1L, 2L)), interview.extraProperties().get("surprise"));
    assertEquals(json, Json.MAPPER.writeValueAsString(interview));
  }

  @Test
  void modelsInsideGenericTypesAndTreesUseTheModule() throws Exception {
    List<Interview> list =
        Json.MAPPER.readValue(
            "[{\"id\":\"1\",\"video_type\":55},null]", new TypeReference<List<Interview>>() {});
    assertEquals("1", list.get(0).id());
    VideoType unknown = list.get(0).videoType();
    assertEquals(55, unknown.code());
    assertNull(list.get(1));
    JsonNode tree = Json.MAPPER.valueToTree(list.get(0));
    assertEquals(55, tree.get("video_type").intValue());
    assertEquals(list.get(0), Json.MAPPER.treeToValue(tree, Interview.class));
  }

  @Test
  void knownEnumConstantsWriteTheirWireValue() throws Exception {
    // Conclusion.PASS is a constant of the nested enum Conclusion.Known: the module's
    // serializer of the interface covers it, so it is not written as its Java name.
    assertEquals(String.valueOf(Conclusion.PASS.code()), Json.MAPPER.writeValueAsString(Conclusion.PASS));
    assertEquals(
        "{\"conclusion\":" + Conclusion.PASS.code() + "}",
        Json.MAPPER.writeValueAsString(Map.of("conclusion", Conclusion.PASS)));
  }
}

package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.Interview;
import io.larkgen.runtime.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated records work with a user's own ObjectMapper, no codec involved. */
class ObjectMapperTest {

  @Test
  void plainObjectMapperReadsTheSameValueAsTheCodec() throws Exception {
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
  void objectMapperIgnoresUnknownFields() throws Exception {
    Interview interview =
        Json.MAPPER.readValue("{\"id\":\"1\",\"surprise\":1}", Interview.class);
    assertEquals("1", interview.id());
    assertEquals(0, interview.interviewRecordList().size());
  }
}

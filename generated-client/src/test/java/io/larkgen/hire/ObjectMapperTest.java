package io.larkgen.hire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.larkgen.hire.codec.ListInterviewsResponseCodec;
import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.ListInterviewsResponse;
import org.junit.jupiter.api.Test;

/** The generated records work with a user's own ObjectMapper, no codec involved. */
class ObjectMapperTest {

  @Test
  void plainObjectMapperReadsTheSameValueAsTheCodec() throws Exception {
    String data = Json.seedData("list-interviews.json");
    ListInterviewsResponse viaMapper = Json.MAPPER.readValue(data, ListInterviewsResponse.class);
    ListInterviewsResponse viaCodec = Json.decode(ListInterviewsResponseCodec.INSTANCE, data);
    assertEquals(viaCodec, viaMapper);
    assertSame(Conclusion.PASS, viaMapper.items().get(0).interviewRecordList().get(0).conclusion());
  }

  @Test
  void objectMapperIgnoresUnknownFields() throws Exception {
    ListInterviewsResponse page =
        Json.MAPPER.readValue("{\"has_more\":false,\"surprise\":1}", ListInterviewsResponse.class);
    assertEquals(false, page.hasMore());
    assertEquals(0, page.items().size());
  }
}

package io.larkgen.hire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.runtime.Page;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonReader;
import io.larkgen.runtime.json.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test helpers: decode and encode through generated codecs, read seed resources. */
final class Json {
  /** A plain mapper with the generated module: how a user reads and writes the models. */
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new HireJacksonModule());
  /** The data codec of {@code listInterviews}: the runtime's page of generated interviews. */
  static final JsonCodec<Page<Interview>> INTERVIEWS_PAGE = Page.codec(InterviewCodec.INSTANCE);
  /** The data codec of {@code listInterviewRecords}. */
  static final JsonCodec<Page<InterviewRecord>> RECORDS_PAGE =
      Page.codec(InterviewRecordCodec.INSTANCE);
  private static final JsonFactory FACTORY = new JsonFactory();

  private Json() {}

  static <T> T decode(JsonReader<T> reader, String json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      T value = reader.read(parser);
      if (parser.nextToken() != null) {
        throw new IllegalStateException("trailing content after the value");
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> String encode(JsonWriter<T> writer, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      writer.write(value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code data} object of a seed page's example response, as JSON text. */
  static String seedData(String name) {
    try (InputStream in = Json.class.getResourceAsStream("/seeds/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /seeds/" + name);
      }
      return MAPPER.writeValueAsString(MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("data"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package com.example.files;

import com.example.files.codec.CreateAttachmentResponseCodec;
import com.example.files.model.AttachmentKind;
import com.example.files.model.CreateAttachmentResponse;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonReader;
import io.larkgen.runtime.json.JsonValues;
import io.larkgen.runtime.json.JsonWriter;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Jackson databind support for the records and enums of {@link Files}, every version: one
 * serializer and deserializer per type, backed by its streaming codec, so that an
 * {@code ObjectMapper} reads and writes the same JSON as the client (unknown fields
 * kept in {@code extraProperties}, unknown enum values as {@code Unknown}).
 *
 * <p>Register it once: {@code mapper.registerModule(new FilesJacksonModule())}. It is the only
 * generated type that needs jackson-databind, an optional dependency of the client.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/upload-v1.yaml"
)
@GeneratedClient
public final class FilesJacksonModule extends Module {
  private final SimpleSerializers serializers = new SimpleSerializers();

  private final SimpleDeserializers deserializers = new SimpleDeserializers();

  /**
   * The serializers and deserializers of every record and enum of {@link Files}.
   */
  public FilesJacksonModule() {
    add(CreateAttachmentResponse.class, CreateAttachmentResponseCodec.INSTANCE);
    add(AttachmentKind.class, p -> JsonValues.readStringEnum(p, AttachmentKind::of),
        (e, g) -> g.writeString(e.value()));
  }

  private <T> void add(Class<T> type, JsonCodec<T> codec) {
    add(type, codec, codec);
  }

  private <T> void add(Class<T> type, JsonReader<T> reader, JsonWriter<T> writer) {
    serializers.addSerializer(type, new CodecSerializer<>(writer));
    deserializers.addDeserializer(type, new CodecDeserializer<>(reader));
  }

  @Override
  public String getModuleName() {
    return "FilesJacksonModule";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(Module.SetupContext context) {
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static final class CodecSerializer<T> extends JsonSerializer<T> {
    private final JsonWriter<T> writer;

    CodecSerializer(JsonWriter<T> writer) {
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws
        IOException {
      writer.write(value, generator);
    }
  }

  private static final class CodecDeserializer<T> extends JsonDeserializer<T> {
    private final JsonReader<T> reader;

    CodecDeserializer(JsonReader<T> reader) {
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return reader.read(parser);
    }
  }
}

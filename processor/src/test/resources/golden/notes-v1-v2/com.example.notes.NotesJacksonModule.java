package com.example.notes;

import com.example.notes.codec.CreateNoteRequestBodyCodec;
import com.example.notes.codec.CreateNoteResponseCodec;
import com.example.notes.codec.DeleteNoteResponseCodec;
import com.example.notes.codec.EventHeaderCodec;
import com.example.notes.codec.MentionCodec;
import com.example.notes.codec.NoteCodec;
import com.example.notes.codec.NoteCreatedV1EventBodyCodec;
import com.example.notes.codec.NoteCreatedV1EventCodec;
import com.example.notes.codec.NoteDeletedV1EventBodyCodec;
import com.example.notes.codec.NoteDeletedV1EventCodec;
import com.example.notes.codec.ReminderCodec;
import com.example.notes.codec.UpdateNoteRequestBodyCodec;
import com.example.notes.codec.UpdateNoteResponseCodec;
import com.example.notes.events.NotesEventType;
import com.example.notes.model.CreateNoteRequestBody;
import com.example.notes.model.CreateNoteResponse;
import com.example.notes.model.DeleteNoteResponse;
import com.example.notes.model.EventHeader;
import com.example.notes.model.Mention;
import com.example.notes.model.Note;
import com.example.notes.model.NoteCreatedV1Event;
import com.example.notes.model.NoteCreatedV1EventBody;
import com.example.notes.model.NoteDeletedV1Event;
import com.example.notes.model.NoteDeletedV1EventBody;
import com.example.notes.model.NotePrivacy;
import com.example.notes.model.Reminder;
import com.example.notes.model.UpdateNoteRequestBody;
import com.example.notes.model.UpdateNoteResponse;
import com.example.notes.v2.codec.GetNoteResponseCodec;
import com.example.notes.v2.model.GetNoteResponse;
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
 * Jackson databind support for the records and enums of {@link Notes}, every version: one
 * serializer and deserializer per type, backed by its streaming codec, so that an
 * {@code ObjectMapper} reads and writes the same JSON as the client (unknown fields
 * kept in {@code extraProperties}, unknown enum values as {@code Unknown}).
 *
 * <p>Register it once: {@code mapper.registerModule(new NotesJacksonModule())}. It is the only
 * generated type that needs jackson-databind, an optional dependency of the client.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/notes-v1.yaml, specs/good/notes-v2.yaml"
)
@GeneratedClient
public final class NotesJacksonModule extends Module {
  private final SimpleSerializers serializers = new SimpleSerializers();

  private final SimpleDeserializers deserializers = new SimpleDeserializers();

  /**
   * The serializers and deserializers of every record and enum of {@link Notes}.
   */
  public NotesJacksonModule() {
    add(CreateNoteRequestBody.class, CreateNoteRequestBodyCodec.INSTANCE);
    add(UpdateNoteRequestBody.class, UpdateNoteRequestBodyCodec.INSTANCE);
    add(Mention.class, MentionCodec.INSTANCE);
    add(Reminder.class, ReminderCodec.INSTANCE);
    add(Note.class, NoteCodec.INSTANCE);
    add(CreateNoteResponse.class, CreateNoteResponseCodec.INSTANCE);
    add(UpdateNoteResponse.class, UpdateNoteResponseCodec.INSTANCE);
    add(DeleteNoteResponse.class, DeleteNoteResponseCodec.INSTANCE);
    add(EventHeader.class, EventHeaderCodec.INSTANCE);
    add(NoteCreatedV1Event.class, NoteCreatedV1EventCodec.INSTANCE);
    add(NoteCreatedV1EventBody.class, NoteCreatedV1EventBodyCodec.INSTANCE);
    add(NoteDeletedV1Event.class, NoteDeletedV1EventCodec.INSTANCE);
    add(NoteDeletedV1EventBody.class, NoteDeletedV1EventBodyCodec.INSTANCE);
    add(GetNoteResponse.class, GetNoteResponseCodec.INSTANCE);
    add(com.example.notes.v2.model.Note.class, com.example.notes.v2.codec.NoteCodec.INSTANCE);
    add(NotePrivacy.class, p -> JsonValues.readIntEnum(p, NotePrivacy::of),
        (e, g) -> g.writeNumber(e.code()));
    add(NotesEventType.class, p -> JsonValues.readStringEnum(p, NotesEventType::of),
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
    return "NotesJacksonModule";
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

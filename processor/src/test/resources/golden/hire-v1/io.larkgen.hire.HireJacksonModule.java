package io.larkgen.hire;

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
import io.larkgen.hire.codec.AbilityCodec;
import io.larkgen.hire.codec.AssessmentScoreInfoCodec;
import io.larkgen.hire.codec.AttachmentCodec;
import io.larkgen.hire.codec.CodeNameObjectCodec;
import io.larkgen.hire.codec.GetInterviewRecordResponseCodec;
import io.larkgen.hire.codec.I18nCodec;
import io.larkgen.hire.codec.IdNameObjectCodec;
import io.larkgen.hire.codec.InterviewAddressCodec;
import io.larkgen.hire.codec.InterviewCodec;
import io.larkgen.hire.codec.InterviewDimensionAssessmentCodec;
import io.larkgen.hire.codec.InterviewDimensionScoreCodec;
import io.larkgen.hire.codec.InterviewMeetingRoomCodec;
import io.larkgen.hire.codec.InterviewQuestionCodec;
import io.larkgen.hire.codec.InterviewRecordCodec;
import io.larkgen.hire.codec.InterviewScoreCodec;
import io.larkgen.hire.model.Ability;
import io.larkgen.hire.model.ArrangementAppointmentKind;
import io.larkgen.hire.model.ArrangementStatus;
import io.larkgen.hire.model.ArrangementType;
import io.larkgen.hire.model.AssessmentScoreInfo;
import io.larkgen.hire.model.Attachment;
import io.larkgen.hire.model.CalculateType;
import io.larkgen.hire.model.CodeNameObject;
import io.larkgen.hire.model.CommitStatus;
import io.larkgen.hire.model.Conclusion;
import io.larkgen.hire.model.DimensionType;
import io.larkgen.hire.model.GetInterviewRecordResponse;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.IdNameObject;
import io.larkgen.hire.model.Interview;
import io.larkgen.hire.model.InterviewAddress;
import io.larkgen.hire.model.InterviewDimensionAssessment;
import io.larkgen.hire.model.InterviewDimensionScore;
import io.larkgen.hire.model.InterviewMeetingRoom;
import io.larkgen.hire.model.InterviewQuestion;
import io.larkgen.hire.model.InterviewRecord;
import io.larkgen.hire.model.InterviewRoundSummary;
import io.larkgen.hire.model.InterviewScore;
import io.larkgen.hire.model.InterviewType;
import io.larkgen.hire.model.JobLevelIdType;
import io.larkgen.hire.model.ReservedStatus;
import io.larkgen.hire.model.UserIdType;
import io.larkgen.hire.model.VideoType;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonReader;
import io.larkgen.runtime.json.JsonValues;
import io.larkgen.runtime.json.JsonWriter;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Jackson databind support for the records and enums of {@link Hire}, every version: one
 * serializer and deserializer per type, backed by its streaming codec, so that an
 * {@code ObjectMapper} reads and writes the same JSON as the client (unknown fields
 * kept in {@code extraProperties}, unknown enum values as {@code Unknown}).
 *
 * <p>Register it once: {@code mapper.registerModule(new HireJacksonModule())}. It is the only
 * generated type that needs jackson-databind, an optional dependency of the client.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class HireJacksonModule extends Module {
  private final SimpleSerializers serializers = new SimpleSerializers();

  private final SimpleDeserializers deserializers = new SimpleDeserializers();

  /**
   * The serializers and deserializers of every record and enum of {@link Hire}.
   */
  public HireJacksonModule() {
    add(GetInterviewRecordResponse.class, GetInterviewRecordResponseCodec.INSTANCE);
    add(Interview.class, InterviewCodec.INSTANCE);
    add(InterviewRecord.class, InterviewRecordCodec.INSTANCE);
    add(InterviewAddress.class, InterviewAddressCodec.INSTANCE);
    add(InterviewMeetingRoom.class, InterviewMeetingRoomCodec.INSTANCE);
    add(InterviewScore.class, InterviewScoreCodec.INSTANCE);
    add(AssessmentScoreInfo.class, AssessmentScoreInfoCodec.INSTANCE);
    add(InterviewQuestion.class, InterviewQuestionCodec.INSTANCE);
    add(Ability.class, AbilityCodec.INSTANCE);
    add(InterviewDimensionAssessment.class, InterviewDimensionAssessmentCodec.INSTANCE);
    add(InterviewDimensionScore.class, InterviewDimensionScoreCodec.INSTANCE);
    add(Attachment.class, AttachmentCodec.INSTANCE);
    add(I18n.class, I18nCodec.INSTANCE);
    add(IdNameObject.class, IdNameObjectCodec.INSTANCE);
    add(CodeNameObject.class, CodeNameObjectCodec.INSTANCE);
    add(UserIdType.class, p -> JsonValues.readStringEnum(p, UserIdType::of),
        (e, g) -> g.writeString(e.value()));
    add(JobLevelIdType.class, p -> JsonValues.readStringEnum(p, JobLevelIdType::of),
        (e, g) -> g.writeString(e.value()));
    add(Conclusion.class, p -> JsonValues.readIntEnum(p, Conclusion::of),
        (e, g) -> g.writeNumber(e.code()));
    add(CommitStatus.class, p -> JsonValues.readIntEnum(p, CommitStatus::of),
        (e, g) -> g.writeNumber(e.code()));
    add(DimensionType.class, p -> JsonValues.readIntEnum(p, DimensionType::of),
        (e, g) -> g.writeNumber(e.code()));
    add(CalculateType.class, p -> JsonValues.readIntEnum(p, CalculateType::of),
        (e, g) -> g.writeNumber(e.code()));
    add(InterviewRoundSummary.class, p -> JsonValues.readIntEnum(p, InterviewRoundSummary::of),
        (e, g) -> g.writeNumber(e.code()));
    add(InterviewType.class, p -> JsonValues.readIntEnum(p, InterviewType::of),
        (e, g) -> g.writeNumber(e.code()));
    add(VideoType.class, p -> JsonValues.readIntEnum(p, VideoType::of),
        (e, g) -> g.writeNumber(e.code()));
    add(ArrangementStatus.class, p -> JsonValues.readIntEnum(p, ArrangementStatus::of),
        (e, g) -> g.writeNumber(e.code()));
    add(ArrangementType.class, p -> JsonValues.readIntEnum(p, ArrangementType::of),
        (e, g) -> g.writeNumber(e.code()));
    add(ArrangementAppointmentKind.class,
        p -> JsonValues.readIntEnum(p, ArrangementAppointmentKind::of),
        (e, g) -> g.writeNumber(e.code()));
    add(ReservedStatus.class, p -> JsonValues.readIntEnum(p, ReservedStatus::of),
        (e, g) -> g.writeNumber(e.code()));
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
    return "HireJacksonModule";
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

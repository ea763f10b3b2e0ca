package io.larkgen.hire.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.larkgen.hire.model.CodeNameObject;
import io.larkgen.hire.model.I18n;
import io.larkgen.hire.model.InterviewAddress;
import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonCodec;
import io.larkgen.runtime.json.JsonCodecs;
import io.larkgen.runtime.json.JsonFields;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * Streaming JSON codec of {@link InterviewAddress}: jackson-core only, no reflection.
 *
 * <p>Unknown fields are kept in {@link InterviewAddress#extraProperties()} and written back;
 * JSON {@code null} reads as absent; unknown enum values read as {@code Unknown}.
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "hire-interviews-v1.yaml"
)
@GeneratedClient
public final class InterviewAddressCodec implements JsonCodec<InterviewAddress> {
  /**
   * The codec; stateless and thread-safe.
   */
  public static final InterviewAddressCodec INSTANCE = new InterviewAddressCodec();

  /**
   * The known fields in spec order, the order in which servers send them.
   */
  private static final JsonFields FIELDS = JsonFields.builder("InterviewAddress")
      .add("id", JsonCodecs.STRING)
      .add("name", I18nCodec.INSTANCE)
      .add("district", CodeNameObjectCodec.INSTANCE)
      .add("city", CodeNameObjectCodec.INSTANCE)
      .add("state", CodeNameObjectCodec.INSTANCE)
      .add("country", CodeNameObjectCodec.INSTANCE)
      .build();

  private InterviewAddressCodec() {
  }

  @Override
  public @Nullable InterviewAddress read(JsonParser parser) throws IOException {
    return FIELDS.read(parser, InterviewAddressCodec::construct);
  }

  @SuppressWarnings("unchecked")
  private static InterviewAddress construct(@Nullable Object[] values) {
    return new InterviewAddress((String) values[0], (I18n) values[1], (CodeNameObject) values[2],
        (CodeNameObject) values[3], (CodeNameObject) values[4], (CodeNameObject) values[5],
        (Map<String, Object>) values[6]);
  }

  @Override
  public void write(InterviewAddress value, JsonGenerator generator) throws IOException {
    if (value == null) {
      generator.writeNull();
      return;
    }
    FIELDS.write(generator, value.extraProperties(), value.id(), value.name(), value.district(),
        value.city(), value.state(), value.country());
  }
}

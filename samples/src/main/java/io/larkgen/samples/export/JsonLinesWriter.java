package io.larkgen.samples.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.larkgen.runtime.json.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * JSON Lines output: one interview per line, written by the interview's codec, with its records
 * (written by the record codec) added as the last member {@code interview_records}. The records
 * are spliced in by a generator that intercepts the end of the top-level object, so the line is
 * streamed with no intermediate tree and no reflection.
 *
 * @param <I> the interview type
 * @param <R> the interview record type
 */
public final class JsonLinesWriter<I, R> implements ExportWriter<I, R> {
  /** Name of the member that carries an interview's full records. */
  public static final String RECORDS_FIELD = "interview_records";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final OutputFile file;
  private final JsonWriter<I> interviewCodec;
  private final JsonWriter<R> recordCodec;
  private final JsonGenerator raw;
  private final Splicer splicer;

  /** A writer appending to {@code file}. */
  public JsonLinesWriter(OutputFile file, JsonWriter<I> interviewCodec, JsonWriter<R> recordCodec)
      throws IOException {
    this.file = Objects.requireNonNull(file, "file");
    this.interviewCodec = Objects.requireNonNull(interviewCodec, "interviewCodec");
    this.recordCodec = Objects.requireNonNull(recordCodec, "recordCodec");
    this.raw = FACTORY.createGenerator(file.stream());
    this.raw.setRootValueSeparator(null);
    this.splicer = new Splicer(raw);
  }

  /** A factory for {@link ExportWriter.Factory}. */
  public static <I, R> ExportWriter.Factory<I, R> factory(
      JsonWriter<I> interviewCodec, JsonWriter<R> recordCodec) {
    return (file, fresh) -> new JsonLinesWriter<>(file, interviewCodec, recordCodec);
  }

  @Override
  public void write(I interview, List<R> records) throws IOException {
    splicer.pending = records;
    interviewCodec.write(interview, splicer);
    if (splicer.pending != null) {
      splicer.pending = null;
      throw new IllegalStateException("the interview codec wrote no JSON object");
    }
    raw.writeRaw('\n');
  }

  @Override
  public long commit() throws IOException {
    raw.flush();
    return file.commit();
  }

  @Override
  public void close() throws IOException {
    raw.close();
  }

  /** Writes {@code interview_records} just before the top-level object ends. */
  private final class Splicer extends JsonGeneratorDelegate {
    List<R> pending;

    Splicer(JsonGenerator delegate) {
      super(delegate, false);
    }

    @Override
    public void writeEndObject() throws IOException {
      JsonStreamContext ctx = getOutputContext();
      if (pending != null && ctx.inObject() && ctx.getParent() != null && ctx.getParent().inRoot()) {
        List<R> records = pending;
        pending = null;
        delegate.writeFieldName(RECORDS_FIELD);
        delegate.writeStartArray();
        for (R record : records) {
          recordCodec.write(record, delegate);
        }
        delegate.writeEndArray();
      }
      delegate.writeEndObject();
    }
  }
}

package io.larkgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.LarkProtectedApi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The known fields of one generated record, in spec order, each with its JSON name and its
 * value's codec; it reads and writes the record's JSON object. A generated codec holds one and
 * keeps only what is particular to its record: building the record from the values read, and
 * handing its components to {@link #write}.
 *
 * <p>Reading compares each name, as bytes, with the field expected next in spec order (the
 * order servers send them in), and decodes and looks up only a name out of that order; unknown
 * fields are kept as plain values ({@link JsonValues#readValue}), JSON {@code null} reads as
 * absent. Writing omits absent fields and empty lists and writes the unknown fields back.
 *
 * <p>The loops live here, once, rather than in each generated codec: a record's fields are read
 * through one call per field to its codec, so the JIT compiles one small method per record
 * instead of one large one with every field's reading inlined into it, which in a short run
 * (an export) cost more compile time than the reading itself.
 *
 * <p>Immutable and thread-safe. {@link LarkProtectedApi Protected API}: public for generated
 * code, which it changes with.
 */
@LarkProtectedApi
public final class JsonFields {
  private final String typeName;
  private final SerializedString[] names;
  private final JsonCodec<Object>[] codecs;
  private final Map<String, Integer> index;

  private JsonFields(String typeName, List<SerializedString> names, List<JsonCodec<Object>> codecs) {
    this.typeName = typeName;
    this.names = names.toArray(new SerializedString[0]);
    @SuppressWarnings({"unchecked", "rawtypes"})
    JsonCodec<Object>[] array = codecs.toArray(new JsonCodec[0]);
    this.codecs = array;
    this.index = new HashMap<>(names.size() * 2);
    for (int i = 0; i < this.names.length; i++) {
      if (index.putIfAbsent(this.names[i].getValue(), i) != null) {
        throw new IllegalArgumentException(
            typeName + ": the field \"" + this.names[i].getValue() + "\" is listed twice");
      }
    }
  }

  /**
   * Starts the fields of a record.
   *
   * @param typeName the record, for error messages (e.g. {@code Interview})
   * @return a builder without fields
   */
  public static Builder builder(String typeName) {
    return new Builder(Objects.requireNonNull(typeName, "typeName"));
  }

  /**
   * The number of known fields; {@link #read} takes an array one longer.
   *
   * @return the number of fields
   */
  public int size() {
    return names.length;
  }

  /**
   * The JSON names of the fields, in spec order (the order of the record's components).
   *
   * @return the names, unmodifiable
   */
  public List<String> names() {
    List<String> list = new ArrayList<>(names.length);
    for (SerializedString name : names) {
      list.add(name.getValue());
    }
    return List.copyOf(list);
  }

  /**
   * Reads the JSON object the parser is on: each known field's value into {@code values} at its
   * position, the unknown fields into the last element ({@code values[size()]}) as a map, or
   * null when there are none. Fields the object lacks stay null.
   *
   * @param parser a parser on the object's first token
   * @param values {@link #size()} + 1 elements, all null
   * @return false for JSON {@code null} (nothing read), true for an object
   * @throws IOException when the value is neither, a field's value does not match its type, or
   *     the input cannot be read
   */
  public boolean read(JsonParser parser, @Nullable Object[] values) throws IOException {
    if (!JsonValues.startObject(parser, typeName)) {
      return false;
    }
    SerializedString[] expected = names;
    Map<String, Object> extra = null;
    int next = 0;
    while (true) {
      int field;
      if (next < expected.length && parser.nextFieldName(expected[next])) {
        field = next;
      } else {
        // nextFieldName moved to the next token already, unless no field was left to expect.
        if (next == expected.length) {
          parser.nextToken();
        }
        if (parser.currentToken() != JsonToken.FIELD_NAME) {
          break;
        }
        Integer known = index.get(parser.currentName());
        field = known == null ? -1 : known;
      }
      parser.nextToken();
      if (field >= 0) {
        values[field] = codecs[field].read(parser);
        next = field + 1;
      } else {
        extra = JsonValues.putExtra(extra, parser.currentName(), JsonValues.readValue(parser));
      }
    }
    values[expected.length] = extra;
    return true;
  }

  /**
   * Writes one record as a JSON object: each known field that is present and not an empty list,
   * in spec order, then the unknown fields.
   *
   * @param generator where to write the object
   * @param extra the record's unknown fields, by JSON name
   * @param values the record's components in spec order, {@link #size()} of them
   * @throws IOException when the generator cannot write
   * @throws IllegalArgumentException when the number of values is not {@link #size()}
   */
  public void write(JsonGenerator generator, Map<String, Object> extra, @Nullable Object... values)
      throws IOException {
    if (values.length != names.length) {
      throw new IllegalArgumentException(
          typeName + " has " + names.length + " fields, not " + values.length);
    }
    generator.writeStartObject();
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
        generator.writeFieldName(names[i]);
        codecs[i].write(value, generator);
      }
    }
    JsonValues.writeExtra(extra, generator);
    generator.writeEndObject();
  }

  /** Adds fields in spec order, then {@link #build()}s the table. */
  public static final class Builder {
    private final String typeName;
    private final List<SerializedString> names = new ArrayList<>();
    private final List<JsonCodec<Object>> codecs = new ArrayList<>();

    private Builder(String typeName) {
      this.typeName = typeName;
    }

    /**
     * Adds the next field.
     *
     * @param <T> the field's Java type
     * @param name the field's JSON name
     * @param codec reads and writes the field's value
     * @return this builder
     */
    public <T> Builder add(String name, JsonCodec<T> codec) {
      names.add(new SerializedString(Objects.requireNonNull(name, "name")));
      @SuppressWarnings("unchecked")
      JsonCodec<Object> any = (JsonCodec<Object>) Objects.requireNonNull(codec, "codec");
      codecs.add(any);
      return this;
    }

    /**
     * The fields added.
     *
     * @return the table
     * @throws IllegalArgumentException when a name was added twice
     */
    public JsonFields build() {
      return new JsonFields(typeName, names, codecs);
    }
  }
}

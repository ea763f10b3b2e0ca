package io.larkgen.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.larkgen.runtime.annotations.LarkProtectedApi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
  /** The arrays {@link #read} reads into, per thread. */
  private static final ThreadLocal<ValueArrays> ARRAYS = ThreadLocal.withInitial(ValueArrays::new);

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
   * The number of known fields; {@link #read} reads into an array one longer.
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
   * Builds a record from the values {@link #read} read: its known fields' values at their
   * positions, its unknown fields as a map (or null) at the last one. The array is lent for the
   * call only: it is cleared and reused once the record is built.
   *
   * @param <T> the record
   */
  @FunctionalInterface
  public interface Constructor<T> {
    /**
     * The record of these values.
     *
     * @param values {@link #size()} + 1 values, absent ones null; not to be kept
     * @return the record
     */
    T construct(@Nullable Object[] values);
  }

  /**
   * Reads the JSON object the parser is on: each known field's value at its position, the
   * unknown fields at the last one ({@link #size()}) as a map, or null when there are none;
   * fields the object lacks stay null. Then builds the record from them.
   *
   * <p>The values are read into an array of the calling thread, one per level of nesting,
   * rather than a new one per record.
   *
   * @param <T> the record
   * @param parser a parser on the object's first token
   * @param constructor builds the record from the values
   * @return the record, or null for JSON {@code null}
   * @throws IOException when the value is neither, a field's value does not match its type, or
   *     the input cannot be read
   */
  public <T> @Nullable T read(JsonParser parser, Constructor<T> constructor) throws IOException {
    if (!JsonValues.startObject(parser, typeName)) {
      return null;
    }
    int length = names.length + 1;
    ValueArrays arrays = ARRAYS.get();
    Object[] values = arrays.take(length);
    try {
      readFields(parser, values);
      return constructor.construct(values);
    } finally {
      arrays.give(values, length);
    }
  }

  private void readFields(JsonParser parser, @Nullable Object[] values) throws IOException {
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
  }

  /**
   * One thread's arrays of values being read, one per level of records nested in each other:
   * a record's array is in use while its nested records are read into the next ones.
   */
  private static final class ValueArrays {
    private Object[][] arrays = new Object[8][];
    private int depth;

    Object[] take(int length) {
      if (depth == arrays.length) {
        arrays = Arrays.copyOf(arrays, depth * 2);
      }
      Object[] array = arrays[depth];
      if (array == null || array.length < length) {
        array = new Object[Math.max(length, 32)];
        arrays[depth] = array;
      }
      depth++;
      return array;
    }

    void give(Object[] array, int length) {
      Arrays.fill(array, 0, length, null);
      depth--;
    }
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

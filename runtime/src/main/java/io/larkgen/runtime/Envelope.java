package io.larkgen.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.runtime.error.LarkError;
import io.larkgen.runtime.internal.error.Redactor;
import io.larkgen.runtime.json.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Feishu response envelope {@code {code, msg, data, error}}, read in one streaming pass,
 * under the field names the operation declares ({@link EnvelopeFields}: an operation whose
 * answer writes {@code message} for {@code msg} says so in its spec). Unknown envelope fields,
 * a {@code message} beside {@code msg} among them, are skipped; {@code data} is decoded by the
 * operation's reader only while no non-zero code has been seen. An envelope field that appears
 * twice makes the body malformed (the two readings would disagree on whether the call
 * succeeded), and so does a success without an object {@code data} when the operation expects
 * one.
 */
final class Envelope<T> {
  private static final String ERROR = "error";

  final Integer code;
  final String msg;
  final T data;
  final LarkError error;

  private Envelope(Integer code, String msg, T data, LarkError error) {
    this.code = code;
    this.msg = msg;
    this.data = data;
    this.error = error;
  }

  /** Thrown when the body is not an envelope; the message never contains the body. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static <T> Envelope<T> read(JsonFactory json, byte[] body, EnvelopeFields names,
      JsonReader<T> dataReader, boolean expectsData) throws MalformedException {
    try (JsonParser p = json.createParser(body)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new MalformedException("empty body", null);
      }
      if (first != JsonToken.START_OBJECT) {
        throw new MalformedException("expected a JSON object, found " + first, null);
      }
      Integer code = null;
      String msg = null;
      T data = null;
      boolean dataSeen = false;
      JsonToken dataToken = null;
      LarkError error = LarkError.NONE;
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        boolean envelopeField = name.equals(names.code()) || name.equals(names.msg())
            || name.equals(names.data()) || name.equals(ERROR);
        if (envelopeField && !seen.add(name)) {
          throw new MalformedException("duplicate key " + name + " in the envelope", null);
        }
        if (name.equals(names.code())) {
          if (t != JsonToken.VALUE_NUMBER_INT) {
            throw new MalformedException(name + " is " + t + ", not an integer", null);
          }
          code = p.getIntValue();
        } else if (name.equals(names.msg())) {
          msg = t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
        } else if (name.equals(names.data())) {
          dataToken = t;
          if (t == JsonToken.START_OBJECT && (code == null || code == 0)) {
            data = decode(dataReader, p);
            dataSeen = true;
          } else {
            p.skipChildren();
          }
        } else if (name.equals(ERROR)) {
          error = t == JsonToken.START_OBJECT ? readError(p) : skip(p);
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new MalformedException("envelope not closed", null);
      }
      if (p.nextToken() != null) {
        throw new MalformedException("content after the envelope", null);
      }
      if (code == null) {
        throw new MalformedException("no " + names.code() + " in the envelope", null);
      }
      if (code == 0 && expectsData && dataToken != JsonToken.START_OBJECT) {
        throw new MalformedException(names.code() + " 0 " + (dataToken == null
            ? "without " + names.data()
            : "with " + names.data() + " " + describe(dataToken) + ", not an object"), null);
      }
      if (code == 0 && !dataSeen) {
        try (JsonParser empty = json.createParser("{}")) {
          empty.nextToken();
          data = decode(dataReader, empty);
        }
      }
      return new Envelope<>(code, msg, code == 0 ? data : null, error);
    } catch (IOException e) {
      throw new MalformedException(firstLine(e), e);
    }
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NULL -> "null";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      default -> "a number";
    };
  }

  private static <T> T decode(JsonReader<T> reader, JsonParser p)
      throws IOException, MalformedException {
    T value;
    try {
      value = reader.read(p);
    } catch (RuntimeException e) {
      throw new MalformedException("data rejected by the decoder: " + e, e);
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw new MalformedException("the data decoder stopped inside the data object", null);
    }
    return value;
  }

  private static LarkError skip(JsonParser p) throws IOException {
    p.skipChildren();
    return LarkError.NONE;
  }

  private static LarkError readError(JsonParser p) throws IOException {
    String logId = null;
    String message = null;
    String troubleshooter = null;
    List<LarkError.Violation> permissions = List.of();
    List<LarkError.Violation> fields = List.of();
    List<LarkError.Help> helps = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      switch (name) {
        case "log_id" -> logId = scalar(p, t);
        case "message" -> message = Redactor.redactText(scalar(p, t));
        case "troubleshooter" -> troubleshooter = scalar(p, t);
        case "permission_violations" -> permissions = readObjects(p, t, Envelope::readViolation);
        case "field_violations" -> fields = readObjects(p, t, Envelope::readViolation);
        case "helps" -> helps = readObjects(p, t, Envelope::readHelp);
        default -> p.skipChildren();
      }
    }
    return new LarkError(logId, message, troubleshooter, permissions, fields, helps);
  }

  /** Reads one element of an array of objects; the parser is on the element's START_OBJECT. */
  private interface ElementReader<E> {
    E read(JsonParser p) throws IOException;
  }

  /** The objects of an array, each read by {@code element}; other values are skipped. */
  private static <E> List<E> readObjects(JsonParser p, JsonToken t, ElementReader<E> element)
      throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      return List.of();
    }
    List<E> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      out.add(element.read(p));
    }
    return out;
  }

  private static LarkError.Violation readViolation(JsonParser p) throws IOException {
    String type = null;
    String subject = null;
    String field = null;
    String value = null;
    String description = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "type" -> type = scalar(p, v);
        case "subject" -> subject = scalar(p, v);
        case "field" -> field = scalar(p, v);
        case "value" -> value = scalar(p, v);
        case "description" -> description = scalar(p, v);
        default -> p.skipChildren();
      }
    }
    return new LarkError.Violation(type, subject, field, value, description);
  }

  private static LarkError.Help readHelp(JsonParser p) throws IOException {
    String url = null;
    String description = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "url" -> url = scalar(p, v);
        case "description" -> description = scalar(p, v);
        default -> p.skipChildren();
      }
    }
    return new LarkError.Help(url, description);
  }

  private static String scalar(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    return t == JsonToken.VALUE_NULL ? null : p.getValueAsString();
  }

  private static String firstLine(IOException e) {
    String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe
        ? jpe.getOriginalMessage() : e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return e.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
  }
}

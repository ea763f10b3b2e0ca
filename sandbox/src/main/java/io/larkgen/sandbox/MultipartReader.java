package io.larkgen.sandbox;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body as it arrives, without holding a file part: text
 * fields are kept (up to {@value #MAX_FIELD_BYTES} bytes each), file parts are only counted,
 * and reading stops as soon as a file part passes {@code maxFileBytes}.
 */
final class MultipartReader {

  /** What the body held: text fields by name, and each file part's name and size. */
  record Form(Map<String, String> fields, Map<String, FilePart> files, String tooLarge) {}

  /** A file part: its file name and how many bytes it had. */
  record FilePart(String filename, long size) {}

  /** The body broke the multipart syntax. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  static final int MAX_FIELD_BYTES = 64 * 1024;
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i)\\bfilename=\"([^\"]*)\"");

  private MultipartReader() {}

  /** The boundary of a {@code multipart/form-data} content type, or null. */
  static String boundary(String contentType) {
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return null;
    }
    Matcher m = BOUNDARY.matcher(contentType);
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  static Form read(InputStream raw, String boundary, long maxFileBytes)
      throws IOException, MalformedException {
    InputStream in = new BufferedInputStream(raw, 64 * 1024);
    byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int[] failure = failure(delimiter);
    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, FilePart> files = new LinkedHashMap<>();
    // The first delimiter has no leading CRLF: skip the preamble up to "--boundary".
    byte[] first = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    if (scan(in, first, failure(first), null, MAX_FIELD_BYTES) < 0) {
      throw new MalformedException("no multipart boundary '" + boundary + "' in the body");
    }
    while (true) {
      int a = in.read();
      int b = in.read();
      if (a == '-' && b == '-') {
        return new Form(fields, files, null);
      }
      if (a != '\r' || b != '\n') {
        throw new MalformedException("a multipart boundary is not followed by CRLF");
      }
      String headers = headers(in);
      Matcher name = NAME.matcher(headers);
      if (!name.find()) {
        throw new MalformedException("a multipart part has no Content-Disposition name");
      }
      Matcher filename = FILENAME.matcher(headers);
      if (filename.find()) {
        long limit = maxFileBytes > 0 ? maxFileBytes : Long.MAX_VALUE;
        long size = scan(in, delimiter, failure, null, limit);
        if (size == -2) {
          return new Form(fields, files, name.group(1));
        }
        if (size < 0) {
          throw new MalformedException("the body ends inside part '" + name.group(1) + "'");
        }
        files.put(name.group(1), new FilePart(filename.group(1), size));
      } else {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        long size = scan(in, delimiter, failure, value, MAX_FIELD_BYTES);
        if (size < 0) {
          throw new MalformedException(size == -2
              ? "field '" + name.group(1) + "' is longer than " + MAX_FIELD_BYTES + " bytes"
              : "the body ends inside part '" + name.group(1) + "'");
        }
        fields.put(name.group(1), value.toString(StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * Reads up to and including the next {@code delimiter}, copying the bytes before it to {@code sink} when given. Returns their count, -1 at the end of
   * the stream, -2 as soon as more than {@code limit} bytes came before the delimiter.
   */
  private static long scan(InputStream in, byte[] delimiter, int[] failure,
      ByteArrayOutputStream sink, long limit) throws IOException {
    long count = 0;
    int matched = 0;
    int c;
    while ((c = in.read()) >= 0) {
      while (matched > 0 && c != (delimiter[matched] & 0xFF)) {
        // The bytes that fall out of the partial match are data: a prefix of the delimiter.
        int fallback = failure[matched - 1];
        count += matched - fallback;
        if (sink != null) {
          sink.write(delimiter, 0, matched - fallback);
        }
        matched = fallback;
      }
      if (c == (delimiter[matched] & 0xFF)) {
        matched++;
        if (matched == delimiter.length) {
          return count;
        }
      } else {
        count++;
        if (sink != null) {
          sink.write(c);
        }
      }
      if (count > limit) {
        return -2;
      }
    }
    return -1;
  }

  /** Knuth–Morris–Pratt failure function: longest proper prefix that is also a suffix. */
  private static int[] failure(byte[] pattern) {
    int[] f = new int[pattern.length];
    for (int i = 1, k = 0; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = f[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      f[i] = k;
    }
    return f;
  }

  private static String headers(InputStream in) throws IOException, MalformedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int state = 0;
    int c;
    while ((c = in.read()) >= 0) {
      out.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) ? state + 1
          : (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
      if (state == 4) {
        return out.toString(StandardCharsets.UTF_8);
      }
      if (out.size() > MAX_FIELD_BYTES) {
        throw new MalformedException("multipart part headers longer than " + MAX_FIELD_BYTES);
      }
    }
    throw new MalformedException("the body ends inside multipart part headers");
  }
}

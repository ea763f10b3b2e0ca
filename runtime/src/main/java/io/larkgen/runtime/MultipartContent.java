package io.larkgen.runtime;

import io.larkgen.runtime.http.RequestContent;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body (RFC 7578) as streamed {@link RequestContent}: the part
 * headers are small byte arrays, each file is opened only when the send reaches it and read in
 * pieces, so no file is ever whole in memory. The length is the sum of the pieces, known before
 * sending.
 */
final class MultipartContent {
  private static final byte[] CRLF = {'\r', '\n'};

  private MultipartContent() {}

  /** One piece of the body: fixed bytes, or a file streamed when reached. */
  private record Piece(byte[] bytes, FilePart file) {
    long length() {
      return bytes != null ? bytes.length : file.length();
    }

    InputStream open() throws IOException {
      return bytes != null ? new ByteArrayInputStream(bytes) : new ExactLength(file);
    }
  }

  /** The form as one streamed body with a fresh boundary. */
  static RequestContent of(MultipartForm form) {
    return of(form, "larkgen-" + UUID.randomUUID().toString().replace("-", ""));
  }

  static RequestContent of(MultipartForm form, String boundary) {
    List<Piece> pieces = new ArrayList<>();
    boolean repeatable = true;
    StringBuilder head = new StringBuilder();
    for (MultipartForm.Part part : form.parts()) {
      head.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"").append(quote(part.name()))
          .append('"');
      if (part.file() == null) {
        head.append("\r\n\r\n").append(part.text()).append("\r\n");
        continue;
      }
      FilePart file = part.file();
      head.append("; filename=\"").append(quote(file.fileName())).append("\"\r\n")
          .append("Content-Type: ").append(file.contentType()).append("\r\n\r\n");
      pieces.add(new Piece(utf8(head), null));
      head.setLength(0);
      pieces.add(new Piece(null, file));
      pieces.add(new Piece(CRLF, null));
      repeatable &= file.repeatable();
    }
    head.append("--").append(boundary).append("--\r\n");
    pieces.add(new Piece(utf8(head), null));
    long length = 0;
    for (Piece p : pieces) {
      length = Math.addExact(length, p.length());
    }
    List<Piece> all = List.copyOf(pieces);
    return new RequestContent.Streamed("multipart/form-data; boundary=" + boundary, length,
        repeatable, () -> new SequenceInputStream(opening(all.iterator())));
  }

  /** Opens each piece when the previous one is used up ({@link SequenceInputStream} closes it). */
  private static Enumeration<InputStream> opening(Iterator<Piece> pieces) {
    return new Enumeration<>() {
      @Override
      public boolean hasMoreElements() {
        return pieces.hasNext();
      }

      @Override
      public InputStream nextElement() {
        if (!pieces.hasNext()) {
          throw new NoSuchElementException();
        }
        try {
          return pieces.next().open();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
  }

  private static byte[] utf8(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A name inside a quoted header parameter, with quote and line breaks escaped (HTML forms). */
  private static String quote(String s) {
    return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }

  /**
   * A file's content, failing when it yields fewer or more bytes than its declared length:
   * otherwise the body would not match the {@code Content-Length} sent up front.
   */
  private static final class ExactLength extends FilterInputStream {
    private final FilePart file;
    private long left;

    ExactLength(FilePart file) throws IOException {
      super(file.open());
      this.file = file;
      this.left = file.length();
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left == 0) {
        if (super.read() >= 0) {
          throw new IOException(file.fileName() + " is longer than its declared "
              + file.length() + " bytes");
        }
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n < 0) {
        throw new IOException(file.fileName() + " ended " + left + " bytes before its declared "
            + file.length() + " bytes");
      }
      left -= n;
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("a multipart body is read in order");
    }
  }
}

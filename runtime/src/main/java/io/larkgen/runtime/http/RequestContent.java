package io.larkgen.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A request body as a {@link Transport} sends it: its media type, its exact length (known before
 * anything is sent, so {@code Content-Length} is set and nothing is chunked) and its bytes, held
 * in memory ({@link Bytes}, small JSON bodies) or read while sending ({@link Streamed}, uploads).
 */
public sealed interface RequestContent permits RequestContent.Bytes, RequestContent.Streamed {

  /**
   * The {@code Content-Type} header value.
   *
   * @return the content type, e.g. {@code application/json; charset=utf-8}
   */
  String contentType();

  /**
   * The exact number of bytes {@link #open()} yields.
   *
   * @return the length in bytes
   */
  long length();

  /**
   * Whether the body can be sent more than once (false when it streams a one-shot input).
   *
   * @return whether {@link #open()} may be called again
   */
  boolean repeatable();

  /**
   * Opens the bytes for sending; the caller closes the stream.
   *
   * @return the bytes, from the first
   * @throws IOException when a file cannot be opened
   * @throws IllegalStateException when a one-shot body is opened a second time
   */
  InputStream open() throws IOException;

  /**
   * A body held in memory.
   *
   * @param contentType the {@code Content-Type}
   * @param bytes the body; not copied, must not change
   * @return the content
   */
  static RequestContent ofBytes(String contentType, byte[] bytes) {
    return new Bytes(contentType, bytes);
  }

  /**
   * A body held in memory.
   *
   * @param contentType the {@code Content-Type}
   * @param bytes the body; not copied, must not change
   */
  record Bytes(String contentType, byte[] bytes) implements RequestContent {
    /**
     * Checks both are given.
     *
     * @param contentType the {@code Content-Type}
     * @param bytes the body
     */
    public Bytes {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public long length() {
      return bytes.length;
    }

    @Override
    public boolean repeatable() {
      return true;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public String toString() {
      return "Bytes[" + contentType + ", " + bytes.length + " bytes]";
    }
  }

  /** Opens a streamed body. */
  @FunctionalInterface
  interface Opener {
    /**
     * Opens the bytes once more.
     *
     * @return a stream of the body, for the caller to close
     * @throws IOException when the source cannot be opened
     */
    InputStream open() throws IOException;
  }

  /**
   * A body read while it is sent, never whole in memory.
   *
   * @param contentType the {@code Content-Type}
   * @param length the exact number of bytes {@code opener} yields
   * @param repeatable whether {@code opener} may be called again
   * @param opener opens the bytes
   */
  record Streamed(String contentType, long length, boolean repeatable, Opener opener)
      implements RequestContent {
    /**
     * Checks the length is not negative.
     *
     * @param contentType the {@code Content-Type}
     * @param length the exact number of bytes
     * @param repeatable whether {@code opener} may be called again
     * @param opener opens the bytes
     */
    public Streamed {
      Objects.requireNonNull(contentType, "contentType");
      Objects.requireNonNull(opener, "opener");
      if (length < 0) {
        throw new IllegalArgumentException("length must be >= 0, was " + length);
      }
    }

    @Override
    public InputStream open() throws IOException {
      return opener.open();
    }

    @Override
    public String toString() {
      return "Streamed[" + contentType + ", " + length + " bytes]";
    }
  }
}

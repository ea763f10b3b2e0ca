package io.larkgen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file to upload in a {@code multipart/form-data} body. The content is streamed when the
 * request is sent, never read whole into memory. Its length is known up front, so a documented
 * size limit is checked before any I/O.
 *
 * <p>A part made from a {@link Path} can be opened again, so the request can be retried; one
 * made from an {@link InputStream} can be sent once, and a call that would need to send it a
 * second time fails instead.
 */
public final class FilePart {
  /** Content type used when none is given. */
  public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

  private final String fileName;
  private final String contentType;
  private final long length;
  private final Path path;
  private final InputStream stream;
  private final AtomicBoolean streamTaken = new AtomicBoolean();

  private FilePart(
      String fileName, String contentType, long length, Path path, InputStream stream) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    if (fileName.isEmpty()) {
      throw new IllegalArgumentException("fileName must not be empty");
    }
    if (length < 0) {
      throw new IllegalArgumentException("length must be >= 0, was " + length);
    }
    this.length = length;
    this.path = path;
    this.stream = stream;
  }

  /**
   * The file at {@code path}, named after its last path element.
   *
   * @param path a regular file
   * @return a part of type {@code application/octet-stream}
   * @throws UncheckedIOException when its size cannot be read
   */
  public static FilePart of(Path path) {
    Objects.requireNonNull(path, "path");
    Path name = path.getFileName();
    return of(path, name == null ? path.toString() : name.toString(), DEFAULT_CONTENT_TYPE);
  }

  /**
   * The file at {@code path}, sent under {@code fileName} with {@code contentType}.
   *
   * @param path a regular file
   * @param fileName the name sent in {@code Content-Disposition}
   * @param contentType the part's {@code Content-Type}
   * @return the part
   * @throws UncheckedIOException when its size cannot be read
   */
  public static FilePart of(Path path, String fileName, String contentType) {
    Objects.requireNonNull(path, "path");
    try {
      return new FilePart(fileName, contentType, Files.size(path), path, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + path, e);
    }
  }

  /**
   * {@code length} bytes read from {@code stream}, sent under {@code fileName}. The stream is
   * read once, when the request is sent, and closed after.
   *
   * @param stream the content; read at most once
   * @param fileName the name sent in {@code Content-Disposition}
   * @param length the exact number of bytes the stream holds
   * @return a part of type {@code application/octet-stream} that can be sent once
   */
  public static FilePart of(InputStream stream, String fileName, long length) {
    return new FilePart(
        fileName, DEFAULT_CONTENT_TYPE, length, null, Objects.requireNonNull(stream, "stream"));
  }

  /**
   * The file name sent in the part's {@code Content-Disposition}.
   *
   * @return the file name
   */
  public String fileName() {
    return fileName;
  }

  /**
   * The part's {@code Content-Type}.
   *
   * @return the content type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The number of bytes the part holds.
   *
   * @return the length in bytes
   */
  public long length() {
    return length;
  }

  /**
   * Whether {@link #open()} can be called more than once (true for a file on disk).
   *
   * @return whether the content can be read again, e.g. for a retry
   */
  public boolean repeatable() {
    return path != null;
  }

  /**
   * Opens the content for sending.
   *
   * @return the content, for the caller to close
   * @throws IOException when the file cannot be opened
   * @throws IllegalStateException when a stream-backed part is opened a second time
   */
  public InputStream open() throws IOException {
    if (path != null) {
      return Files.newInputStream(path);
    }
    if (!streamTaken.compareAndSet(false, true)) {
      throw new IllegalStateException("the stream of " + fileName + " was already sent once");
    }
    return stream;
  }

  @Override
  public String toString() {
    return "FilePart[" + fileName + ", " + length + " bytes]";
  }
}

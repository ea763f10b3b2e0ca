package io.larkgen.samples.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The export's output file, opened for appending after a known-good prefix.
 *
 * <p>{@link #open(Path, long)} keeps the first {@code keepBytes} bytes (0 for a new export),
 * cuts off anything after them and positions writes at the end; {@link #resume} does the same
 * for the committed prefix of an interrupted run, after checking that the prefix is the one its
 * checkpoint names. {@link #commit()} forces the written bytes to the storage device and returns
 * the new committed length; {@link #sha256()} is the SHA-256 of everything before it, which the
 * checkpoint records so that a resumed run can tell its output from any other file.
 */
public final class OutputFile implements Closeable {
  private static final int READ_BUFFER = 1 << 16;

  private final FileChannel channel;
  private final OutputStream stream;
  private final MessageDigest digest;

  private OutputFile(FileChannel channel, MessageDigest digest) {
    this.channel = channel;
    this.stream = Channels.newOutputStream(channel);
    this.digest = digest;
  }

  /**
   * Opens (creating if needed) {@code path}, truncated to {@code keepBytes}.
   *
   * @throws IOException if the file cannot be opened or is shorter than {@code keepBytes}
   */
  public static OutputFile open(Path path, long keepBytes) throws IOException {
    return open(path, keepBytes, null);
  }

  /**
   * Opens the output of an interrupted run, truncated to its committed prefix.
   *
   * @param committedBytes the prefix's length
   * @param committedSha256 the prefix's SHA-256 (lower-case hex) as the checkpoint recorded it
   * @throws ShorterThanCheckpointException if the file is shorter than the prefix
   * @throws NotTheCheckpointedOutputException if its first {@code committedBytes} differ from
   *     the committed ones (the file is left as it is)
   */
  public static OutputFile resume(Path path, long committedBytes, String committedSha256) throws IOException {
    return open(path, committedBytes, committedSha256);
  }

  private static OutputFile open(Path path, long keepBytes, String expectedSha256) throws IOException {
    FileChannel channel =
        FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      long size = channel.size();
      if (size < keepBytes) {
        throw new ShorterThanCheckpointException(path, size, keepBytes);
      }
      MessageDigest digest = sha256Digest();
      read(channel, keepBytes, digest);
      if (expectedSha256 != null) {
        String actual = hex(copy(digest));
        if (!actual.equals(expectedSha256)) {
          throw new NotTheCheckpointedOutputException(path, keepBytes);
        }
      }
      channel.truncate(keepBytes);
      channel.position(keepBytes);
      channel.force(true);
      return new OutputFile(channel, digest);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Feeds the file's first {@code bytes} bytes to {@code digest}. */
  private static void read(FileChannel channel, long bytes, MessageDigest digest) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(READ_BUFFER);
    long pos = 0;
    while (pos < bytes) {
      buf.clear().limit((int) Math.min(buf.capacity(), bytes - pos));
      int n = channel.read(buf, pos);
      if (n < 0) {
        throw new IOException("the output ended at byte " + pos + " while reading its first " + bytes);
      }
      buf.flip();
      digest.update(buf);
      pos += n;
    }
  }

  /**
   * A stream writing at the end of the file. Closing it does not close the file; writers must
   * flush their own buffers into it before {@link #commit()}.
   */
  public OutputStream stream() {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        stream.write(b);
        digest.update((byte) b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        stream.write(b, off, len);
        digest.update(b, off, len);
      }
    };
  }

  /**
   * Forces everything written so far to the device ({@code fdatasync}: data and the file
   * length, which is what a reader needs) and returns the committed length.
   */
  public long commit() throws IOException {
    channel.force(false);
    return channel.position();
  }

  /** SHA-256 (lower-case hex) of the file's bytes up to the end of what was written. */
  public String sha256() {
    return hex(copy(digest));
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static MessageDigest copy(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the platform's SHA-256 cannot be cloned", e);
    }
  }

  private static String hex(MessageDigest d) {
    return HexFormat.of().formatHex(d.digest());
  }

  /** The output is shorter than the checkpoint says was committed: it was changed by hand. */
  public static final class ShorterThanCheckpointException extends IOException {
    private static final long serialVersionUID = 1L;

    ShorterThanCheckpointException(Path path, long size, long expected) {
      super(path + " has " + size + " bytes but the checkpoint says " + expected
          + " were written; the file was changed since the interrupted run");
    }
  }

  /** The output's committed prefix is not the one the checkpoint recorded. */
  public static final class NotTheCheckpointedOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    NotTheCheckpointedOutputException(Path path, long bytes) {
      super("the first " + bytes + " bytes of " + path + " are not those the checkpoint recorded;"
          + " the file was changed or replaced since the interrupted run");
    }
  }
}

package io.larkgen.samples.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The export's output file, opened for appending after a known-good prefix.
 *
 * <p>{@link #open(Path, long)} keeps the first {@code keepBytes} bytes (the last committed
 * offset of an interrupted run, or 0 for a new export), cuts off anything after them — the
 * partial output of a run that died between two commits — and positions writes at the end.
 * {@link #commit()} forces the written bytes to the storage device and returns the new
 * committed length.
 */
public final class OutputFile implements Closeable {
  private final FileChannel channel;
  private final OutputStream stream;

  private OutputFile(FileChannel channel) {
    this.channel = channel;
    this.stream = Channels.newOutputStream(channel);
  }

  /**
   * Opens (creating if needed) {@code path}, truncated to {@code keepBytes}.
   *
   * @throws IOException if the file cannot be opened or is shorter than {@code keepBytes}
   */
  public static OutputFile open(Path path, long keepBytes) throws IOException {
    FileChannel channel =
        FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      long size = channel.size();
      if (size < keepBytes) {
        throw new ShorterThanCheckpointException(path, size, keepBytes);
      }
      channel.truncate(keepBytes);
      channel.position(keepBytes);
      channel.force(true);
      return new OutputFile(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
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
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        stream.write(b, off, len);
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

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /** The output is shorter than the checkpoint says was committed: it was changed by hand. */
  public static final class ShorterThanCheckpointException extends IOException {
    private static final long serialVersionUID = 1L;

    ShorterThanCheckpointException(Path path, long size, long expected) {
      super(path + " has " + size + " bytes but the checkpoint says " + expected
          + " were written; the file was changed since the interrupted run");
    }
  }
}

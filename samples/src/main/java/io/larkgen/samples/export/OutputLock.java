package io.larkgen.samples.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The exclusive right to write one output, held for a whole run: an operating-system lock
 * ({@link FileChannel#tryLock()}) on {@code <out>.lock} beside the output. A second run on the
 * same output does not wait: it fails with {@link ExitCodes#LOCKED}. The lock dies with its
 * process, so a run killed with {@code kill -9} blocks nothing; the file it leaves behind is
 * reused.
 *
 * <p>The file is deleted when the lock is released. Since another run may have opened it just
 * before, a run that gets the lock checks that the path still names the file it locked (same
 * file key before opening and after locking) and starts over if not; otherwise two runs could
 * each hold a lock, one on the deleted file and one on its successor.
 */
final class OutputLock implements AutoCloseable {
  /** Attempts when the lock file keeps being replaced under us. */
  private static final int ATTEMPTS = 10;

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock file of {@code output}; beside the file a symbolic link points to. */
  static Path fileFor(Path output) {
    Path abs = output.toAbsolutePath().normalize();
    try {
      abs = Files.exists(abs) ? abs.toRealPath() : abs.getParent().toRealPath().resolve(abs.getFileName());
    } catch (IOException e) {
      // keep the absolute path: the lock is then per name rather than per file
    }
    return abs.resolveSibling(abs.getFileName() + ".lock");
  }

  /**
   * Takes the lock of {@code output}.
   *
   * @throws ExportFailure {@link ExitCodes#LOCKED} if another run holds it, {@link
   *     ExitCodes#OUTPUT} if the lock file cannot be created
   */
  static OutputLock acquire(Path output) {
    Path file = fileFor(output);
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        Object before = key(file);
        if (before == null) {
          Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
          continue;
        }
        FileChannel channel;
        try {
          channel = FileChannel.open(file, StandardOpenOption.WRITE);
        } catch (NoSuchFileException gone) {
          continue;
        }
        FileLock lock = tryLock(channel, output, file);
        if (Objects.equals(before, key(file))) {
          return new OutputLock(file, channel, lock);
        }
        channel.close();
      }
    } catch (IOException e) {
      throw new ExportFailure(
          ExitCodes.OUTPUT, "cannot lock " + output + " (" + file + "): " + HireExport.describe(e), e);
    }
    throw new ExportFailure(
        ExitCodes.OUTPUT, "cannot lock " + output + ": " + file + " keeps being replaced");
  }

  private static FileLock tryLock(FileChannel channel, Path output, Path file) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new ExportFailure(
          ExitCodes.LOCKED,
          "another hire-export is writing " + output + " (it holds " + file.getFileName()
              + "); wait for it to finish or stop it, then run this command again");
    }
    return lock;
  }

  /** The file's identity (device and inode where the platform has them), or null if absent. */
  private static Object key(Path file) throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.fileKey() != null ? a.fileKey() : a.creationTime();
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** The lock file. */
  Path file() {
    return file;
  }

  /** Deletes the lock file, then releases the lock. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a platform that cannot delete an open file keeps it; the next run reuses it
    }
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases it as well
    }
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to release
    }
  }
}

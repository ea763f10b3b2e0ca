package io.larkgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.testing.UploadMain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file larger than the heap is uploaded: multipart bodies are streamed, never held whole. */
class StreamingUploadTest {
  private static final long FILE_SIZE = 200L * 1024 * 1024;

  @Test
  void a200MbFileIsUploadedByAJvmWithA48MbHeap(@TempDir Path dir) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-Xmx48m",
        "-cp", System.getProperty("java.class.path"), UploadMain.class.getName(),
        dir.resolve("big.bin").toString(), String.valueOf(FILE_SIZE))
        .redirectErrorStream(true)
        .start();
    // a hang guard only
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the upload did not finish");
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), out);
    Matcher m = Pattern.compile("received (\\d+) of (\\d+)").matcher(out);
    assertTrue(m.find(), out);
    long received = Long.parseLong(m.group(1));
    assertEquals(Long.parseLong(m.group(2)), received, "Content-Length matches the body");
    assertTrue(received > FILE_SIZE && received < FILE_SIZE + 1024, out);
  }
}

package io.larkgen.runtime.testing;

import com.sun.net.httpserver.HttpServer;
import io.larkgen.runtime.DefaultLarkClient;
import io.larkgen.runtime.FilePart;
import io.larkgen.runtime.testing.Writes.UploadRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uploads a sparse file of the given size to a loopback server that counts and discards what it
 * receives, then prints {@code received <bytes> of <Content-Length>}. Run in a JVM whose heap is
 * smaller than the file: it only succeeds when the body is streamed.
 */
public final class UploadMain {
  private UploadMain() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long size = Long.parseLong(args[1]);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size);
    }
    AtomicLong received = new AtomicLong();
    AtomicLong announced = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    server.createContext("/", exchange -> {
      try (exchange) {
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
          for (int r; (r = in.read(buffer)) > 0; ) {
            n += r;
          }
        }
        String body;
        if (exchange.getRequestURI().getPath().endsWith("/internal")) {
          body = "{\"code\":0,\"tenant_access_token\":\"t-uploadtoken000001\",\"expire\":7200}";
        } else {
          received.set(n);
          String length = exchange.getRequestHeaders().getFirst("Content-Length");
          announced.set(length == null ? -1 : Long.parseLong(length));
          body = "{\"code\":0,\"data\":{\"items\":[]}}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    });
    server.start();
    try (DefaultLarkClient client = DefaultLarkClient.builder().appId(Clients.APP_ID)
        .appSecret(Clients.APP_SECRET)
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).build()) {
      client.execute(Writes.UPLOAD, new UploadRequest("big", FilePart.of(file)));
    } finally {
      server.stop(0);
    }
    System.out.println("received " + received.get() + " of " + announced.get());
  }
}

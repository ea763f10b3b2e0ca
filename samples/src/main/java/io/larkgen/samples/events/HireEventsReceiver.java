package io.larkgen.samples.events;

import com.sun.net.httpserver.HttpServer;
import io.larkgen.hire.events.HireEvents;
import io.larkgen.runtime.events.EventDispatcher;
import io.larkgen.runtime.events.EventHttpHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hire-events}: receives the Hire events Feishu pushes to an app's event URL and prints
 * one JSON line per event: {@code {"type", "id", "summary"}}, the summary naming the
 * application, offer or talent of the event.
 * Events are decoded to the generated records of {@code io.larkgen.hire.events}; an event of a type
 * the client does not know is printed too. Decryption, the signature,
 * the Verification Token, URL verification and duplicate deliveries are the runtime's {@link
 * EventDispatcher}'s.
 */
@Command(
    name = "hire-events",
    mixinStandardHelpOptions = true,
    description = {
      "Receives Feishu Hire events on an HTTP port and prints one JSON line per event on stdout.",
      "",
      "Environment: FEISHU_ENCRYPT_KEY (the app's Encrypt Key: decrypt pushes and require their"
          + " signature) and FEISHU_VERIFICATION_TOKEN (refuse pushes carrying another token);"
          + " both optional, both recommended.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:bad arguments", "3:the port cannot be opened"})
public final class HireEventsReceiver implements Callable<Integer> {
  static final String ENCRYPT_KEY = "FEISHU_ENCRYPT_KEY";
  static final String VERIFICATION_TOKEN = "FEISHU_VERIFICATION_TOKEN";

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on, all interfaces (default ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--path", paramLabel = "PATH", defaultValue = "/webhook/event",
      description = "Path of the event URL configured in the developer console (default ${DEFAULT-VALUE}).")
  String path;

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  HireEventsReceiver(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    HireEventsReceiver receiver = new HireEventsReceiver(System.getenv(), out, err);
    int code = new CommandLine(receiver).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Starts the server and returns; its threads keep the JVM running until it is stopped. */
  @Override
  public Integer call() {
    if (port < 0 || port > 65_535) {
      err.println("hire-events: --port must be 0..65535, was " + port);
      return 2;
    }
    if (!path.startsWith("/")) {
      err.println("hire-events: --path must start with '/', was '" + path + "'");
      return 2;
    }
    HttpServer server;
    try {
      server = start(new InetSocketAddress(port), path, env, out);
    } catch (IOException e) {
      err.println("hire-events: cannot listen on port " + port + ": " + e.getMessage());
      return 3;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "hire-events-shutdown"));
    err.println("hire-events: listening on port " + server.getAddress().getPort() + ", path " + path + ", "
        + (blank(env.get(ENCRYPT_KEY)) ? "clear-text pushes (no " + ENCRYPT_KEY + ")" : "encrypted, signed pushes")
        + (blank(env.get(VERIFICATION_TOKEN)) ? ", Verification Token not checked" : ""));
    return 0;
  }

  /**
   * Starts an {@link HttpServer} on {@code address} that hands {@code path} to the event
   * dispatcher and prints one line per event on {@code out}.
   */
  static HttpServer start(InetSocketAddress address, String path, Map<String, String> env, PrintStream out)
      throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    server.createContext(path, new EventHttpHandler(dispatcher(env, out)));
    server.start();
    return server;
  }

  /**
   * The dispatcher: every event as its generated record ({@code HireEvent.Unknown} for a type
   * the client does not know), printed by {@link HireEventLine}.
   */
  static EventDispatcher dispatcher(Map<String, String> env, PrintStream out) {
    EventDispatcher.Builder b = EventDispatcher.builder();
    if (!blank(env.get(ENCRYPT_KEY))) {
      b.encryptKey(env.get(ENCRYPT_KEY));
    }
    if (!blank(env.get(VERIFICATION_TOKEN))) {
      b.verificationToken(env.get(VERIFICATION_TOKEN));
    }
    return b.events(HireEvents.registry(), event -> out.println(HireEventLine.of(event))).build();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

package io.larkgen.benchmarks.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.larkgen.benchmarks.harness.TimeRange;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of the export: the loop's requests over a bare {@code java.net.http} client, each
 * answer only tokenized with jackson-core, nothing bound and nothing written. It reads just what
 * the next request needs (the page token, whether there are more, the record ids of each page),
 * so it is the least any client on {@code java.net.http} and jackson-core can do for the same
 * export: no retries, no limiter, no validation, no objects, no output. The benchmark reports the
 * client goals' bound from it.
 */
public final class TransportFloorExport {
  /** This peer's key in the export's and the cold start's result files. */
  public static final String PEER = "transport_floor";

  private static final JsonFactory JSON = new JsonFactory();
  private static final int PAGE_SIZE = 100;
  private static final int BATCH = 100;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String baseUrl;
  private String token;

  private TransportFloorExport(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** What one interviews page said: its item count, its records' ids, the next page token. */
  record InterviewsPage(int items, List<String> recordIds, String nextPageToken) {}

  /** Runs the floor's loop against {@code baseUrl} and says what it saw. */
  static ExportSummary export(String baseUrl, String appId, String appSecret)
      throws IOException, InterruptedException {
    return new TransportFloorExport(baseUrl).run(appId, appSecret);
  }

  private ExportSummary run(String appId, String appSecret)
      throws IOException, InterruptedException {
    token = login(http, baseUrl, appId, appSecret);
    long interviews = 0;
    long records = 0;
    int interviewRequests = 0;
    int recordRequests = 0;
    String pageToken = null;
    do {
      String query = "page_size=" + PAGE_SIZE + "&start_time=" + TimeRange.START_MILLIS
          + "&end_time=" + TimeRange.END_MILLIS
          + (pageToken == null ? "" : "&page_token=" + encode(pageToken));
      InterviewsPage page = interviewsPage(get("/open-apis/hire/v1/interviews?" + query));
      interviewRequests++;
      interviews += page.items();
      List<String> ids = page.recordIds();
      for (int from = 0; from < ids.size(); from += BATCH) {
        StringBuilder q = new StringBuilder();
        for (String id : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
          q.append(q.length() == 0 ? "" : "&").append("ids=").append(encode(id));
        }
        records += items(get("/open-apis/hire/v1/interview_records?" + q));
        recordRequests++;
      }
      pageToken = page.nextPageToken();
    } while (pageToken != null);
    return new ExportSummary(interviews, records, interviewRequests, recordRequests, 0);
  }

  private byte[] get(String pathAndQuery) throws IOException, InterruptedException {
    return get(http, baseUrl + pathAndQuery, token);
  }

  /**
   * Logs in with the self-built app flow ({@code tenant_access_token/internal}) on {@code http}.
   *
   * @return the tenant access token
   */
  public static String login(HttpClient http, String baseUrl, String appId, String appSecret)
      throws IOException, InterruptedException {
    byte[] answer = send(http, HttpRequest.newBuilder(
            URI.create(baseUrl + "/open-apis/auth/v3/tenant_access_token/internal"))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"app_id\":\"" + appId + "\",\"app_secret\":\"" + appSecret + "\"}")));
    return stringField(answer, "tenant_access_token");
  }

  /** The body of a GET of {@code url} with {@code token}; an answer other than 200 fails. */
  public static byte[] get(HttpClient http, String url, String token)
      throws IOException, InterruptedException {
    return send(http, HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token).GET());
  }

  private static byte[] send(HttpClient http, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " from " + response.uri());
    }
    return response.body();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The top-level text field {@code name} of an answer. */
  public static String stringField(byte[] body, String name) throws IOException {
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME && parser.currentName().equals(name) && inPath(parser)
            && parser.nextToken() == JsonToken.VALUE_STRING) {
          return parser.getText();
        }
      }
    }
    throw new IOException("no " + name + " in the answer");
  }

  /**
   * Tokenizes an interviews page: counts {@code data.items}, collects the {@code id} of each
   * item's {@code interview_record_list} entries, and reads {@code data.page_token} when {@code
   * data.has_more} is true.
   */
  static InterviewsPage interviewsPage(byte[] body) throws IOException {
    int items = 0;
    List<String> recordIds = new ArrayList<>();
    String pageToken = null;
    boolean hasMore = false;
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_OBJECT && inPath(parser, "items", "data")) {
          items++;
        } else if (token == JsonToken.FIELD_NAME && parser.currentName().equals("id")
            && inPath(parser, "interview_record_list", "items", "data")) {
          parser.nextToken();
          recordIds.add(parser.getText());
        } else if (token == JsonToken.FIELD_NAME && parser.currentName().equals("has_more")
            && inPath(parser, "data")) {
          hasMore = parser.nextToken() == JsonToken.VALUE_TRUE;
        } else if (token == JsonToken.FIELD_NAME && parser.currentName().equals("page_token")
            && inPath(parser, "data")) {
          parser.nextToken();
          pageToken = parser.getValueAsString();
        }
      }
    }
    return new InterviewsPage(items, recordIds, hasMore ? pageToken : null);
  }

  /** Tokenizes an answer and counts the objects of its {@code data.items}. */
  public static int items(byte[] body) throws IOException {
    int items = 0;
    try (JsonParser parser = JSON.createParser(body)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_OBJECT && inPath(parser, "items", "data")) {
          items++;
        }
      }
    }
    return items;
  }

  /**
   * Whether the current token sits, inner first, in the fields {@code names} of the objects
   * above it and in no others (arrays between them are passed over): an item of {@code
   * data.items} is {@code inPath("items", "data")}, a field of {@code data} is {@code
   * inPath("data")}.
   */
  private static boolean inPath(JsonParser parser, String... names) {
    // A START_ token's context is the one it opens; a field name's, the object holding it.
    JsonStreamContext context = parser.getParsingContext().getParent();
    int i = 0;
    for (; context != null && !context.inRoot(); context = context.getParent()) {
      if (context.inObject()) {
        if (i == names.length || !names[i].equals(context.getCurrentName())) {
          return false;
        }
        i++;
      }
    }
    return i == names.length;
  }

  /** Exports and prints a one-line JSON summary; {@code OUT_FILE} is left empty. */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: TransportFloorExport BASE_URL APP_ID APP_SECRET OUT_FILE");
      System.exit(2);
    }
    long start = System.nanoTime();
    ExportSummary summary = export(args[0], args[1], args[2]);
    Files.write(Path.of(args[3]), new byte[0]);
    System.out.println(summary.toJson((System.nanoTime() - start) / 1e9));
  }
}

package io.larkgen.processor.validate;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.spec.JsonPointer;
import io.larkgen.processor.spec.SourceLocation;
import io.larkgen.processor.spec.SpecNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard OpenAPI structure checks of swagger-parser-v3, located in the spec.
 *
 * <p>swagger-parser's messages name the place as a dotted path ({@code attribute
 * paths.'/pets'(get).responses is missing}) and carry no line. The path is turned into a JSON
 * pointer, cut back to the deepest node that exists, which gives the line and column. A message
 * is dropped when a Larkgen rule already reported an error on the same part of the spec (the
 * same node, one of its ancestors or descendants), so one mistake is reported once, with
 * Larkgen's more specific message.
 */
final class SwaggerChecks {

  private static final Pattern ATTRIBUTE = Pattern.compile("attribute (\\S+)( .*)");
  private static final Pattern OPERATION = Pattern.compile("(.*)\\((get|put|post|delete|options|head|patch|trace)\\)");

  private SwaggerChecks() {}

  /**
   * Starts swagger-parser on {@code text} on a thread of its own (references are not resolved,
   * so nothing is fetched). Its first run in a compilation costs seconds of class loading and
   * interpretation, so it runs beside Larkgen's own checks, planning and writing rather than
   * before them.
   *
   * @return swagger-parser's messages, once it is done; never completes exceptionally
   */
  static CompletableFuture<List<String>> parseAsync(String text) {
    CompletableFuture<List<String>> messages = new CompletableFuture<>();
    Thread parser =
        new Thread(
            () -> {
              try {
                messages.complete(parse(text));
              } catch (RuntimeException | StackOverflowError e) {
                messages.complete(List.of("swagger-parser failed: " + e));
              } catch (Throwable e) {
                messages.completeExceptionally(e);
              }
            },
            "larkgen-swagger-parser");
    parser.setDaemon(true);
    parser.start();
    return messages;
  }

  private static List<String> parse(String text) {
    // As in SpecLoader: the text is in memory already, so its size needs no cap (swagger-parser
    // would otherwise reject specs over 3 MiB as malformed).
    DeserializationUtils.Options limits = DeserializationUtils.getOptions();
    synchronized (limits) {
      if (limits.getMaxYamlCodePoints() == null || limits.getMaxYamlCodePoints() <= text.length()) {
        limits.setMaxYamlCodePoints(text.length() + 1);
      }
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    return result == null || result.getMessages() == null ? List.of() : result.getMessages();
  }

  /**
   * Adds swagger-parser's {@code messages} to {@code check}, each located in the spec, except
   * those about a part of the spec that a Larkgen rule already reported.
   */
  static void report(List<String> messages, Checker check) {
    List<Problem> own = new ArrayList<>(check.problems());
    for (String message : messages) {
      JsonPointer pointer = pointerOf(message, check);
      if (own.stream().anyMatch(p -> p.isError() && related(pointer, JsonPointer.parse(p.pointer())))) {
        continue;
      }
      boolean aboutKey = message.endsWith(" is unexpected");
      SourceLocation at = check.document().find(pointer)
          .map(node -> aboutKey ? node.keyLocation().orElse(node.location()) : node.location())
          .orElse(check.document().locate(pointer));
      check.report(ProblemCode.OPENAPI_STRUCTURE, pointer, at, message);
    }
  }

  private static boolean related(JsonPointer a, JsonPointer b) {
    return a.contains(b) || b.contains(a);
  }

  /** The pointer a message is about: its dotted path, cut back to what exists. */
  static JsonPointer pointerOf(String message, Checker check) {
    Matcher matcher = ATTRIBUTE.matcher(message);
    if (!matcher.matches()) {
      return JsonPointer.ROOT;
    }
    List<String> tokens = tokens(matcher.group(1));
    boolean missing = matcher.group(2).contains("is missing");
    JsonPointer pointer = JsonPointer.ROOT;
    for (int i = 0; i < tokens.size(); i++) {
      JsonPointer next = pointer.child(itemIndex(check, pointer, tokens.get(i)));
      boolean last = i == tokens.size() - 1;
      if (check.document().find(next).isEmpty() && !(last && missing)) {
        break;
      }
      pointer = next;
    }
    return pointer;
  }

  /**
   * swagger-parser names a parameter in a list by its name, {@code parameters.[page_token]}: the
   * token becomes the index of the item with that name.
   */
  private static String itemIndex(Checker check, JsonPointer list, String token) {
    if (!(token.startsWith("[") && token.endsWith("]"))) {
      return token;
    }
    String name = token.substring(1, token.length() - 1);
    if (check.document().find(list).orElse(null) instanceof SpecNode.Sequence sequence) {
      for (int i = 0; i < sequence.items().size(); i++) {
        if (sequence.items().get(i) instanceof SpecNode.Mapping item
            && item.get("name").orElse(null) instanceof SpecNode.Scalar scalar
            && scalar.text().equals(name)) {
          return Integer.toString(i);
        }
      }
    }
    return token;
  }

  /** {@code paths.'/a.b'(get).responses} → {@code [paths, /a.b, get, responses]}. */
  static List<String> tokens(String dotted) {
    List<String> raw = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < dotted.length(); i++) {
      char c = dotted.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        raw.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    raw.add(current.toString());
    List<String> tokens = new ArrayList<>();
    for (String token : raw) {
      Matcher operation = OPERATION.matcher(token);
      if (operation.matches()) {
        tokens.add(operation.group(1));
        tokens.add(operation.group(2));
      } else if (!token.isEmpty()) {
        tokens.add(token);
      }
    }
    return tokens;
  }
}

package io.larkgen.processor.writer;

import io.larkgen.processor.naming.JavaNames;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.larkgen.processor.plan.OperationPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * One method a service interface declares for an operation: its call shape (blocking,
 * asynchronous or paged) and whether it takes the user's token and per-call options.
 *
 * <p>Per shape one method is abstract, the one taking options (and, for an operation that takes
 * only a user's token, the token): the default implementation sends it through {@code
 * LarkClient}, and every other method of the shape is a default method ending in it.
 *
 * @param operation the operation
 * @param shape the call shape
 * @param withToken whether it takes the user's access token
 * @param withOptions whether it takes per-call options
 */
record ServiceMethod(OperationPlan operation, Shape shape, boolean withToken, boolean withOptions) {
  static final String REQUEST = "request";
  static final String OPTIONS = "options";
  static final String USER_TOKEN = "userAccessToken";

  /** How a method sends: the {@code LarkClient} method that sends it (its name: {@link JavaNames}). */
  enum Shape {
    EXECUTE("execute"),
    ASYNC("executeAsync"),
    ALL("paginate");

    final String clientMethod;

    Shape(String clientMethod) {
      this.clientMethod = clientMethod;
    }
  }

  /** The methods of {@code operation}, in declaration order: without the token, then with it. */
  static List<ServiceMethod> of(OperationPlan operation) {
    List<String> tokens = operation.def().tokenTypes();
    List<ServiceMethod> methods = new ArrayList<>();
    // A user-only operation cannot be called without the user's token: no method lacks it.
    if (!userOnly(operation)) {
      addShapes(methods, operation, false);
    }
    if (tokens.contains("user_access_token")) {
      addShapes(methods, operation, true);
    }
    return methods;
  }

  private static void addShapes(List<ServiceMethod> methods, OperationPlan operation, boolean withToken) {
    for (Shape shape : Shape.values()) {
      if (shape == Shape.ALL && operation.paging().isEmpty()) {
        continue;
      }
      methods.add(new ServiceMethod(operation, shape, withToken, false));
      methods.add(new ServiceMethod(operation, shape, withToken, true));
    }
  }

  private static boolean userOnly(OperationPlan operation) {
    return operation.def().tokenTypes().equals(List.of("user_access_token"));
  }

  /** Whether the operation can only be called with a user's token. */
  boolean userOnly() {
    return userOnly(operation);
  }

  String name() {
    return switch (shape) {
      case EXECUTE -> operation.methodName();
      case ASYNC -> JavaNames.asyncMethod(operation.methodName());
      case ALL -> JavaNames.allMethod(operation.methodName());
    };
  }

  TypeName returns() {
    TypeName response = operation.responseClass();
    return switch (shape) {
      case EXECUTE -> response;
      case ASYNC -> ParameterizedTypeName.get(Types.COMPLETABLE_FUTURE, response);
      case ALL -> ParameterizedTypeName.get(
          Types.PAGINATOR, operation.paging().orElseThrow().itemType(), response);
    };
  }

  /** Whether an implementation provides this method; the others delegate to it. */
  boolean isAbstract() {
    return withOptions && withToken == userOnly();
  }

  /** Whether this is the method that carries the operation's Javadoc. */
  boolean isPrimary() {
    return shape == Shape.EXECUTE && !withOptions && withToken == userOnly();
  }

  /** The primary method of the operation, as a Javadoc link target. */
  CodeBlock primaryLink() {
    return new ServiceMethod(operation, Shape.EXECUTE, userOnly(), false).link();
  }

  /** This method as a Javadoc link target, e.g. {@code list(ListTodosRequest, UserAccessToken)}. */
  CodeBlock link() {
    CodeBlock.Builder code = CodeBlock.builder().add("$N($T", name(), operation.requestClass());
    if (withToken) {
      code.add(", $T", Types.USER_ACCESS_TOKEN);
    }
    if (withOptions) {
      code.add(", $T", Types.REQUEST_OPTIONS);
    }
    return code.add(")").build();
  }

  /** The parameters' types and names, in order. */
  List<Parameter> parameters() {
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(new Parameter(operation.requestClass(), REQUEST));
    if (withToken) {
      parameters.add(new Parameter(Types.USER_ACCESS_TOKEN, USER_TOKEN));
    }
    if (withOptions) {
      parameters.add(new Parameter(Types.REQUEST_OPTIONS, OPTIONS));
    }
    return parameters;
  }

  /**
   * The call a default method makes: the same shape with the default options, or, for the
   * token of a tenant-or-user operation, with the token applied to the options.
   */
  CodeBlock delegation() {
    if (!withOptions) {
      return CodeBlock.of("$N($N$L, $T.DEFAULT)", name(), REQUEST, withToken ? ", " + USER_TOKEN : "",
          Types.REQUEST_OPTIONS);
    }
    return CodeBlock.of("$N($N, $N.applyTo($N))", name(), REQUEST, USER_TOKEN, OPTIONS);
  }

  /** The options an abstract method hands to the client: its own, with the user's token if it takes one. */
  CodeBlock sentOptions() {
    return withToken ? CodeBlock.of("$N.applyTo($N)", USER_TOKEN, OPTIONS) : CodeBlock.of("$N", OPTIONS);
  }

  /** A parameter of the method. */
  record Parameter(TypeName type, String name) {}
}

package io.larkgen.processor.validate;

import io.larkgen.processor.diag.ProblemCode;
import io.larkgen.processor.naming.JavaNames;
import io.larkgen.processor.spec.SpecNode;
import java.util.HashMap;
import java.util.Map;

/**
 * The Java names operations take across a spec, as {@link JavaNames} derives them: request
 * classes, service classes, and the methods of each service class. An operation that derives a
 * name another one took is a {@link ProblemCode#JAVA_NAME_CLASH}.
 */
final class TakenNames {
  private final Checker check;
  /** Request class → the operationId it was derived from. */
  private final Map<String, String> requestTypes = new HashMap<>();
  /** Service class → the tag it was derived from. */
  private final Map<String, String> serviceTypes = new HashMap<>();
  /** Tag → method of its service class → the operation it was generated for. */
  private final Map<String, Map<String, String>> methodsByResource = new HashMap<>();

  TakenNames(Checker check) {
    this.check = check;
  }

  /** Takes the request class of {@code operationId}; false after reporting a clash. */
  boolean requestType(SpecNode node, String operationId) {
    String requestType = JavaNames.requestType(operationId);
    String clash = requestTypes.putIfAbsent(requestType, operationId);
    if (clash != null) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          "operationId '" + operationId + "' and operationId '" + clash + "' both become " + requestType);
      return false;
    }
    return true;
  }

  /** Takes the service class of {@code tag}, which its other operations share; false after reporting a clash. */
  boolean serviceType(SpecNode node, String tag) {
    String serviceType = JavaNames.serviceType(tag);
    String first = serviceTypes.putIfAbsent(serviceType, tag);
    if (first != null && !first.equals(tag)) {
      check.report(ProblemCode.JAVA_NAME_CLASH, node,
          "tag '" + tag + "' and tag '" + first + "' both become " + serviceType);
      return false;
    }
    return true;
  }

  /**
   * Takes the service methods of one operation in the service class of {@code resource}; reports
   * the first that another operation has.
   *
   * @param node the {@code x-lark-method} the problem points at
   * @param operation the operation, as it is named in the message
   */
  void serviceMethods(SpecNode node, String resource, String larkMethod, boolean paged, String operation) {
    Map<String, String> taken = methodsByResource.computeIfAbsent(resource, r -> new HashMap<>());
    for (String method : JavaNames.serviceMethods(larkMethod, paged)) {
      String first = taken.putIfAbsent(method, operation);
      if (first != null && !first.equals(operation)) {
        check.report(ProblemCode.JAVA_NAME_CLASH, node,
            "method '" + method + "' of resource '" + resource + "' is generated for both "
                + first + " and " + operation);
        return;
      }
    }
  }
}

package io.larkgen.processor.naming;

import java.util.ArrayList;
import java.util.List;

/**
 * Every Java name the generated client derives from a spec name, in one place: the loader's
 * clash check, the planner and the writers call these, so the name that is checked is the name
 * that is written. {@link Names} holds the word rules (splitting, casing, escaping); this class
 * holds what is built from them. Event names are derived the same way by {@link EventNames}.
 *
 * <p>For operation {@code listInterviews} of tag {@code interview} with {@code x-lark-method:
 * list}: the request class {@code ListInterviewsRequest}, the service class {@code
 * InterviewApi} and its field {@code interview}, the methods {@code list}, {@code listAsync} and
 * (when paged) {@code listAll}, the descriptor constant {@code LIST_INTERVIEWS} and its paging
 * twin {@code LIST_INTERVIEWS_PAGING}.
 */
public final class JavaNames {
  /** The class of a spec's error codes, in its {@code api} package. */
  public static final String ERROR_CODES_TYPE = "ErrorCodes";

  /** The nested builder class of every generated model and request. */
  public static final String BUILDER_TYPE = "Builder";

  private JavaNames() {}

  /** The request class of an operation: {@code listInterviews} → {@code ListInterviewsRequest}. */
  public static String requestType(String operationId) {
    return Names.upperCamel(operationId) + "Request";
  }

  /** The service class of a resource (an operation's tag): {@code interview} → {@code InterviewApi}. */
  public static String serviceType(String resource) {
    return Names.upperCamel(resource) + "Api";
  }

  /**
   * The package-private default implementation of a service interface: {@code InterviewsApi} →
   * {@code DefaultInterviewsApi}.
   */
  public static String serviceImplementationType(String serviceType) {
    return "Default" + serviceType;
  }

  /**
   * The package-private holder of a service's operation descriptors, the service's name with
   * {@code Operations} for {@code Api}: {@code InterviewsApi} → {@code InterviewsOperations}.
   */
  public static String serviceOperationsType(String serviceType) {
    String base = serviceType.endsWith("Api")
        ? serviceType.substring(0, serviceType.length() - "Api".length())
        : serviceType;
    return base + "Operations";
  }

  /** The versioned service's field for a resource: {@code interview_record} → {@code interviewRecord}. */
  public static String serviceField(String resource) {
    return Names.javaIdentifier(Names.lowerCamel(resource));
  }

  /** The entry point of a service: {@code hire} → {@code Hire}. */
  public static String entryType(String service) {
    return Names.upperCamel(service);
  }

  /** The Jackson module of a client, beside its entry point: {@code Hire} → {@code HireJacksonModule}. */
  public static String jacksonModuleType(String entryType) {
    return entryType + "JacksonModule";
  }

  /** The versioned service of an entry point: {@code hire}, {@code v1} → {@code HireV1}. */
  public static String versionedServiceType(String service, String version) {
    return entryType(service) + Names.upperCamel(version);
  }

  /**
   * The entry point's accessor of a version, also the package segment of a further version's
   * {@code api}, {@code model} and {@code codec} packages: {@code v1} → {@code v1}.
   */
  public static String versionMember(String version) {
    return Names.javaIdentifier(Names.lowerCamel(version));
  }

  /**
   * The Java class name of a schema: the name as written when it is a valid identifier ({@code
   * I18n}, {@code InterviewRecord}, {@code interview_extend}), else its UpperCamel form ({@code
   * interview-extend} → {@code InterviewExtend}). The result may still not be an identifier (a
   * schema named {@code 1st}): the loader reports such names, so a checked model never has one.
   */
  public static String modelType(String schemaName) {
    return Names.isValidIdentifier(schemaName) ? schemaName : Names.upperCamel(schemaName);
  }

  /** The streaming codec of a model class: {@code Interview} → {@code InterviewCodec}. */
  public static String codecType(String modelType) {
    return modelType + "Codec";
  }

  /**
   * The blocking service method of an {@code x-lark-method}: {@code list} → {@code list}, {@code
   * getByID} → {@code getById}.
   */
  public static String method(String larkMethod) {
    return Names.javaIdentifier(Names.lowerCamel(larkMethod));
  }

  /** The asynchronous twin of a service method: {@code list} → {@code listAsync}. */
  public static String asyncMethod(String method) {
    return method + "Async";
  }

  /** The every-item twin of a paged service method: {@code list} → {@code listAll}. */
  public static String allMethod(String method) {
    return method + "All";
  }

  /**
   * Every method a service class has for one operation, in the order they are written: the
   * blocking one, its asynchronous twin and, when paged, the every-item twin.
   *
   * @param larkMethod the operation's {@code x-lark-method}
   * @param paged whether the operation has {@code x-lark-pagination}
   */
  public static List<String> serviceMethods(String larkMethod, boolean paged) {
    String method = method(larkMethod);
    List<String> methods = new ArrayList<>(List.of(method, asyncMethod(method)));
    if (paged) {
      methods.add(allMethod(method));
    }
    return List.copyOf(methods);
  }

  /** The descriptor constant of an operation: {@code listInterviews} → {@code LIST_INTERVIEWS}. */
  public static String operationConstant(String operationId) {
    return Names.upperSnake(operationId);
  }

  /** The paging descriptor constant of an operation: {@code LIST_INTERVIEWS_PAGING}. */
  public static String pagingConstant(String operationId) {
    return operationConstant(operationId) + "_PAGING";
  }

  /**
   * The record component or request member of a property or parameter: {@code begin_time} →
   * {@code beginTime}, {@code class} → {@code class_}, {@code hash_code} → {@code hashCode_}.
   *
   * @throws IllegalArgumentException if the name cannot be made an identifier (the loader
   *     reports those)
   */
  public static String member(String wire) {
    return Names.memberName(wire);
  }

  /** The {@code Instant} view of an epoch-millis member: {@code createTime} → {@code createTimeInstant}. */
  public static String instantView(String member) {
    return member + "Instant";
  }

  /**
   * The constant of an enum value, from its {@code x-enum-varnames} entry: {@code
   * NOT_STARTED} → {@code NOT_STARTED}, {@code notStarted} → {@code NOT_STARTED}.
   */
  public static String enumConstant(String varName) {
    return Names.javaIdentifier(Names.upperSnake(varName));
  }

  /** A request's compiled {@code pattern} of a parameter: {@code user_id} → {@code USER_ID_PATTERN}. */
  public static String requestPatternConstant(String param) {
    return Names.upperSnake(param) + "_PATTERN";
  }

  /** A codec's compiled {@code pattern} of a property: {@code user_id} → {@code PATTERN_USER_ID}. */
  public static String codecPatternConstant(String jsonName) {
    return "PATTERN_" + Names.upperSnake(jsonName);
  }
}

package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import io.larkgen.processor.model.ApiDef;
import java.util.List;

/**
 * Everything the writers need beyond the model: Java packages, class and member names, and the
 * Java type of every property and parameter. Built by {@link Planner}; lists are in the order
 * the files are written.
 *
 * @param api the validated model
 * @param basePackage root of this spec's {@code api}, {@code model} and {@code codec} packages,
 *     e.g. {@code io.larkgen.hire} (a further version of the trigger: {@code io.larkgen.hire.v2})
 * @param entryPoint the service entry point, e.g. {@code io.larkgen.hire.Hire}
 * @param versionType the versioned service, e.g. {@code io.larkgen.hire.HireV1}
 * @param versionAccessor the entry point's accessor for it, e.g. {@code v1}
 * @param errorCodes the holder of the spec's common error codes, e.g. {@code
 *     io.larkgen.hire.api.ErrorCodes}
 * @param models object schemas, in spec order
 * @param enums enum schemas, in spec order
 * @param services one per resource, in order of first appearance
 */
public record ClientPlan(
    ApiDef api,
    String basePackage,
    ClassName entryPoint,
    ClassName versionType,
    String versionAccessor,
    ClassName errorCodes,
    List<ModelPlan> models,
    List<EnumPlan> enums,
    List<ServicePlan> services) {

  public ClientPlan {
    models = List.copyOf(models);
    enums = List.copyOf(enums);
    services = List.copyOf(services);
  }

  /** Package of records and enums. */
  public String modelPackage() {
    return modelPackage(basePackage);
  }

  /** Package of codecs. */
  public String codecPackage() {
    return codecPackage(basePackage);
  }

  /** Package of services and requests. */
  public String apiPackage() {
    return apiPackage(basePackage);
  }

  /** Package of records and enums below {@code basePackage}. */
  static String modelPackage(String basePackage) {
    return basePackage + ".model";
  }

  /** Package of codecs below {@code basePackage}. */
  static String codecPackage(String basePackage) {
    return basePackage + ".codec";
  }

  /** Package of services and requests below {@code basePackage}. */
  static String apiPackage(String basePackage) {
    return basePackage + ".api";
  }
}

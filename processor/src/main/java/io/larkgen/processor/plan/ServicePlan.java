package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import io.larkgen.processor.naming.JavaNames;
import java.util.List;

/**
 * One resource (tag): a service interface, its default implementation and the holder of its
 * operation descriptors.
 *
 * @param resource the tag, e.g. {@code interview_records}
 * @param className e.g. {@code InterviewRecordsApi}
 * @param accessor accessor on the versioned service, e.g. {@code interviewRecords}
 * @param operations in spec order
 */
public record ServicePlan(String resource, ClassName className, String accessor, List<OperationPlan> operations) {
  public ServicePlan {
    operations = List.copyOf(operations);
  }

  /** The package-private implementation sending through {@code LarkClient}, e.g. {@code DefaultInterviewsApi}. */
  public ClassName implementationClass() {
    return className.peerClass(JavaNames.serviceImplementationType(className.simpleName()));
  }

  /**
   * The package-private holder of the operation descriptors, e.g. {@code InterviewsOperations}:
   * the service's name with {@code Operations} for {@code Api}.
   */
  public ClassName operationsClass() {
    return className.peerClass(JavaNames.serviceOperationsType(className.simpleName()));
  }
}

package io.larkgen.processor.plan;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One resource (tag): a service class.
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
}

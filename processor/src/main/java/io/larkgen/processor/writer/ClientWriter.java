package io.larkgen.processor.writer;

import com.palantir.javapoet.JavaFile;
import io.larkgen.processor.plan.ClientPlan;
import io.larkgen.processor.plan.EnumPlan;
import io.larkgen.processor.plan.ModelPlan;
import io.larkgen.processor.plan.OperationPlan;
import io.larkgen.processor.plan.ServicePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every writer over a plan, in a fixed order (models and codecs, enums, requests,
 * services with their implementations and descriptors, common error codes, events, entry
 * points, the Jackson module), so the same spec always yields the same files.
 */
public final class ClientWriter {
  private final ModelWriter models;
  private final CodecWriter codecs;
  private final EnumWriter enums;
  private final RequestWriter requests;
  private final ServiceWriter services;
  private final ServiceImplementationWriter implementations;
  private final OperationsWriter operations;
  private final VersionWriter versions;
  private final EntryPointWriter entryPoints;
  private final ErrorCodesWriter errorCodes;
  private final EventWriter events;
  private final JacksonModuleWriter jacksonModule;

  /** Writers adding {@code header} to every type. */
  public ClientWriter(TypeHeader header) {
    models = new ModelWriter(header);
    codecs = new CodecWriter(header);
    enums = new EnumWriter(header);
    requests = new RequestWriter(header);
    services = new ServiceWriter(header);
    implementations = new ServiceImplementationWriter(header);
    operations = new OperationsWriter(header);
    versions = new VersionWriter(header);
    entryPoints = new EntryPointWriter(header);
    errorCodes = new ErrorCodesWriter(header);
    events = new EventWriter(header);
    jacksonModule = new JacksonModuleWriter(header);
  }

  /** Every file of the client of one spec, in writing order. */
  public List<JavaFile> write(ClientPlan plan) {
    List<JavaFile> files = writeVersion(plan);
    files.add(writeEntryPoint(List.of(plan)));
    files.add(writeJacksonModule(List.of(plan)));
    return files;
  }

  /** The entry point of the versions of one service, e.g. {@code Hire} with {@code v1()} and {@code v2()}. */
  public JavaFile writeEntryPoint(List<ClientPlan> plans) {
    return entryPoints.write(plans);
  }

  /** The Jackson module of the records and enums of every version, e.g. {@code HireJacksonModule}. */
  public JavaFile writeJacksonModule(List<ClientPlan> plans) {
    return jacksonModule.write(plans);
  }

  /** Every file of one version of the client but the entry point and the Jackson module, in writing order. */
  public List<JavaFile> writeVersion(ClientPlan plan) {
    List<JavaFile> files = new ArrayList<>();
    for (ModelPlan model : plan.models()) {
      files.add(models.write(model));
      files.add(codecs.write(model));
    }
    for (EnumPlan enumPlan : plan.enums()) {
      files.add(enums.write(enumPlan));
    }
    for (ServicePlan service : plan.services()) {
      for (OperationPlan operation : service.operations()) {
        files.add(requests.write(service, operation));
      }
      files.add(services.write(service));
      files.add(implementations.write(service));
      files.add(operations.write(service, plan.errorCodes()));
    }
    files.add(errorCodes.write(plan));
    files.add(versions.write(plan));
    plan.events().ifPresent(e -> {
      files.add(enums.write(e.types()));
      files.addAll(events.write(e));
    });
    return files;
  }
}

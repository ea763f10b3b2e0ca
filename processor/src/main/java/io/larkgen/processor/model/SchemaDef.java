package io.larkgen.processor.model;

/** A named schema under {@code components/schemas}. */
public sealed interface SchemaDef permits ObjectDef, EnumDef {
  /** The schema's name, e.g. {@code InterviewRecord}. */
  String name();

  /** The schema's description, may be empty. */
  String description();
}

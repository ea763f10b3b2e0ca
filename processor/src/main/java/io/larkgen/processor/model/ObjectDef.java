package io.larkgen.processor.model;

import java.util.List;

/**
 * An object schema.
 *
 * @param name schema name
 * @param description description, may be empty
 * @param properties properties in spec order
 */
public record ObjectDef(String name, String description, List<PropertyDef> properties)
    implements SchemaDef {
  public ObjectDef {
    properties = List.copyOf(properties);
  }
}

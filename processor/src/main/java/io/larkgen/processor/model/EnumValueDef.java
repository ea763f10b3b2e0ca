package io.larkgen.processor.model;

/**
 * One enum value.
 *
 * @param wireValue the value as JSON text without quotes, e.g. {@code 1} or {@code open_id}
 * @param varName {@code x-enum-varnames} entry, UPPER_SNAKE, e.g. {@code PASS}
 * @param description {@code x-enum-descriptions} entry (Chinese)
 * @param descriptionEn {@code x-lark-enum-descriptions-en} entry, may be empty
 */
public record EnumValueDef(String wireValue, String varName, String description, String descriptionEn) {}

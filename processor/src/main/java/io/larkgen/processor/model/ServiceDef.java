package io.larkgen.processor.model;

/**
 * {@code x-lark-service}: the Feishu service and version a spec describes.
 *
 * @param name e.g. {@code hire}
 * @param version e.g. {@code v1}
 */
public record ServiceDef(String name, String version) {}

/**
 * {@code hire-export}: exports Feishu Hire interviews with their interview records to JSON Lines
 * or CSV, resumably. {@link io.larkgen.samples.export.HireExport} is the command; {@link
 * io.larkgen.samples.export.Exporter} holds the page loop and documents the commit protocol
 * between the output and its checkpoint.
 */
package io.larkgen.samples.export;

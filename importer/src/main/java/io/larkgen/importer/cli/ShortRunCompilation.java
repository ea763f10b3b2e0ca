package io.larkgen.importer.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps the command-line import on HotSpot's C1 compiler. An import of all Hire pages is one pass
 * over a few hundred pages: C2, HotSpot's optimising compiler, spends more CPU compiling the
 * parser, the mapping and the YAML emitter than its code ever saves in so short a run (about 5.4
 * CPU seconds of a cold run instead of 3). A {@code java -jar} command cannot carry JVM options
 * such as {@code -XX:TieredStopAtLevel=1}, so the command adds the equivalent compiler directive
 * (C2 excluded for every method) itself, through the JVM's diagnostic command {@code
 * Compiler.directives_add} (what {@code jcmd <pid> Compiler.directives_add} does). It changes
 * only how fast the code runs, never what it computes. On a JVM without that command nothing
 * happens. {@link io.larkgen.importer.DocImporter} used as a library (the build's import) is not
 * affected. The {@code bin/larkgen-import} launcher starts the JVM with {@code
 * -XX:TieredStopAtLevel=1} and {@link #C1_ONLY_PROPERTY} set, which skips the directive and the
 * management classes it loads.
 */
final class ShortRunCompilation {
  /** The directive: no method is compiled by C2. */
  static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";

  /**
   * The system property ({@code true}) by which a launcher says the JVM already runs C1 only, so
   * no directive is needed.
   */
  static final String C1_ONLY_PROPERTY = "larkgen.import.c1Only";

  private static final String DIAGNOSTIC_COMMAND = "com.sun.management:type=DiagnosticCommand";

  private ShortRunCompilation() {}

  /**
   * Adds {@link #DIRECTIVE} to this JVM's compiler directives; returns whether the JVM took it.
   */
  static boolean leaveToC1() {
    Path file = null;
    try {
      file = Files.createTempFile("larkgen-import-", ".json");
      Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
      Object added = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName(DIAGNOSTIC_COMMAND), "compilerDirectivesAdd",
          new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
      return added instanceof String reply && reply.strip().endsWith("compiler directives added");
    } catch (JMException | java.io.IOException | RuntimeException | LinkageError e) {
      // Not HotSpot, no java.management, or no writable temporary folder: run as configured.
      return false;
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
          file.toFile().deleteOnExit();
        }
      }
    }
  }
}

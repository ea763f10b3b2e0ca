package io.larkgen.importer.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The command's compiler directive reaches HotSpot and excludes C2 for every method. */
class ShortRunCompilationTest {

  private static String diagnostic(String operation) throws Exception {
    return (String) ManagementFactory.getPlatformMBeanServer().invoke(
        new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
        new Object[] {new String[0]}, new String[] {String[].class.getName()});
  }

  @Test
  void theDirectiveExcludesC2ForEveryMethod() throws Exception {
    String before = diagnostic("compilerDirectivesPrint");
    assertTrue(ShortRunCompilation.leaveToC1(), "HotSpot accepts the directive");
    try {
      String after = diagnostic("compilerDirectivesPrint");
      // The new directive comes first: it matches every method, and its c2 part excludes them.
      String added = after.substring(0, after.length() - before.length());
      assertTrue(added.contains("matching: *.*"), added);
      String c2 = added.substring(added.indexOf("c2 directives:"));
      assertTrue(c2.contains("Exclude:true"), c2);
      assertTrue(!before.substring(before.indexOf("c2 directives:")).contains("Exclude:true"),
          "the default directive compiles with C2");
    } finally {
      diagnostic("compilerDirectivesRemove");
    }
  }
}

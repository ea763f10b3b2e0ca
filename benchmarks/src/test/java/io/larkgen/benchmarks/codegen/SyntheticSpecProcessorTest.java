package io.larkgen.benchmarks.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A synthetic spec passes the real Larkgen processor, and what it generates compiles. */
class SyntheticSpecProcessorTest {
  @TempDir Path dir;

  @Test
  void processorAcceptsASyntheticSpecAndItsOutputCompiles() throws Exception {
    Path specs = dir.resolve("specs");
    SyntheticSpec.write(specs, 4);
    // The test class path holds the processor and everything the generated code needs.
    String classpath = System.getProperty("java.class.path");
    CodegenBench.Larkgen larkgen = new CodegenBench.Larkgen(classpath, classpath, specs);

    larkgen.generate(specs, dir.resolve("out"), 4);
    larkgen.compileAlone(dir.resolve("out"), dir.resolve("alone"));

    Path api = dir.resolve("out/generated/bench/s4/api");
    String files = Arrays.stream(api.toFile().list()).sorted().collect(Collectors.joining(","));
    assertTrue(Files.exists(api.resolve("Offers0Api.java")), files);
    assertTrue(Files.exists(api.resolve("Referrals1Api.java")), files);
    assertTrue(Files.exists(dir.resolve("alone/classes/bench/s4/api/Offers0Api.class")));
  }
}

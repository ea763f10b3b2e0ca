package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The services, their implementations and descriptor holders keep their code within 120
 * columns. Left out are what JavaPoet cannot break: Javadoc text from the spec, a string literal
 * standing alone on its line, and a descriptor's declaration, whose type and name are one token
 * run.
 */
class ServiceLineLengthTest {
  private static final int COLUMNS = 120;
  private static final Pattern LONE_STRING = Pattern.compile("\\s*\"([^\"\\\\]|\\\\.)*\"[,);]*");
  private static final Pattern DECLARATION = Pattern.compile("\\s*static final (Operation|Paging)<.*");

  @Test
  void serviceFilesKeepTheirCodeWithin120Columns() {
    List<String> longLines = new ArrayList<>();
    int files = 0;
    for (String[] spec : List.of(
        new String[] {"io.larkgen.hire", "hire-interviews-v1.yaml"},
        new String[] {"com.example.notes", "specs/good/notes-v1.yaml"},
        new String[] {"com.example.files", "specs/good/upload-v1.yaml"},
        new String[] {"com.example.petstore", "specs/good/petstore-like.yaml"})) {
      Compilation compilation = Compilations.compile(Compilations.trigger(spec[0], spec[1]));
      assertThat(compilation).succeededWithoutWarnings();
      for (Map.Entry<String, String> source : Compilations.generatedSources(compilation).entrySet()) {
        String name = source.getKey();
        if (!name.endsWith("Api") && !name.endsWith("Operations")) {
          continue;
        }
        files++;
        String[] lines = source.getValue().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          String line = lines[i];
          if (line.codePointCount(0, line.length()) > COLUMNS && !exempt(line)) {
            longLines.add(name + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertFalse(files < 12, files + " service files");
    assertEquals(List.of(), longLines);
  }

  private static boolean exempt(String line) {
    return line.trim().startsWith("*") || LONE_STRING.matcher(line).matches() || DECLARATION.matcher(line).matches();
  }
}

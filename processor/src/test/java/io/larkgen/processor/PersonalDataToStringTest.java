package io.larkgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Models generated from {@code specs/good/notes-v1.yaml}, run: {@code toString()} prints
 * {@code ***} for the properties marked {@code x-lark-pii: true} and only the names of unknown
 * fields, while models without a mark keep the record's own {@code toString()}.
 */
class PersonalDataToStringTest {
  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    loader = SpecCompiler.notes();
  }

  private static Object model(String simpleName, Object... setters) throws Exception {
    Object builder = loader.loadClass("com.example.notes.model." + simpleName)
        .getMethod("builder").invoke(null);
    for (int i = 0; i < setters.length; i += 2) {
      SpecCompiler.set(builder, (String) setters[i], setters[i + 1]);
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  @Test
  void markedScalarsPrintMaskedAndTheOthersAsTheyAre() throws Exception {
    String text = model("Note", "id", "n-1", "content", "Candidate said she is moving to Hangzhou",
        "extraProperties", Map.of("home_phone", "13800000000")).toString();
    assertFalse(text.contains("Hangzhou"), text);
    assertFalse(text.contains("13800000000"), text);
    assertTrue(text.startsWith("Note[id=n-1, applicationId=null, content=***, "), text);
    assertTrue(text.endsWith(", extraProperties=[home_phone]]"), text);
  }

  @Test
  void anAbsentMarkedValueStillPrintsAsAbsent() throws Exception {
    String text = model("Note", "id", "n-2").toString();
    assertTrue(text.contains("content=null"), text);
    String reminder = model("Reminder", "remindTime", "1700000000000").toString();
    assertTrue(reminder.contains("channels=[]"), reminder);
  }

  @Test
  void aMarkedListPrintsMasked() throws Exception {
    String text = model("Reminder", "remindTime", "1700000000000",
        "channels", List.of("13800000000", "a@example.com")).toString();
    assertEquals("Reminder[remindTime=1700000000000, channels=***, extraProperties=[]]", text);
  }

  @Test
  void aModelWithoutMarksKeepsTheRecordToString() throws Exception {
    String text = model("Mention", "userId", "ou_1", "offset", 3).toString();
    assertEquals("Mention[userId=ou_1, offset=3, extraProperties={}]", text);
  }
}

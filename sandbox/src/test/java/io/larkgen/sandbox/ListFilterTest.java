package io.larkgen.sandbox;

import static io.larkgen.sandbox.SpecDrivenTest.V1;
import static io.larkgen.sandbox.SpecDrivenTest.conform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.larkgen.sandbox.Http.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lists honour equality filters on id-named query parameters and body fields, over generated
 * and stored entities alike, and batch queries read the store: a create is seen by the next
 * {@code batch_query}.
 */
class ListFilterTest {

  private static final String NOTES = "/open-apis/hire_conventions/v1/notes";
  private static final String BATCH = NOTES + "/batch_query";

  private static FeishuSandbox sandbox;
  private static Http http;
  private static String token;

  @BeforeAll
  static void start() {
    sandbox = FeishuSandbox.builder().seed(13L).interviews(100).rateLimits(false).specs(V1).start();
    http = new Http(sandbox);
    token = http.tenantToken();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<JsonNode> items(Answer a) {
    List<JsonNode> out = new ArrayList<>();
    a.data().path("items").forEach(out::add);
    return out;
  }

  private static List<JsonNode> allNotes() {
    return items(http.get(token, NOTES, "page_size", "100"));
  }

  private static String create(String talent, String application) {
    Answer created = http.json("POST", token, NOTES, "{\"talent_id\":\"" + talent
        + "\",\"application_id\":\"" + application + "\",\"content\":\"复试通过\"}");
    assertEquals(0, created.code(), created.json()::toString);
    return created.data().path("note").path("id").asText();
  }

  @Test
  void aTalentFilterAnswersExactlyTheNotesOfThatTalent() {
    List<JsonNode> all = allNotes();
    String talent = all.get(0).path("talent_id").asText();
    List<JsonNode> expected = all.stream()
        .filter(n -> n.path("talent_id").asText().equals(talent)).toList();
    Answer filtered = http.get(token, NOTES, "page_size", "100", "talent_id", talent);
    conform(V1, "listNotes", filtered.json());
    assertEquals(expected, items(filtered));
    assertTrue(expected.size() < all.size(), "the filter leaves notes out");
  }

  @Test
  void aCreatedNoteIsFoundByItsTalentAndPagesWithTheFilter() {
    String talent = allNotes().get(1).path("talent_id").asText();
    String application = allNotes().get(1).path("application_id").asText();
    int before = items(http.get(token, NOTES, "page_size", "100", "talent_id", talent)).size();
    List<String> created = List.of(create(talent, application), create(talent, application));
    List<JsonNode> listed = items(http.get(token, NOTES, "page_size", "100", "talent_id", talent));
    assertEquals(before + 2, listed.size());
    assertEquals(created, listed.subList(before, before + 2).stream()
        .map(n -> n.path("id").asText()).toList());

    Answer first = http.get(token, NOTES, "page_size", "1", "talent_id", talent);
    assertTrue(first.data().path("has_more").asBoolean());
    List<String> paged = new ArrayList<>();
    Answer page = first;
    while (true) {
      items(page).forEach(n -> paged.add(n.path("id").asText()));
      if (!page.data().path("has_more").asBoolean()) {
        break;
      }
      page = http.get(token, NOTES, "page_size", "1", "talent_id", talent,
          "page_token", page.data().path("page_token").asText());
    }
    assertEquals(listed.stream().map(n -> n.path("id").asText()).toList(), paged);
  }

  @Test
  void aBatchQueryReadsTheStoredNotesItNames() {
    List<JsonNode> all = allNotes();
    String generated = all.get(3).path("id").asText();
    String created = create(all.get(2).path("talent_id").asText(), "6960663240925956999");
    Answer batch = http.json("POST", token, BATCH,
        "{\"note_id_list\":[\"" + created + "\",\"" + generated + "\",\"42\"]}");
    conform(V1, "batchQueryNotes", batch.json());
    List<JsonNode> found = items(batch);
    assertEquals(List.of(generated, created), found.stream().map(n -> n.path("id").asText()).toList(),
        "the named notes in list order; an unknown id is skipped");
    assertEquals("复试通过", found.get(1).path("content").asText(), "the stored fields");
    assertFalse(batch.data().path("has_more").asBoolean());
  }

  @Test
  void aBatchQueryFiltersByABodyField() {
    String application = "6960663240925956123";
    String created = create(allNotes().get(4).path("talent_id").asText(), application);
    Answer batch = http.json("POST", token, BATCH, "{\"application_id\":\"" + application + "\"}");
    assertEquals(List.of(created), items(batch).stream().map(n -> n.path("id").asText()).toList());

    Answer unfiltered = http.json("POST", token, BATCH, "{\"note_id_list\":[]}");
    assertEquals(10, items(unfiltered).size(), "an empty id list filters nothing (default page 10)");
    assertTrue(unfiltered.data().path("has_more").asBoolean());
  }
}

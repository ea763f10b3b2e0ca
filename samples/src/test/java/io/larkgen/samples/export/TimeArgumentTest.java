package io.larkgen.samples.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeArgumentTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  void epochMillis() {
    assertEquals(Instant.ofEpochMilli(1769821200000L), TimeArgument.parse("1769821200000", SHANGHAI).instant());
  }

  @Test
  void isoInstantAndOffset() {
    assertEquals(Instant.parse("2026-01-31T01:00:00Z"), TimeArgument.parse("2026-01-31T01:00:00Z", SHANGHAI).instant());
    assertEquals(Instant.parse("2026-01-31T01:00:00Z"), TimeArgument.parse("2026-01-31T09:00+08:00", SHANGHAI).instant());
  }

  @Test
  void localFormsUseTheZone() {
    assertEquals(Instant.parse("2026-01-30T16:00:00Z"), TimeArgument.parse("2026-01-31", SHANGHAI).instant());
    assertEquals(Instant.parse("2026-01-31T01:00:00Z"), TimeArgument.parse("2026-01-31T09:00", SHANGHAI).instant());
    assertEquals(
        Instant.parse("2026-01-31T09:00:00Z"), TimeArgument.parse("2026-01-31T09:00", ZoneId.of("UTC")).instant());
  }

  @Test
  void zonedDateTime() {
    assertEquals(
        Instant.parse("2026-01-31T01:00:00Z"),
        TimeArgument.parse("2026-01-31T09:00[Asia/Shanghai]", ZoneId.of("UTC")).instant());
  }

  @Test
  void keepsTheRawText() {
    assertEquals("2026-01-31", TimeArgument.parse("2026-01-31", SHANGHAI).raw());
  }

  @Test
  void rejectsGarbageNamingTheForms() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TimeArgument.parse("yesterday", SHANGHAI));
    assertTrue(e.getMessage().startsWith("'yesterday' is not a time: expected an ISO date"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TimeArgument.parse("2026-13-01", SHANGHAI));
    assertThrows(IllegalArgumentException.class, () -> TimeArgument.parse("", SHANGHAI));
    assertThrows(IllegalArgumentException.class, () -> TimeArgument.parse("99999999999999999999", SHANGHAI));
  }
}

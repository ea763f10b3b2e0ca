package com.example.interviews;

import io.larkgen.hire.Hire;
import io.larkgen.runtime.DefaultLarkClient;
import java.time.Instant;

/** Prints the interviews of November 2026 of the app named by FEISHU_APP_ID and FEISHU_APP_SECRET. */
public final class ListInterviews {
  private ListInterviews() {}

  /**
   * Runs the program.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (DefaultLarkClient client = DefaultLarkClient.builder()
        .appId(System.getenv("FEISHU_APP_ID"))
        .appSecret(System.getenv("FEISHU_APP_SECRET"))
        .build()) {
      InterviewSchedule schedule = new InterviewSchedule(Hire.of(client).v1().interviews());
      schedule.lines(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"))
          .forEach(System.out::println);
    }
  }
}

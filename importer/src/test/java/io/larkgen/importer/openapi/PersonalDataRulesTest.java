package io.larkgen.importer.openapi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name and scope rules of {@link PersonalData}, field by field. */
class PersonalDataRulesTest {
  private static boolean personal(String owner, String field, String... scopes) {
    return PersonalData.isPersonal(owner, field, List.of(scopes));
  }

  @Test
  void contactAndIdentityFieldsAnywhere() {
    for (String field : List.of("mobile", "contact_mobile", "phone", "email", "candidate_email",
        "id_number", "identification_number", "birthday", "address", "home_address")) {
      assertTrue(personal("Job", field), field);
    }
    for (String field : List.of("mobile_code", "email_template_id", "address_id", "phone_type")) {
      assertFalse(personal("Job", field), field);
    }
  }

  @Test
  void namesOfPeopleButNotOfThings() {
    assertTrue(personal("Talent", "name"));
    assertTrue(personal("InterviewInterviewer", "en_name"));
    assertTrue(personal("Application", "talent_name"));
    assertFalse(personal("Job", "name"));
    assertFalse(personal("InterviewRound", "name"));
  }

  @Test
  void freeTextOfEvaluationsAndInterviewRecords() {
    assertTrue(personal("InterviewRecord", "content"));
    assertTrue(personal("Evaluation", "comment"));
    assertTrue(personal("InterviewRecordQuestion", "feedback"));
    assertFalse(personal("Attachment", "content"));
  }

  @Test
  void sensitiveScopes() {
    assertTrue(personal("Offer", "amount", "hire:offer_salary:readonly"));
    assertTrue(personal("Employee", "contact", "hire:employee.mobile:readonly"));
    assertFalse(personal("Offer", "amount", "hire:offer:readonly"));
    assertFalse(personal("Employee", "user_id", "contact:user.employee_id:readonly"));
  }
}

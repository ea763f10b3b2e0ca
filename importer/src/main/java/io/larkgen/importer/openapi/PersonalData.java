package io.larkgen.importer.openapi;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which fields hold personal data, so the spec can mark them {@code x-lark-pii: true} and
 * generated models can keep their values out of {@code toString()}.
 *
 * <p>The docs say it in two ways: by the field's name (a mobile number, an email address, an
 * identity document number, a birthday, an address, the name of a person, the free text of an
 * evaluation or an interview record) and by the field's 字段权限要求 scopes, which name sensitive
 * data ({@code hire:talent.mobile:readonly}, {@code hire:offer_salary:readonly}). An overlay
 * corrects either way: it can add the mark or remove it.
 */
final class PersonalData {
  private PersonalData() {}

  /** Contact and identity data, whoever it belongs to: any field named so. */
  private static final Pattern CONTACT = Pattern.compile(
      "(^|_)(mobile|mobile_number|phone|phone_number|telephone|tel|email|email_address"
          + "|id_number|identification_number|id_card|id_card_number|passport_number"
          + "|birthday|birth_date|date_of_birth|address|home_address|current_address)$");

  /** A field that names a person when its owner is a person. */
  private static final Pattern PERSON_NAME = Pattern.compile(
      "^(name|en_name|zh_name|real_name|full_name|first_name|last_name|nickname|pinyin_name)$");

  /** A field that names a person wherever it appears. */
  private static final Pattern NAMED_PERSON = Pattern.compile(
      "^(talent|candidate|applicant|interviewer|referrer|referee|user|employee|creator|owner"
          + "|recruiter|contact)_name$");

  /** Owners (schema names) that describe a person. */
  private static final Pattern PERSON_OWNER = Pattern.compile(
      "(Talent|Candidate|Applicant|Interviewer|Referr|Employee|User|Person|Contact|Member"
          + "|Creator|Owner|Recruiter|Agency|Guardian|Emergency)", Pattern.CASE_INSENSITIVE);

  /** Free text written about a candidate. */
  private static final Set<String> FREE_TEXT =
      Set.of("content", "comment", "comments", "feedback", "remark", "remarks", "evaluation",
          "conclusion_comment", "interview_feedback", "record_content");

  /** Owners whose free text is written about a candidate. */
  private static final Pattern ASSESSMENT_OWNER = Pattern.compile(
      "(Evaluation|InterviewRecord|Interview|Assessment|Feedback|Note|Questionnaire)",
      Pattern.CASE_INSENSITIVE);

  /** Scopes that guard sensitive data: a contact field, a salary, anything named sensitive. */
  private static final Pattern SENSITIVE_SCOPE = Pattern.compile(
      "\\.(mobile|email|phone|id_number|birthday|address)\\b|salary|sensitive");

  /**
   * Whether a field holds personal data.
   *
   * @param owner the schema the field belongs to, e.g. {@code InterviewRecord}; may be empty
   * @param field the field's JSON name, e.g. {@code mobile}
   * @param scopes the field's 字段权限要求 scopes
   */
  static boolean isPersonal(String owner, String field, Collection<String> scopes) {
    String name = field.toLowerCase(Locale.ROOT);
    if (CONTACT.matcher(name).find() || NAMED_PERSON.matcher(name).matches()) {
      return true;
    }
    if (PERSON_NAME.matcher(name).matches() && PERSON_OWNER.matcher(owner).find()) {
      return true;
    }
    if (FREE_TEXT.contains(name) && ASSESSMENT_OWNER.matcher(owner).find()) {
      return true;
    }
    return scopes.stream().anyMatch(scope -> SENSITIVE_SCOPE.matcher(scope).find());
  }
}

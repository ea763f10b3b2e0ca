package io.larkgen.runtime.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.larkgen.runtime.error.LarkRequestValidationException.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request refused before any I/O: a {@link LarkException} naming path and rule. */
class LarkRequestValidationExceptionTest {

  @Test
  void theMessageIsThePathThenTheDetail() {
    LarkRequestValidationException e =
        new LarkRequestValidationException("page_size", Rule.MAXIMUM, "101 is greater than the maximum 100");
    assertEquals("page_size: 101 is greater than the maximum 100", e.getMessage());
    assertEquals("page_size", e.path());
    assertEquals(Rule.MAXIMUM, e.rule());
    assertInstanceOf(LarkException.class, e);
  }

  @Test
  void nothingWasSentSoThereIsNoStatusLogIdOrOperation() {
    LarkException e = new LarkRequestValidationException("body.content", Rule.REQUIRED, "required field is not set");
    assertEquals(0, e.httpStatus());
    assertTrue(e.logId().isEmpty());
    assertEquals("", e.operationId());
  }

  @Test
  void theCauseIsKept() {
    NumberFormatException cause = new NumberFormatException("ten");
    LarkRequestValidationException e =
        new LarkRequestValidationException("batch", Rule.FORMAT, "\"ten\" is not a decimal number", cause);
    assertSame(cause, e.getCause());
  }

  @Test
  void aRequireAnyFailureNamesEveryParameterAndTheDescription() {
    LarkRequestValidationException e =
        new LarkRequestValidationException(List.of("application_id", "interview_id"), " may not both be empty ");
    assertEquals("at least one of application_id, interview_id must be set (may not both be empty)", e.getMessage());
    assertEquals("application_id, interview_id", e.path());
    assertEquals(Rule.REQUIRE_ANY, e.rule());
    assertEquals(
        "at least one of a, b must be set", new LarkRequestValidationException(List.of("a", "b"), "").getMessage());
  }

  @Test
  void eachRuleNamesTheSpecKeywordThatStatesIt() {
    assertEquals("maxLength", Rule.MAX_LENGTH.keyword());
    assertEquals("exclusiveMinimum", Rule.EXCLUSIVE_MINIMUM.keyword());
    assertEquals("x-lark-max-bytes", Rule.MAX_BYTES.keyword());
    assertEquals("x-lark-require-any", Rule.REQUIRE_ANY.keyword());
  }
}

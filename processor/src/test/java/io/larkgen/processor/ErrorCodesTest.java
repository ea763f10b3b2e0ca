package io.larkgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.larkgen.runtime.ErrorCode;
import io.larkgen.runtime.Operation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operation descriptors generated from the hand-written Hire spec carry the operation's
 * {@code x-lark-error-codes} followed by the spec's {@code x-lark-common-error-codes}, which are
 * generated once, in {@code ErrorCodes.COMMON}.
 */
class ErrorCodesTest {

  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compilations.compile(Compilations.trigger("io.larkgen.hire", "hire-interviews-v1.yaml"));
    assertThat(compilation).succeededWithoutWarnings();
    loader = SpecCompiler.loader(compilation);
  }

  @SuppressWarnings("unchecked")
  private static List<ErrorCode> common() throws Exception {
    return (List<ErrorCode>) loader.loadClass("io.larkgen.hire.api.ErrorCodes").getField("COMMON").get(null);
  }

  @Test
  void theCommonCodesAreTheSpecsInOrder() throws Exception {
    List<ErrorCode> common = common();
    assertEquals(12, common.size());
    assertEquals(new ErrorCode(99991400, 429, "request trigger frequency limit",
        "请求频率超限，请按 x-ogw-ratelimit-reset 等待后重试 / rate limit exceeded; wait for x-ogw-ratelimit-reset seconds and retry",
        ErrorCode.Retry.BACKOFF), common.get(0));
    assertEquals(ErrorCode.Retry.REFRESH_TOKEN, common.get(5).retry());
  }

  @Test
  void aDescriptorHasItsOwnCodesFollowedByTheCommonOnes() throws Exception {
    Operation<?, ?> list =
        SpecCompiler.descriptor(loader, "io.larkgen.hire.api.InterviewsOperations", "LIST_INTERVIEWS");
    List<ErrorCode> codes = list.errorCodes();
    assertEquals(List.of(1002001, 1002002), codes.subList(0, 2).stream().map(ErrorCode::code).toList());
    assertEquals(ErrorCode.Retry.BACKOFF, codes.get(0).retry());
    assertEquals(500, codes.get(0).httpStatus());
    assertEquals(common(), codes.subList(2, codes.size()));
  }
}

package io.larkgen.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.larkgen.processor.model.ErrorCodeDef;
import io.larkgen.processor.plan.ClientPlan;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes the holder of a spec's common error codes ({@code x-lark-common-error-codes}), e.g.
 * {@code io.larkgen.hire.api.ErrorCodes}: one {@code COMMON} list, and the helper every operation
 * descriptor builds its {@code errorCodes(...)} with, so the common codes are written once per
 * spec rather than once per operation.
 */
public final class ErrorCodesWriter {
  static final String COMMON = "COMMON";
  static final String WITH_COMMON = "withCommon";

  private static final TypeName LIST_OF_CODES = ParameterizedTypeName.get(Types.LIST, Types.ERROR_CODE);

  private final TypeHeader header;

  /** A writer adding {@code header} to every type it writes. */
  public ErrorCodesWriter(TypeHeader header) {
    this.header = header;
  }

  /** Writes the error-code holder of {@code plan}. */
  public JavaFile write(ClientPlan plan) {
    ClassName name = plan.errorCodes();
    List<ErrorCodeDef> common = plan.api().commonErrorCodes();
    StringBuilder doc = new StringBuilder("Error codes every operation of version ")
        .append(Docs.code(plan.api().service().version()))
        .append(" may answer, from the spec's {@code x-lark-common-error-codes}");
    if (common.isEmpty()) {
      doc.append(" (none documented).\n");
    } else {
      doc.append(":\n\n").append(list(common));
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The common error codes of {@link $T}, held once for every operation descriptor.\n",
                plan.versionType())
            .addField(
                FieldSpec.builder(LIST_OF_CODES, COMMON, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L", doc.toString())
                    .initializer(codes(common, CodeBlock.of("$T.of(", Types.LIST)))
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder(WITH_COMMON)
                    .addJavadoc(
                        "An operation's documented codes followed by {@link #$N}.\n\n"
                            + "@param documented the operation's own {@code x-lark-error-codes}, in spec order\n"
                            + "@return both lists in one\n",
                        COMMON)
                    .addModifiers(Modifier.STATIC)
                    .returns(LIST_OF_CODES)
                    .addParameter(ArrayTypeName.of(Types.ERROR_CODE), "documented")
                    .varargs(true)
                    .addStatement("$T all = new $T<>($T.of(documented))", LIST_OF_CODES, Types.ARRAY_LIST, Types.LIST)
                    .addStatement("all.addAll($N)", COMMON)
                    .addStatement("return $T.copyOf(all)", Types.LIST)
                    .build());
    return JavaFile.builder(name.packageName(), header.apply(type).build())
        .skipJavaLangImports(true)
        .build();
  }

  /** {@code start} then one {@code new ErrorCode(…)} per code, each from a new line, then {@code )}. */
  static CodeBlock codes(List<ErrorCodeDef> codes, CodeBlock start) {
    CodeBlock.Builder init = CodeBlock.builder().add(start);
    if (codes.isEmpty()) {
      return init.add(")").build();
    }
    init.add("$>$>");
    for (int i = 0; i < codes.size(); i++) {
      ErrorCodeDef code = codes.get(i);
      init.add(
          "\n$L$T.$N)$L",
          // Wrapped between arguments, so a long description stands on a line of its own.
          CodeBlock.of("new $T($L, $L, $S,$W$S,$W", Types.ERROR_CODE, code.code(), code.httpStatus(), code.msg(),
              code.description()),
          Types.ERROR_CODE_RETRY,
          code.retry().toUpperCase(Locale.ROOT).replace('-', '_'),
          i == codes.size() - 1 ? "" : ",");
    }
    return init.add(")$<$<").build();
  }

  /** The codes as a Javadoc list. */
  static String list(List<ErrorCodeDef> codes) {
    StringBuilder doc = new StringBuilder("<ul>\n");
    for (ErrorCodeDef error : codes) {
      doc.append("  <li>{@code ").append(error.code()).append("} (HTTP ").append(error.httpStatus())
          .append(", retry ").append(Docs.code(error.retry())).append("): ")
          .append(Docs.orElse(error.description(), Docs.escape(error.msg()))).append("\n");
    }
    return doc.append("</ul>\n").toString();
  }
}

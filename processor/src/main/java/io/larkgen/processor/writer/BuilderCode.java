package io.larkgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Builder} of a generated record (models and requests): a field and a setter
 * per component, a copy constructor for {@code toBuilder()}, and {@code build()} calling the
 * canonical constructor with the components in order.
 */
final class BuilderCode {
  private final ClassName record;
  private final ClassName builder;
  private final TypeSpec.Builder type;
  private final MethodSpec.Builder copy;
  private final List<String> components = new ArrayList<>();

  /**
   * Starts the builder {@code builder} of {@code record}.
   *
   * @param javadoc the builder's class Javadoc
   */
  BuilderCode(ClassName record, ClassName builder, CodeBlock javadoc) {
    this.record = record;
    this.builder = builder;
    this.type =
        TypeSpec.classBuilder(builder)
            .addJavadoc(javadoc)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    this.copy =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(record, "source");
  }

  /**
   * Adds the next record component: its field, its copy from the source record, and its setter.
   * Both the field and the setter's parameter are {@code @Nullable}: null means unset.
   *
   * @param javaType the component's type
   * @param name the component's name
   * @param javadoc the setter's Javadoc
   */
  void component(TypeName javaType, String name, CodeBlock javadoc) {
    TypeName unset = Nullness.nullable(javaType);
    type.addField(FieldSpec.builder(unset, name, Modifier.PRIVATE).build());
    copy.addStatement("this.$1N = source.$1N()", name);
    type.addMethod(
        MethodSpec.methodBuilder(name)
            .addJavadoc(javadoc)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(unset, name)
            .addStatement("this.$1N = $1N", name)
            .addStatement("return this")
            .build());
    components.add(name);
  }

  /**
   * Finishes the builder with its constructors and {@code build()}.
   *
   * @param buildJavadoc the Javadoc of {@code build()}
   */
  TypeSpec build(CodeBlock buildJavadoc) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < components.size(); i++) {
      args.add(i == 0 ? "$N" : ",$W$N", components.get(i));
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(copy.build());
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc(buildJavadoc)
            .addModifiers(Modifier.PUBLIC)
            .returns(record)
            .addStatement("return new $T($L)", record, args.build())
            .build());
    return type.build();
  }
}

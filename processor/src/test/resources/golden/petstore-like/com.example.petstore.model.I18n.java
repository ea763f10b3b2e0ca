package com.example.petstore.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 多语言文本 / localized text
 *
 * @param zhCn 中文 / Chinese text ({@code zh_cn})
 * @param enUs 英文 / English text ({@code en_us})
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public record I18n(@Nullable String zhCn, @Nullable String enUs,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("zh_cn", "en_us");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param zhCn {@code zh_cn}
   * @param enUs {@code en_us}
   * @param extraProperties unknown fields
   */
  public I18n {
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "I18n");
  }

  /**
   * A builder with every component unset.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's components.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builder of {@link I18n}.
   */
  public static final class Builder {
    private @Nullable String zhCn;

    private @Nullable String enUs;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(I18n source) {
      this.zhCn = source.zhCn();
      this.enUs = source.enUs();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link I18n#zhCn()}.
     *
     * @param zhCn the value, or null to unset
     * @return this builder
     */
    public Builder zhCn(@Nullable String zhCn) {
      this.zhCn = zhCn;
      return this;
    }

    /**
     * Sets {@link I18n#enUs()}.
     *
     * @param enUs the value, or null to unset
     * @return this builder
     */
    public Builder enUs(@Nullable String enUs) {
      this.enUs = enUs;
      return this;
    }

    /**
     * Sets {@link I18n#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link I18n} of the components set so far.
     *
     * @return the value
     */
    public I18n build() {
      return new I18n(zhCn, enUs, extraProperties);
    }
  }
}

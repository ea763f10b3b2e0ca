package com.example.petstore.model;

import io.larkgen.runtime.annotations.GeneratedClient;
import io.larkgen.runtime.json.JsonValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.Nullable;

/**
 * 宠物 / a pet
 *
 * @param id 宠物 ID / pet ID ({@code id}; required by the spec)
 * @param name 名字 / name ({@code name})
 * @param age 年龄 / age in years ({@code age})
 * @param weight 体重（千克） / weight in kilograms ({@code weight})
 * @param chipNumber 芯片号 / microchip number ({@code chip_number})
 * @param vaccinated 是否已接种 / whether vaccinated ({@code vaccinated})
 * @param bornTime 出生时间，毫秒时间戳 / birth time, epoch milliseconds ({@code born_time}; milliseconds
 *     since the epoch as sent, see {@link #bornTimeInstant()})
 * @param adoptTime 领养时间，毫秒时间戳字符串 / adoption time, epoch milliseconds as a string
 *     ({@code adopt_time}; decimal string of milliseconds since the epoch as sent, see
 *     {@link #adoptTimeInstant()})
 * @param class_ 分类（Java 关键字） / class, a Java keyword ({@code class})
 * @param default_ 是否默认（Java 关键字） / default, a Java keyword ({@code default})
 * @param status 状态 / status ({@code status})
 * @param kind 种类 / kind ({@code kind})
 * @param tags 标签 / tags ({@code tags}; never null, empty when absent)
 * @param pastStatuses 历史状态 / earlier statuses ({@code past_statuses}; never null, empty when absent)
 * @param owner 主人 / owner ({@code owner})
 * @param friends 朋友 / friends ({@code friends}; never null, empty when absent)
 * @param extraProperties JSON fields this client does not know, as plain Java values; never null
 */
@Generated(
    value = "io.larkgen.processor.OpenApiClientProcessor",
    comments = "specs/good/petstore-like.yaml"
)
@GeneratedClient
public record Pet(@Nullable String id, @Nullable I18n name, @Nullable Integer age,
    @Nullable Double weight, @Nullable Long chipNumber, @Nullable Boolean vaccinated,
    @Nullable Long bornTime, @Nullable String adoptTime, @Nullable String class_,
    @Nullable Boolean default_, @Nullable PetStatus status, @Nullable PetKind kind,
    List<String> tags, List<PetStatus> pastStatuses, @Nullable Owner owner, List<Owner> friends,
    Map<String, Object> extraProperties) {
  /**
   * JSON names of the components, which {@code extraProperties} may not use.
   */
  private static final Set<String> FIELD_NAMES = Set.of("id", "name", "age", "weight",
      "chip_number", "vaccinated", "born_time", "adopt_time", "class", "default", "status", "kind",
      "tags", "past_statuses", "owner", "friends");

  /**
   * Copies lists and unknown fields; null lists and maps become empty.
   *
   * @throws IllegalArgumentException when {@code extraProperties} holds a name of
   * one of this record's fields
   * @param id {@code id}
   * @param name {@code name}
   * @param age {@code age}
   * @param weight {@code weight}
   * @param chipNumber {@code chip_number}
   * @param vaccinated {@code vaccinated}
   * @param bornTime {@code born_time}
   * @param adoptTime {@code adopt_time}
   * @param class_ {@code class}
   * @param default_ {@code default}
   * @param status {@code status}
   * @param kind {@code kind}
   * @param tags {@code tags}
   * @param pastStatuses {@code past_statuses}
   * @param owner {@code owner}
   * @param friends {@code friends}
   * @param extraProperties unknown fields
   */
  public Pet {
    tags = tags == null ? List.of() : List.copyOf(tags);
    pastStatuses = pastStatuses == null ? List.of() : List.copyOf(pastStatuses);
    friends = friends == null ? List.of() : List.copyOf(friends);
    extraProperties = JsonValues.copyExtra(extraProperties, FIELD_NAMES, "Pet");
  }

  /**
   * {@link #bornTime()} as an instant; empty when absent.
   *
   * @return the instant, if present
   */
  public Optional<Instant> bornTimeInstant() {
    return bornTime == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(bornTime));
  }

  /**
   * {@link #adoptTime()} parsed as milliseconds since the epoch; empty when absent or empty.
   *
   * @return the instant, if present
   * @throws NumberFormatException if the value is not a decimal number
   */
  public Optional<Instant> adoptTimeInstant() {
    return adoptTime == null || adoptTime.isEmpty()
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(Long.parseLong(adoptTime)));
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
   * Builder of {@link Pet}.
   */
  public static final class Builder {
    private @Nullable String id;

    private @Nullable I18n name;

    private @Nullable Integer age;

    private @Nullable Double weight;

    private @Nullable Long chipNumber;

    private @Nullable Boolean vaccinated;

    private @Nullable Long bornTime;

    private @Nullable String adoptTime;

    private @Nullable String class_;

    private @Nullable Boolean default_;

    private @Nullable PetStatus status;

    private @Nullable PetKind kind;

    private @Nullable List<String> tags;

    private @Nullable List<PetStatus> pastStatuses;

    private @Nullable Owner owner;

    private @Nullable List<Owner> friends;

    private @Nullable Map<String, Object> extraProperties;

    private Builder() {
    }

    private Builder(Pet source) {
      this.id = source.id();
      this.name = source.name();
      this.age = source.age();
      this.weight = source.weight();
      this.chipNumber = source.chipNumber();
      this.vaccinated = source.vaccinated();
      this.bornTime = source.bornTime();
      this.adoptTime = source.adoptTime();
      this.class_ = source.class_();
      this.default_ = source.default_();
      this.status = source.status();
      this.kind = source.kind();
      this.tags = source.tags();
      this.pastStatuses = source.pastStatuses();
      this.owner = source.owner();
      this.friends = source.friends();
      this.extraProperties = source.extraProperties();
    }

    /**
     * Sets {@link Pet#id()}.
     *
     * @param id the value, or null to unset
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@link Pet#name()}.
     *
     * @param name the value, or null to unset
     * @return this builder
     */
    public Builder name(@Nullable I18n name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@link Pet#age()}.
     *
     * @param age the value, or null to unset
     * @return this builder
     */
    public Builder age(@Nullable Integer age) {
      this.age = age;
      return this;
    }

    /**
     * Sets {@link Pet#weight()}.
     *
     * @param weight the value, or null to unset
     * @return this builder
     */
    public Builder weight(@Nullable Double weight) {
      this.weight = weight;
      return this;
    }

    /**
     * Sets {@link Pet#chipNumber()}.
     *
     * @param chipNumber the value, or null to unset
     * @return this builder
     */
    public Builder chipNumber(@Nullable Long chipNumber) {
      this.chipNumber = chipNumber;
      return this;
    }

    /**
     * Sets {@link Pet#vaccinated()}.
     *
     * @param vaccinated the value, or null to unset
     * @return this builder
     */
    public Builder vaccinated(@Nullable Boolean vaccinated) {
      this.vaccinated = vaccinated;
      return this;
    }

    /**
     * Sets {@link Pet#bornTime()}.
     *
     * @param bornTime the value, or null to unset
     * @return this builder
     */
    public Builder bornTime(@Nullable Long bornTime) {
      this.bornTime = bornTime;
      return this;
    }

    /**
     * Sets {@link Pet#adoptTime()}.
     *
     * @param adoptTime the value, or null to unset
     * @return this builder
     */
    public Builder adoptTime(@Nullable String adoptTime) {
      this.adoptTime = adoptTime;
      return this;
    }

    /**
     * Sets {@link Pet#class_()}.
     *
     * @param class_ the value, or null to unset
     * @return this builder
     */
    public Builder class_(@Nullable String class_) {
      this.class_ = class_;
      return this;
    }

    /**
     * Sets {@link Pet#default_()}.
     *
     * @param default_ the value, or null to unset
     * @return this builder
     */
    public Builder default_(@Nullable Boolean default_) {
      this.default_ = default_;
      return this;
    }

    /**
     * Sets {@link Pet#status()}.
     *
     * @param status the value, or null to unset
     * @return this builder
     */
    public Builder status(@Nullable PetStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets {@link Pet#kind()}.
     *
     * @param kind the value, or null to unset
     * @return this builder
     */
    public Builder kind(@Nullable PetKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets {@link Pet#tags()}.
     *
     * @param tags the value, or null to unset
     * @return this builder
     */
    public Builder tags(@Nullable List<String> tags) {
      this.tags = tags;
      return this;
    }

    /**
     * Sets {@link Pet#pastStatuses()}.
     *
     * @param pastStatuses the value, or null to unset
     * @return this builder
     */
    public Builder pastStatuses(@Nullable List<PetStatus> pastStatuses) {
      this.pastStatuses = pastStatuses;
      return this;
    }

    /**
     * Sets {@link Pet#owner()}.
     *
     * @param owner the value, or null to unset
     * @return this builder
     */
    public Builder owner(@Nullable Owner owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets {@link Pet#friends()}.
     *
     * @param friends the value, or null to unset
     * @return this builder
     */
    public Builder friends(@Nullable List<Owner> friends) {
      this.friends = friends;
      return this;
    }

    /**
     * Sets {@link Pet#extraProperties()}.
     *
     * @param extraProperties unknown fields, or null for none
     * @return this builder
     */
    public Builder extraProperties(@Nullable Map<String, Object> extraProperties) {
      this.extraProperties = extraProperties;
      return this;
    }

    /**
     * A new {@link Pet} of the components set so far.
     *
     * @return the value
     */
    public Pet build() {
      return new Pet(id, name, age, weight, chipNumber, vaccinated, bornTime, adoptTime, class_,
          default_, status, kind, tags, pastStatuses, owner, friends, extraProperties);
    }
  }
}

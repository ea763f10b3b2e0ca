package io.larkgen.processor.writer;

import io.larkgen.processor.model.ApiDef;
import io.larkgen.processor.model.Constraints;
import io.larkgen.processor.model.EnumDef;
import io.larkgen.processor.model.EnumValueDef;
import io.larkgen.processor.model.EnvelopeDef;
import io.larkgen.processor.model.ErrorCodeDef;
import io.larkgen.processor.model.ObjectDef;
import io.larkgen.processor.model.OperationDef;
import io.larkgen.processor.model.PaginationDef;
import io.larkgen.processor.model.ParameterDef;
import io.larkgen.processor.model.PropertyDef;
import io.larkgen.processor.model.RateLimitDef;
import io.larkgen.processor.model.RequireAnyDef;
import io.larkgen.processor.model.SchemaDef;
import io.larkgen.processor.model.ScopesDef;
import io.larkgen.processor.model.ServiceDef;
import io.larkgen.processor.model.TypeRef;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A hand-built model using every feature the writers support, independent of the loader. */
public final class Fixtures {
  private Fixtures() {}

  public static TypeRef scalar(TypeRef.ScalarKind kind) {
    return new TypeRef.Scalar(kind);
  }

  public static TypeRef named(String name) {
    return new TypeRef.Named(name);
  }

  public static TypeRef list(TypeRef element) {
    return new TypeRef.ListOf(element);
  }

  public static PropertyDef prop(String name, TypeRef type, String description) {
    return new PropertyDef(name, type, false, description);
  }

  public static Constraints max(int max) {
    return new Constraints(
        Optional.empty(), false, Optional.of(BigDecimal.valueOf(max)), false,
        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
        Optional.empty(), Optional.empty());
  }

  public static Constraints positive() {
    return new Constraints(
        Optional.of(BigDecimal.ZERO), true, Optional.empty(), false,
        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
        Optional.empty(), Optional.empty());
  }

  public static Constraints maxItems(int max) {
    return new Constraints(
        Optional.empty(), false, Optional.empty(), false,
        OptionalInt.empty(), OptionalInt.of(max), OptionalInt.empty(), OptionalInt.empty(),
        Optional.empty(), Optional.empty());
  }

  public static ParameterDef query(String name, TypeRef type, Constraints constraints) {
    return new ParameterDef(name, ParameterDef.Location.QUERY, false, type, name + " <doc>", Optional.empty(), constraints);
  }

  public static ApiDef petstore() {
    Map<String, SchemaDef> schemas = new LinkedHashMap<>();
    schemas.put(
        "Pet",
        new ObjectDef(
            "Pet",
            "A pet & its */ owner",
            List.of(
                new PropertyDef("id", scalar(TypeRef.ScalarKind.STRING), true, "宠物 ID"),
                prop("age", scalar(TypeRef.ScalarKind.INT32), "age"),
                prop("weight_grams", scalar(TypeRef.ScalarKind.INT64), "weight"),
                prop("score", scalar(TypeRef.ScalarKind.DOUBLE), "score"),
                prop("vaccinated", scalar(TypeRef.ScalarKind.BOOLEAN), "@vaccinated"),
                prop("born_time", scalar(TypeRef.ScalarKind.EPOCH_MILLIS), "born"),
                prop("create_time", scalar(TypeRef.ScalarKind.EPOCH_MILLIS_STRING), "created"),
                prop("class", scalar(TypeRef.ScalarKind.STRING), "keyword"),
                prop("status", named("PetStatus"), "status"),
                prop("kind", named("PetKind"), "kind"),
                prop("tags", list(scalar(TypeRef.ScalarKind.STRING)), "tags"),
                prop("past_statuses", list(named("PetStatus")), "history"),
                prop("owner", named("Owner"), "owner"),
                prop("friends", list(named("Owner")), "friends"))));
    schemas.put(
        "Owner",
        new ObjectDef("Owner", "", List.of(prop("name", scalar(TypeRef.ScalarKind.STRING), ""))));
    schemas.put(
        "PetStatus",
        new EnumDef(
            "PetStatus",
            "状态 / status",
            EnumDef.Kind.INT,
            List.of(
                new EnumValueDef("1", "AVAILABLE", "可用", "Available"),
                new EnumValueDef("2", "SOLD", "已售", ""))));
    schemas.put(
        "PetKind",
        new EnumDef(
            "PetKind",
            "",
            EnumDef.Kind.STRING,
            List.of(
                new EnumValueDef("cat", "CAT", "猫", "Cat"),
                new EnumValueDef("dog", "DOG", "狗", "Dog"))));
    schemas.put(
        "ListPetsResponse",
        new ObjectDef(
            "ListPetsResponse",
            "",
            List.of(
                prop("items", list(named("Pet")), "pets"),
                prop("has_more", scalar(TypeRef.ScalarKind.BOOLEAN), ""),
                prop("page_token", scalar(TypeRef.ScalarKind.STRING), ""))));
    OperationDef list =
        new OperationDef(
            "listPets",
            "pets",
            "list",
            "GET",
            "/open-apis/pet/v1/pets",
            "列出宠物",
            "List pets.",
            List.of(
                query("page_size", scalar(TypeRef.ScalarKind.INT32), max(100)),
                query("page_token", scalar(TypeRef.ScalarKind.STRING), Constraints.NONE),
                query("owner_id", scalar(TypeRef.ScalarKind.STRING), Constraints.NONE),
                query("start_time", scalar(TypeRef.ScalarKind.EPOCH_MILLIS_STRING), positive()),
                query("kind", named("PetKind"), Constraints.NONE),
                query("status", named("PetStatus"), Constraints.NONE),
                query("ids", list(scalar(TypeRef.ScalarKind.STRING)), maxItems(100))),
            Optional.of("ListPetsResponse"),
            Optional.of(new PaginationDef("page_token", "page_size", "items", "has_more", "page_token")),
            Optional.of(new RateLimitDef("listPets", 50)),
            List.of(new RequireAnyDef(List.of("owner_id", "start_time", "ids"), "不允许同时为空")),
            new ScopesDef(
                List.of("pet:read", "pet:write"),
                List.of(new ScopesDef.FieldScope("contact:user.id:readonly", "user_id_type=user_id", "ids"),
                    new ScopesDef.FieldScope("pet:owner:readonly", "", "owner fields"))),
            List.of("custom", "isv"),
            List.of(new ErrorCodeDef(1002002, 400, "参数错误", "参数错误 / invalid parameter", "never")),
            List.of("tenant_access_token"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            EnvelopeDef.FEISHU);
    OperationDef get =
        new OperationDef(
            "getPet",
            "pets",
            "get",
            "GET",
            "/open-apis/pet/v1/pets/{pet_id}",
            "",
            "",
            List.of(
                new ParameterDef(
                    "pet_id", ParameterDef.Location.PATH, true, scalar(TypeRef.ScalarKind.STRING), "",
                    Optional.empty(), Constraints.NONE)),
            Optional.of("Pet"),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            ScopesDef.NONE,
            List.of(),
            List.of(),
            List.of(),
            Optional.of("https://open.feishu.cn/document/pet/v1/get"),
            Optional.of(new OperationDef.Deprecation("Superseded by the list with ids.", "listPets")),
            Optional.empty(),
            EnvelopeDef.FEISHU);
    return new ApiDef(
        "petstore.yaml",
        "Pet store",
        "",
        new ServiceDef("pet", "v1"),
        new EnvelopeDef("code", "msg", "data", 0),
        List.of("custom"),
        List.of(new ErrorCodeDef(99991400, 429, "request trigger frequency limit", "", "backoff")),
        List.of(list, get),
        schemas,
        List.of());
  }
}

package io.larkgen.benchmarks.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes OpenAPI 3.0.3 specs in the style of {@code spec/hire-v1.yaml} with any number of
 * operations, following the conventions of {@code spec/README.md}: one tag per resource,
 * {@code x-lark-method}, envelope and data schemas per operation, nested objects as
 * {@code $ref}s, integer enums with {@code x-enum-varnames} / {@code x-enum-descriptions} /
 * {@code x-lark-enum-descriptions-en}, {@code format: epoch-millis}, {@code x-lark-pagination},
 * {@code x-lark-rate-limit}, {@code x-lark-require-any} and {@code x-lark-scopes}.
 *
 * <p>Each resource has a pageable {@code list} operation and a {@code get} by id, so a spec of
 * {@code n} operations has {@code ceil(n / 2)} resources, each with its own item, detail and two
 * enum schemas. Output is deterministic.
 */
public final class SyntheticSpec {
  private static final String[] NOUNS = {
    "offer", "referral", "talent", "evaluation", "exam", "note", "agency", "website", "portal",
    "questionnaire", "background_check", "ehr_import", "tripartite_agreement", "termination",
  };

  private final int operations;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  private SyntheticSpec(int operations) {
    if (operations < 1) {
      throw new IllegalArgumentException("operations must be >= 1, was " + operations);
    }
    this.operations = operations;
  }

  /** The spec text for {@code operations} operations. */
  public static String generate(int operations) {
    return new SyntheticSpec(operations).render();
  }

  /** The file name used for a spec of {@code operations} operations. */
  public static String fileName(int operations) {
    return "synthetic-" + operations + ".yaml";
  }

  /** Writes {@link #generate} to {@code dir/}{@link #fileName}; returns the file. */
  public static Path write(Path dir, int operations) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(fileName(operations));
    Files.writeString(file, generate(operations), StandardCharsets.UTF_8);
    return file;
  }

  /** Number of resources (tags) a spec of {@code operations} operations has. */
  public static int resources(int operations) {
    return (operations + 1) / 2;
  }

  /** Usage: {@code SyntheticSpec OUT_DIR SIZE...}. */
  public static void main(String[] args) throws IOException {
    for (int i = 1; i < args.length; i++) {
      System.out.println(write(Path.of(args[0]), Integer.parseInt(args[i])));
    }
  }

  private String render() {
    line(0, "openapi: 3.0.3");
    line(0, "info:");
    line(1, "title: Synthetic Hire-style API (" + operations + " operations)");
    line(1, "version: 1.0.0");
    line(1, "description: 由基准测试生成的合成接口 / generated for the code-generation benchmark");
    line(0, "servers:");
    line(1, "- url: https://open.feishu.cn");
    line(0, "x-lark-service:");
    line(1, "name: hire");
    line(1, "version: v1");
    line(0, "x-lark-envelope:");
    line(1, "code: code");
    line(1, "msg: msg");
    line(1, "data: data");
    line(1, "success-code: 0");
    line(0, "x-lark-app-types: [custom, isv]");
    line(0, "x-lark-common-error-codes:");
    line(1, "- code: 99991400");
    line(2, "http-status: 429");
    line(2, "msg: request trigger frequency limit");
    line(2, "description: 请求频率超限 / rate limit exceeded");
    line(2, "retry: backoff");
    line(1, "- code: 99991663");
    line(2, "http-status: 401");
    line(2, "msg: Invalid access token for authorization");
    line(2, "description: 访问凭证无效 / tenant_access_token invalid or expired");
    line(2, "retry: refresh-token");
    line(0, "security:");
    line(1, "- tenantAccessToken: []");
    line(0, "tags:");
    for (int r = 0; r < resources(operations); r++) {
      line(1, "- name: " + tag(r));
      line(2, "description: " + noun(r) + " 资源 " + r + " / resource " + r);
    }
    line(0, "paths:");
    for (int r = 0; r < resources(operations); r++) {
      listOperation(r);
      if (2 * r + 1 < operations) {
        getOperation(r);
      }
    }
    line(0, "components:");
    line(1, "securitySchemes:");
    line(2, "tenantAccessToken:");
    line(3, "type: http");
    line(3, "scheme: bearer");
    line(3, "description: tenant_access_token");
    line(3, "x-lark-token-types: [tenant_access_token]");
    line(1, "schemas:");
    sharedSchemas();
    for (int r = 0; r < resources(operations); r++) {
      resourceSchemas(r);
    }
    return out.toString();
  }

  private void listOperation(int r) {
    String entity = entity(r);
    line(1, "/open-apis/hire/v1/" + tag(r) + ":");
    line(2, "get:");
    line(3, "tags: [" + tag(r) + "]");
    line(3, "operationId: list" + plural(entity));
    line(3, "x-lark-method: list");
    line(3, "summary: 获取" + noun(r) + "列表 / list " + noun(r) + " items");
    line(3, "description: 分页获取" + noun(r) + "信息。/ Lists " + noun(r) + " items page by page.");
    line(3, "x-lark-rate-limit:");
    line(4, "requests-per-second: " + (r % 2 == 0 ? 50 : 10));
    line(3, "x-lark-pagination:");
    line(4, "page-token-param: page_token");
    line(4, "page-size-param: page_size");
    line(4, "items: items");
    line(4, "has-more: has_more");
    line(4, "next-page-token: page_token");
    line(3, "x-lark-require-any:");
    line(4, "- parameters: [owner_id, start_time, end_time]");
    line(5, "description: 不允许 owner_id、start_time、end_time 同时为空");
    scopes(3, r);
    line(3, "parameters:");
    param(4, "page_size", "query", "分页大小 / page size");
    line(5, "schema:");
    line(6, "type: integer");
    line(6, "format: int32");
    line(6, "default: 10");
    line(6, "minimum: 1");
    line(6, "maximum: 100");
    param(4, "page_token", "query", "分页标记，第一次请求不填 / page cursor, empty on the first call");
    stringSchema(5);
    param(4, "owner_id", "query", "负责人 ID / owner id");
    stringSchema(5);
    param(4, "start_time", "query", "最早创建时间，毫秒时间戳 / earliest creation time, epoch millis");
    line(5, "schema:");
    line(6, "type: string");
    line(6, "format: epoch-millis");
    param(4, "end_time", "query", "最晚创建时间，毫秒时间戳 / latest creation time, epoch millis");
    line(5, "schema:");
    line(6, "type: string");
    line(6, "format: epoch-millis");
    param(4, "status", "query", "状态筛选 / status filter");
    ref(5, "schema", entity + "Status");
    param(4, "ids", "query", "按 ID 筛选，最多 100 个 / filter by ids, at most 100");
    line(5, "style: form");
    line(5, "explode: true");
    line(5, "schema:");
    line(6, "type: array");
    line(6, "maxItems: 100");
    line(6, "items:");
    line(7, "type: string");
    param(4, "user_id_type", "query", "用户 ID 类型 / user id type");
    ref(5, "schema", "UserIdType");
    responses("List" + plural(entity));
  }

  private void getOperation(int r) {
    String entity = entity(r);
    line(1, "/open-apis/hire/v1/" + tag(r) + "/{" + idParam(r) + "}:");
    line(2, "get:");
    line(3, "tags: [" + tag(r) + "]");
    line(3, "operationId: get" + entity);
    line(3, "x-lark-method: get");
    line(3, "summary: 获取" + noun(r) + "详情 / get one " + noun(r));
    line(3, "description: 根据 ID 获取" + noun(r) + "。/ Gets one " + noun(r) + " by id.");
    line(3, "x-lark-rate-limit:");
    line(4, "requests-per-second: 20");
    scopes(3, r);
    line(3, "parameters:");
    param(4, idParam(r), "path", noun(r) + " ID");
    line(5, "required: true");
    stringSchema(5);
    param(4, "user_id_type", "query", "用户 ID 类型 / user id type");
    ref(5, "schema", "UserIdType");
    responses("Get" + entity);
  }

  private void scopes(int depth, int r) {
    line(depth, "x-lark-scopes:");
    line(depth + 1, "any-of: [hire:" + noun(r) + ":readonly, hire:" + noun(r) + "]");
    line(depth + 1, "field-scopes:");
    line(depth + 2, "- scope: contact:user.employee_id:readonly");
    line(depth + 3, "when: user_id_type=user_id");
    line(depth + 3, "description: 获取用户 user ID / needed to receive user_id values");
  }

  private void responses(String name) {
    line(3, "responses:");
    line(4, "'200':");
    line(5, "description: 成功 / success");
    line(5, "content:");
    line(6, "application/json:");
    ref(7, "schema", name + "Envelope");
  }

  private void sharedSchemas() {
    object("I18n", "国际化文本 / localized text");
    prop("zh_cn", "中文 / Chinese");
    line(5, "type: string");
    prop("en_us", "英文 / English");
    line(5, "type: string");
    object("IdNameObject", "ID 与名称 / id and name");
    prop("id", "ID");
    line(5, "type: string");
    refProp("name", "名称 / name", "I18n");
    line(2, "UserIdType:");
    line(3, "type: string");
    line(3, "description: 用户 ID 类型 / user id type");
    line(3, "default: open_id");
    line(3, "enum: [open_id, union_id, user_id]");
    line(3, "x-enum-varnames: [OPEN_ID, UNION_ID, USER_ID]");
    line(3, "x-enum-descriptions: [应用内用户身份, 开发商内用户身份, 租户内用户身份]");
    line(3, "x-lark-enum-descriptions-en: [Open ID, Union ID, User ID]");
  }

  private void resourceSchemas(int r) {
    String entity = entity(r);
    String list = "List" + plural(entity);
    envelope(list);
    object(list + "Response", noun(r) + "列表 / page of " + noun(r) + " items");
    prop("items", "列表 / items");
    line(5, "type: array");
    line(5, "items:");
    line(6, "$ref: '#/components/schemas/" + entity + "'");
    prop("has_more", "是否还有更多项 / whether more pages follow");
    line(5, "type: boolean");
    prop("page_token", "分页标记 / next page cursor");
    line(5, "type: string");
    if (2 * r + 1 < operations) {
      envelope("Get" + entity);
      object("Get" + entity + "Response", noun(r) + "详情 / one " + noun(r));
      refProp(snake(r), noun(r), entity);
    }
    object(entity, noun(r) + " / " + noun(r) + " item");
    prop("id", "ID");
    line(5, "type: string");
    refProp("name", "名称 / name", "I18n");
    refProp("creator", "创建人 / creator", "IdNameObject");
    prop("create_time", "创建时间，毫秒时间戳 / creation time, epoch millis");
    line(5, "type: integer");
    line(5, "format: epoch-millis");
    prop("update_time", "更新时间，毫秒时间戳 / last update, epoch millis");
    line(5, "type: integer");
    line(5, "format: epoch-millis");
    refProp("status", "状态 / status", entity + "Status");
    prop("score", "分数 / score");
    line(5, "type: number");
    line(5, "format: double");
    prop("sequence", "序号 / sequence number");
    line(5, "type: integer");
    line(5, "format: int64");
    prop("active", "是否有效 / active");
    line(5, "type: boolean");
    prop("labels", "标签 / labels");
    line(5, "type: array");
    line(5, "items:");
    line(6, "type: string");
    refProp("detail", "详情 / detail", entity + "Detail");
    prop("detail_list", "详情列表 / details");
    line(5, "type: array");
    line(5, "items:");
    line(6, "$ref: '#/components/schemas/" + entity + "Detail'");
    object(entity + "Detail", noun(r) + "详情 / " + noun(r) + " detail");
    prop("id", "ID");
    line(5, "type: string");
    prop("content", "内容 / content");
    line(5, "type: string");
    prop("level", "级别 / level");
    line(5, "type: integer");
    line(5, "format: int32");
    refProp("kind", "类型 / kind", entity + "Kind");
    refProp("title", "标题 / title", "I18n");
    line(2, entity + "Status:");
    line(3, "type: integer");
    line(3, "format: int32");
    line(3, "description: " + noun(r) + "状态 / " + noun(r) + " status");
    line(3, "enum: [1, 2, 3, 4]");
    line(3, "x-enum-varnames: [DRAFT, ACTIVE, SUSPENDED, CLOSED]");
    line(3, "x-enum-descriptions: [草稿, 进行中, 已暂停, 已关闭]");
    line(3, "x-lark-enum-descriptions-en: [Draft, Active, Suspended, Closed]");
    line(2, entity + "Kind:");
    line(3, "type: integer");
    line(3, "format: int32");
    line(3, "description: " + noun(r) + "详情类型 / " + noun(r) + " detail kind");
    line(3, "enum: [1, 2, 3]");
    line(3, "x-enum-varnames: [TEXT, SCORE, CHOICE]");
    line(3, "x-enum-descriptions: [文本, 打分, 选择]");
    line(3, "x-lark-enum-descriptions-en: [Text, Score, Choice]");
  }

  private void envelope(String name) {
    line(2, name + "Envelope:");
    line(3, "type: object");
    line(3, "description: 响应 / response envelope");
    line(3, "required: [code, msg]");
    line(3, "properties:");
    prop("code", "错误码，非 0 表示失败 / error code, 0 is success");
    line(5, "type: integer");
    line(5, "format: int32");
    prop("msg", "错误描述 / error message");
    line(5, "type: string");
    refProp("data", "数据 / data", name + "Response");
  }

  private void object(String name, String description) {
    line(2, name + ":");
    line(3, "type: object");
    line(3, "description: " + description);
    line(3, "properties:");
  }

  private void prop(String name, String description) {
    line(4, name + ":");
    line(5, "description: " + description);
  }

  private void refProp(String name, String description, String schema) {
    // A bare $ref, as spec/README.md asks; OpenAPI 3.0 ignores a description beside it, so
    // the text lives in a YAML comment for the reader only.
    line(4, name + ": # " + description);
    line(5, "$ref: '#/components/schemas/" + schema + "'");
  }

  private void ref(int depth, String key, String schema) {
    line(depth, key + ":");
    line(depth + 1, "$ref: '#/components/schemas/" + schema + "'");
  }

  private void param(int depth, String name, String in, String description) {
    line(depth, "- name: " + name);
    line(depth + 1, "in: " + in);
    line(depth + 1, "description: " + description);
  }

  private void stringSchema(int depth) {
    line(depth, "schema:");
    line(depth + 1, "type: string");
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }

  private static String noun(int r) {
    return NOUNS[r % NOUNS.length];
  }

  /** snake_case singular with the resource number, e.g. {@code talent_12}. */
  private static String snake(int r) {
    return noun(r) + "_" + r;
  }

  /** Resource tag: snake_case plural, e.g. {@code talents_12}. */
  private static String tag(int r) {
    return noun(r) + "s_" + r;
  }

  private static String idParam(int r) {
    return snake(r) + "_id";
  }

  /** Schema name, e.g. {@code Talent12}. */
  private static String entity(int r) {
    StringBuilder name = new StringBuilder();
    for (String part : noun(r).split("_")) {
      name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return name.append(r).toString();
  }

  private static String plural(String entity) {
    int digits = entity.length();
    while (Character.isDigit(entity.charAt(digits - 1))) {
      digits--;
    }
    return entity.substring(0, digits) + "s" + entity.substring(digits);
  }
}

package io.larkgen.importer;

/**
 * Small doc pages written for the tests, in the mirror's rendering: one endpoint with a path
 * parameter, a query enum, a body and a response with a named type. Tests derive broken variants
 * from it with plain string edits.
 */
final class SamplePages {

  private SamplePages() {}

  static final String NOTE_CREATE = """
      ---
      title: "创建备注"
      fullPath: "/ukTMukTMukTM/uMzM1YjLzMTN24yMzUjN/hire-v1/note/create"
      updateTime: "1700000000000"
      ---

      # 创建备注

      创建备注信息。

      ## 请求

      | 项目 | 值 |
      | --- | --- |
      | HTTP URL | https://open.feishu.cn/open-apis/hire/v1/notes |
      | HTTP Method | POST |
      | 接口频率限制 | [1000 次/分钟、50 次/秒](https://open.larkoffice.com/document/x) |
      | 支持的应用类型 | custom,isv |
      | 权限要求             开启任一权限即可 | `hire:note` 更新备注 |

      ### 请求头

      | 名称 | 类型 | 必填 | 描述 |
      | --- | --- | --- | --- |
      | Authorization | string | 是 | `tenant_access_token` **值格式**："Bearer `access_token`" **示例值**："Bearer t-x" |
      | Content-Type | string | 是 | **固定值**："application/json; charset=utf-8" |

      ### 查询参数

      | 名称 | 类型 | 必填 | 描述 |
      | --- | --- | --- | --- |
      | `user_id_type` | `string` | 否 | 用户 ID 类型<br>**示例值**：open_id<br>**可选值有**：<br>- `open_id`: 应用内身份 - `union_id`: 开发商内身份 - `user_id`: 租户内身份<br>**默认值**：`open_id` |

      ### 请求体

      | 名称 | 类型 | 必填 | 描述 |
      | --- | --- | --- | --- |
      | `talent_id` | `string` | 是 | 人才 ID<br>**示例值**："6916472453069883661" |
      | `content` | `string` | 是 | 备注内容<br>**示例值**："测试" |
      | `privacy` | `int` | 否 | 备注私密属性<br>**示例值**：1<br>**可选值有**：<br>- `1`: 私密 - `2`: 公开 |

      ### 请求体示例

      ```json
      {
          "talent_id": "6916472453069883661",
          "content": "测试",
          "privacy": 1
      }
      ```

      ## 响应

      ### 响应体

      | 名称 | 类型 | 描述 |
      | --- | --- | --- |
      | `code` | `int` | 错误码，非 0 表示失败 |
      | `msg` | `string` | 错误描述 |
      | `data` | `\\-` | \\- |
      | &nbsp;&nbsp;└ `note` | `note` | 备注数据 |
      | &nbsp;&nbsp;&nbsp;&nbsp;└ `id` | `string` | 备注 ID |
      | &nbsp;&nbsp;&nbsp;&nbsp;└ `create_time` | `int` | 创建时间，毫秒时间戳 |
      | &nbsp;&nbsp;&nbsp;&nbsp;└ `privacy` | `int` | 备注私密属性<br>**可选值有**：<br>- `1`: 私密 - `2`: 公开 |

      ### 响应体示例

      ```json
      {
          "code": 0,
          "msg": "success",
          "data": {
              "note": {
                  "id": "6949805467799537964",
                  "create_time": 1618899376474,
                  "privacy": 1
              }
          }
      }
      ```

      ### 错误码

      | HTTP状态码 | 错误码 | 描述 | 排查建议 |
      | --- | --- | --- | --- |
      | 500 | 1002001 | 系统错误 | 联系技术支持 |
      | 400 | 1002002 | 参数错误 | 检查参数 |
      """;

  /** The same page for {@code GET /notes/:note_id}, another page of the same run. */
  static final String NOTE_GET = NOTE_CREATE
      .replace("hire-v1/note/create", "hire-v1/note/get")
      .replace("# 创建备注", "# 获取备注")
      .replace("/open-apis/hire/v1/notes |", "/open-apis/hire/v1/notes/:note_id |")
      .replace("| HTTP Method | POST |", "| HTTP Method | GET |")
      .replace("### 查询参数", "### 路径参数\n\n| 名称 | 类型 | 描述 |\n| --- | --- | --- |\n"
          + "| `note_id` | `string` | 备注 ID<br>**示例值**：\"6960663240925956401\" |\n\n### 查询参数")
      .replaceAll("(?s)### 请求体\n.*?(## 响应)", "$1")
      .replace("| Content-Type | string | 是 | **固定值**：\"application/json; charset=utf-8\" |\n", "");

  /** Line number (1-based) of the first line of {@code page} containing {@code text}. */
  static int lineOf(String page, String text) {
    String[] lines = page.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(text)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("no line with " + text);
  }
}

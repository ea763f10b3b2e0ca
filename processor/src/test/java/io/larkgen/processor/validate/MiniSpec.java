package io.larkgen.processor.validate;

/**
 * A small valid spec following spec/README.md's conventions (two operations, one pageable, an
 * enum, epoch-millis fields), and one-edit variants of it for tests. The files under {@code
 * specs/bad/model/} are this spec with a first comment line and one mistake each.
 */
public final class MiniSpec {

  private MiniSpec() {}

  public static final String VALID = """
      openapi: 3.0.3
      info:
        title: Mini
        version: 1.0.0
      security:
        - tenantAccessToken: []
      x-lark-service:
        name: mini
        version: v1
      x-lark-envelope:
        code: code
        msg: msg
        data: data
        success-code: 0
      x-lark-app-types: [custom, isv]
      paths:
        /open-apis/mini/v1/pets:
          get:
            tags: [pets]
            operationId: listPets
            x-lark-method: list
            x-lark-rate-limit:
              requests-per-second: 5
            x-lark-pagination:
              page-token-param: page_token
              page-size-param: page_size
              items: items
              has-more: has_more
              next-page-token: page_token
            x-lark-require-any:
              - parameters: [kind, since]
                description: kind or since
            parameters:
              - name: page_size
                in: query
                schema:
                  type: integer
                  default: 10
                  maximum: 100
              - name: page_token
                in: query
                schema:
                  type: string
              - name: kind
                in: query
                schema:
                  $ref: '#/components/schemas/Kind'
              - name: since
                in: query
                schema:
                  type: string
                  format: epoch-millis
                  minimum: 0
                  exclusiveMinimum: true
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/ListPetsEnvelope'
        /open-apis/mini/v1/pets/{pet_id}:
          get:
            tags: [pets]
            operationId: getPet
            x-lark-method: get
            parameters:
              - name: pet_id
                in: path
                required: true
                schema:
                  type: string
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/GetPetEnvelope'
      components:
        securitySchemes:
          tenantAccessToken:
            type: http
            scheme: bearer
            x-lark-token-types: [tenant_access_token]
        schemas:
          ListPetsEnvelope:
            type: object
            properties:
              code:
                type: integer
              msg:
                type: string
              data:
                $ref: '#/components/schemas/ListPetsResponse'
          ListPetsResponse:
            type: object
            properties:
              items:
                type: array
                items:
                  $ref: '#/components/schemas/Pet'
              has_more:
                type: boolean
              page_token:
                type: string
          GetPetEnvelope:
            type: object
            properties:
              code:
                type: integer
              msg:
                type: string
              data:
                $ref: '#/components/schemas/Pet'
          Pet:
            type: object
            required: [id]
            properties:
              id:
                type: string
              begin_time:
                type: integer
                format: epoch-millis
              weight:
                type: number
                format: double
              kind:
                $ref: '#/components/schemas/Kind'
              tags:
                type: array
                items:
                  type: string
          Kind:
            type: integer
            format: int32
            enum: [1, 2]
            x-enum-varnames: [CAT, DOG]
            x-enum-descriptions: [猫, 狗]
            x-lark-enum-descriptions-en: [Cat, Dog]
      """;

  /**
   * The valid spec with {@code old} replaced by {@code replacement}.
   *
   * @throws IllegalArgumentException unless {@code old} occurs exactly once
   */
  public static String with(String old, String replacement) {
    return edit(VALID, old, replacement);
  }

  public static String edit(String text, String old, String replacement) {
    int at = text.indexOf(old);
    if (at < 0 || text.indexOf(old, at + 1) >= 0) {
      throw new IllegalArgumentException("not exactly once in the spec: " + old);
    }
    return text.substring(0, at) + replacement + text.substring(at + old.length());
  }
}

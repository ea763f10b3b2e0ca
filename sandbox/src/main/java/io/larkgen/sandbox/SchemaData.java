package io.larkgen.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.larkgen.sandbox.Catalog.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Values for any response schema, drawn from the seed and the position in the answer, so the
 * same request always gets the same bytes: ids of the right family ({@link IdSpace}),
 * {@code zh_cn}/{@code en_us} pairs that say the same thing, enum values from their sets,
 * epoch-millis times as numbers or strings as the schema says, 1–3 items per array. Nothing is
 * kept between answers: an entity is drawn again from its family and index each time.
 */
final class SchemaData {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final long FIRST_TIME = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  private static final long YEAR_MINUTES = 365L * 24 * 60;
  /** Objects nested deeper than this get only their scalar and required properties. */
  private static final int MAX_DEPTH = 10;
  private static final Set<String> LANGUAGES = Set.of("zh_cn", "en_us", "ja_jp");
  private static final List<Text> WORDS = words();

  private final IdSpace ids;

  SchemaData(IdSpace ids) {
    this.ids = ids;
  }

  /**
   * The object {@code schema} describes as the entity {@code id} of {@code family}: its
   * {@code id} property is that id, everything else is drawn from {@code (family, index)}.
   */
  ObjectNode entity(SpecModel spec, Map<String, Object> schema, String family, long index) {
    return object(spec, spec.resolve(schema), family, ids.idAt(family, index),
        ids.draw(family, index), 0);
  }

  /** A value for {@code schema}, drawn from {@code draw}, with ids of {@code family}. */
  JsonNode value(SpecModel spec, Map<String, Object> schema, String family, long draw) {
    return value(spec, spec.resolve(schema), "value", family, draw, 0);
  }

  private ObjectNode object(SpecModel spec, Map<String, Object> schema, String family, String id,
      long draw, int depth) {
    ObjectNode out = NODES.objectNode();
    Text text = WORDS.get((int) (draw % WORDS.size()));
    List<Object> required = list(schema.get("required"));
    for (Map.Entry<String, Object> p : map(schema.get("properties")).entrySet()) {
      String name = p.getKey();
      Map<String, Object> sub = spec.resolve(map(p.getValue()));
      String type = String.valueOf(sub.get("type"));
      if (("object".equals(type) || "array".equals(type)) && !required.contains(name)
          && (depth >= MAX_DEPTH || recursive(spec, sub, schema))) {
        continue;
      }
      long h = SandboxDataset.mix(draw, name.hashCode(), depth);
      if (name.equals("id") && id != null && sub.get("enum") == null) {
        out.set(name, typed(sub, id));
      } else if (LANGUAGES.contains(name) && "string".equals(type) && sub.get("enum") == null) {
        out.put(name, name.equals("zh_cn") ? text.zh() : text.en());
      } else {
        out.set(name, value(spec, sub, name, family, h >>> 1, depth + 1));
      }
    }
    return out;
  }

  /**
   * Whether the property's object type (or its items' type) is the type holding it: a tree
   * such as a department with sub-departments is answered one level deep.
   */
  private static boolean recursive(SpecModel spec, Map<String, Object> property,
      Map<String, Object> holder) {
    Map<String, Object> target = property;
    for (int i = 0; i < 3 && "array".equals(target.get("type")); i++) {
      target = spec.resolve(map(target.get("items")));
    }
    return target == holder;
  }

  private JsonNode value(SpecModel spec, Map<String, Object> s, String name, String family,
      long h, int depth) {
    List<Object> values = list(s.get("enum"));
    if (!values.isEmpty()) {
      return scalar(values.get((int) (h % values.size())));
    }
    String type = String.valueOf(s.get("type"));
    String format = String.valueOf(s.get("format"));
    switch (type) {
      case "object" -> {
        String own = name.equals("value") ? family : IdSpace.familyOf(name);
        return object(spec, s, own, ids.idAt(own, h % ids.size(own)), h, depth);
      }
      case "array" -> {
        ArrayNode out = NODES.arrayNode();
        int min = s.get("minItems") instanceof Number n ? n.intValue() : 0;
        int max = s.get("maxItems") instanceof Number n ? n.intValue() : 3;
        // 1–3 items near the top, one further down: deep answers stay small.
        int count = Math.max(min, Math.min(max, depth < 4 ? 1 + (int) (h % 3) : 1));
        Map<String, Object> items = spec.resolve(map(s.get("items")));
        for (int i = 0; i < count; i++) {
          out.add(value(spec, items, name, family, SandboxDataset.mix(h, i, depth) >>> 1, depth));
        }
        return out;
      }
      case "integer" -> {
        if ("epoch-millis".equals(format)) {
          return NODES.numberNode(time(h));
        }
        if (IdSpace.isIdName(name)) {
          String idFamily = IdSpace.familyOf(name.equals("id") ? family : name);
          return NODES.numberNode(Long.parseLong(ids.idAt(idFamily, h % ids.size(idFamily))));
        }
        long lo = s.get("minimum") instanceof Number n ? n.longValue() : 0;
        long hi = s.get("maximum") instanceof Number n ? n.longValue() : lo + 100;
        return NODES.numberNode(lo + h % Math.max(1, hi - lo + 1));
      }
      case "number" -> {
        double lo = s.get("minimum") instanceof Number n ? n.doubleValue() : 0;
        double hi = s.get("maximum") instanceof Number n ? n.doubleValue() : lo + 100;
        return NODES.numberNode(lo + (h % 10_000) / 10_000.0 * (hi - lo));
      }
      case "boolean" -> {
        return NODES.booleanNode((h & 1) == 0);
      }
      default -> {
        return NODES.textNode(string(s, name, family, h, format));
      }
    }
  }

  private String string(Map<String, Object> s, String name, String family, long h, String format) {
    if ("epoch-millis".equals(format)) {
      return Long.toString(time(h));
    }
    if ("binary".equals(format) || "byte".equals(format)) {
      return "";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String out;
    if (lower.equals("open_id") || lower.endsWith("open_id")) {
      out = "ou_" + SandboxDataset.hex(h) + SandboxDataset.hex(h * 31);
    } else if (lower.equals("union_id")) {
      out = "on_" + SandboxDataset.hex(h) + SandboxDataset.hex(h * 17);
    } else if (lower.equals("user_id")) {
      out = SandboxDataset.hex(h).substring(0, 8);
    } else if (IdSpace.isIdName(lower)) {
      String idFamily = IdSpace.familyOf(lower.equals("id") ? family : lower);
      out = ids.idAt(idFamily, h % ids.size(idFamily));
    } else if (lower.contains("email") || lower.endsWith("mail")) {
      Text person = person(h);
      out = person.en().toLowerCase(Locale.ROOT).replace(" ", ".") + "@example.com";
    } else if (lower.contains("mobile") || lower.contains("phone")) {
      out = "1" + (30 + h % 70) + String.format("%08d", h % 100_000_000L);
    } else if (lower.endsWith("url") || lower.endsWith("link")) {
      out = "https://hire.feishu.cn/" + family + "/" + Long.toHexString(h);
    } else if (s.get("example") != null && !(s.get("example") instanceof Map)) {
      out = String.valueOf(s.get("example"));
    } else if (lower.endsWith("name") || lower.equals("title")) {
      out = lower.contains("user") || lower.contains("creator") ? person(h).zh()
          : WORDS.get((int) (h % WORDS.size())).zh();
    } else {
      out = Catalog.RECORD_CONTENTS.get((int) (h % Catalog.RECORD_CONTENTS.size()));
    }
    if (s.get("maxLength") instanceof Number n && out.length() > n.intValue()) {
      out = out.substring(0, n.intValue());
    }
    return out;
  }

  private static Text person(long h) {
    Text surname = Catalog.SURNAMES.get((int) (h % Catalog.SURNAMES.size()));
    Text given = Catalog.GIVEN_NAMES.get((int) ((h >>> 8) % Catalog.GIVEN_NAMES.size()));
    return new Text(surname.zh() + given.zh(), given.en() + " " + surname.en());
  }

  /** A time in 2025 on a whole minute. */
  private static long time(long h) {
    return FIRST_TIME + (h % YEAR_MINUTES) * 60_000L;
  }

  private static JsonNode typed(Map<String, Object> schema, String id) {
    return "integer".equals(schema.get("type")) ? NODES.numberNode(Long.parseLong(id))
        : NODES.textNode(id);
  }

  private static JsonNode scalar(Object value) {
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof Number n) {
      return NODES.numberNode(n.doubleValue());
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    return NODES.textNode(String.valueOf(value));
  }

  private static List<Text> words() {
    List<Text> out = new ArrayList<>();
    out.addAll(Catalog.STAGES);
    out.addAll(Catalog.ROUND_TYPES);
    out.addAll(Catalog.ABILITIES);
    out.addAll(Catalog.CODE_QUESTIONS);
    out.addAll(Catalog.IMAGE_NAMES);
    for (Catalog.Place place : Catalog.PLACES) {
      out.add(place.officeName());
    }
    return List.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return o instanceof List ? (List<Object>) o : List.of();
  }
}

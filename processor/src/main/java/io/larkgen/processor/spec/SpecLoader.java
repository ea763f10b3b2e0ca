package io.larkgen.processor.spec;

import io.larkgen.processor.diag.Problem;
import io.larkgen.processor.diag.ProblemCode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Composes the spec text (YAML, or JSON, which YAML reads too) into a {@link SpecDocument} with
 * SnakeYAML's {@link Yaml#compose}, which keeps every node's position, unlike loading into maps.
 *
 * <p>Besides syntax errors this reports what SnakeYAML's composer accepts but a spec must not
 * have: duplicate keys (later loaders silently keep one of them), keys that are not scalars,
 * and aliases that refer to themselves.
 */
public final class SpecLoader {

  private SpecLoader() {}

  /**
   * What composing gave: the document when the text is well-formed, and the problems found.
   *
   * @param document the tree; empty when the text could not be composed
   * @param problems syntax problems, in the order found
   */
  public record Result(Optional<SpecDocument> document, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Composes {@code text}.
   *
   * @param specPath the spec's path as shown to the user, for problems
   * @param text the spec's text
   * @return the document or the syntax problems; never throws for any text
   */
  public static Result load(String specPath, String text) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowRecursiveKeys(false);
      // SnakeYAML's 3 MiB default guards readers of unbounded streams; the whole spec is
      // already in memory here, and a spec of a few thousand operations is larger than that.
      options.setCodePointLimit(Math.max(options.getCodePointLimit(), text.length() + 1));
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      return syntaxError(specPath, e.getProblemMark(), describe(e));
    } catch (YAMLException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
      // Limits (code points, aliases, nesting) and the rare unmarked scanner failure.
      return syntaxError(specPath, null, String.valueOf(e.getMessage()));
    }
    if (root == null) {
      return syntaxError(specPath, null, "the file is empty");
    }
    Composer composer = new Composer(specPath);
    SpecNode tree = composer.convert(root, JsonPointer.ROOT, Optional.empty());
    return new Result(
        Optional.of(new SpecDocument(tree, composer.index)), composer.problems);
  }

  private static String describe(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
    return e.getContext() == null ? problem : problem + " (" + e.getContext() + ")";
  }

  private static Result syntaxError(String specPath, Mark mark, String message) {
    SourceLocation at =
        mark == null ? SourceLocation.START : SourceLocation.ofZeroBased(mark.getLine(), mark.getColumn());
    Problem problem =
        new Problem(
            ProblemCode.YAML_SYNTAX,
            Diagnostic.Kind.ERROR,
            specPath,
            at.line(),
            at.column(),
            JsonPointer.ROOT.toString(),
            ProblemCode.YAML_SYNTAX.message(message));
    return new Result(Optional.empty(), List.of(problem));
  }

  private static SourceLocation start(Node node) {
    Mark mark = node.getStartMark();
    return mark == null ? SourceLocation.START : SourceLocation.ofZeroBased(mark.getLine(), mark.getColumn());
  }

  /** Converts SnakeYAML nodes, indexing pointers and collecting problems. */
  private static final class Composer {
    private final String specPath;
    private final Map<JsonPointer, SpecNode> index = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());

    Composer(String specPath) {
      this.specPath = specPath;
    }

    SpecNode convert(Node node, JsonPointer pointer, Optional<SourceLocation> keyLocation) {
      SourceLocation at = start(node);
      SpecNode result;
      if (!onPath.add(node)) {
        report(ProblemCode.YAML_SYNTAX, pointer, at, "an alias refers to a node that contains it");
        result = new SpecNode.Scalar(pointer, keyLocation, at, "", SpecNode.ScalarKind.NULL);
      } else {
        try {
          result = convertFresh(node, pointer, keyLocation, at);
        } finally {
          onPath.remove(node);
        }
      }
      index.put(pointer, result);
      return result;
    }

    private SpecNode convertFresh(
        Node node, JsonPointer pointer, Optional<SourceLocation> keyLocation, SourceLocation at) {
      if (node instanceof MappingNode mapping) {
        Map<String, SpecNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
          Node keyNode = tuple.getKeyNode();
          if (!(keyNode instanceof ScalarNode keyScalar)) {
            report(ProblemCode.YAML_SYNTAX, pointer, start(keyNode), "a mapping key must be a scalar");
            continue;
          }
          String key = keyScalar.getValue();
          JsonPointer child = pointer.child(key);
          if (entries.containsKey(key)) {
            report(
                ProblemCode.DUPLICATE_KEY,
                child,
                start(keyNode),
                "duplicate key '" + key + "' (first written at "
                    + entries.get(key).keyLocation().orElse(SourceLocation.START) + ")");
            continue;
          }
          entries.put(key, convert(tuple.getValueNode(), child, Optional.of(start(keyNode))));
        }
        return new SpecNode.Mapping(pointer, keyLocation, at, entries);
      }
      if (node instanceof SequenceNode sequence) {
        List<SpecNode> items = new ArrayList<>();
        List<Node> value = sequence.getValue();
        for (int i = 0; i < value.size(); i++) {
          items.add(convert(value.get(i), pointer.child(i), Optional.empty()));
        }
        return new SpecNode.Sequence(pointer, keyLocation, at, items);
      }
      ScalarNode scalar = (ScalarNode) node;
      return new SpecNode.Scalar(pointer, keyLocation, at, scalar.getValue(), kindOf(scalar.getTag()));
    }

    private static SpecNode.ScalarKind kindOf(Tag tag) {
      if (Tag.INT.equals(tag)) {
        return SpecNode.ScalarKind.INTEGER;
      }
      if (Tag.FLOAT.equals(tag)) {
        return SpecNode.ScalarKind.FLOAT;
      }
      if (Tag.BOOL.equals(tag)) {
        return SpecNode.ScalarKind.BOOLEAN;
      }
      if (Tag.NULL.equals(tag)) {
        return SpecNode.ScalarKind.NULL;
      }
      return SpecNode.ScalarKind.STRING;
    }

    private void report(ProblemCode code, JsonPointer pointer, SourceLocation at, String detail) {
      problems.add(
          new Problem(
              code,
              Diagnostic.Kind.ERROR,
              specPath,
              at.line(),
              at.column(),
              pointer.toString(),
              code.message(detail)));
    }
  }
}

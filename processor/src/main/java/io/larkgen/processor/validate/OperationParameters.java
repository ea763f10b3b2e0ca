package io.larkgen.processor.validate;

import io.larkgen.processor.model.ParameterDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parameters of an operation, as {@link ParameterReader} read them.
 *
 * @param built the parameters that are correct, in spec order
 * @param declared every parameter written, correct or not, as {@code "in name"}: rules that
 *     name parameters check against these, so one broken parameter is reported once
 * @param ok whether every parameter is correct
 */
record OperationParameters(List<ParameterDef> built, Set<String> declared, boolean ok) {
  boolean declares(ParameterDef.Location in, String name) {
    return declared.contains(in.name() + " " + name);
  }

  boolean declaresAnywhere(String name) {
    return declared.stream().anyMatch(key -> key.endsWith(" " + name));
  }

  List<String> names(ParameterDef.Location in) {
    List<String> names = new ArrayList<>();
    for (String key : declared) {
      if (key.startsWith(in.name() + " ")) {
        names.add(key.substring(in.name().length() + 1));
      }
    }
    return names;
  }
}

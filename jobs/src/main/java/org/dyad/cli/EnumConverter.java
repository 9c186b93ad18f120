package org.dyad.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Reads an enumerated option by its lower-case name (toString), in any case, and says what it takes
 * when the value is not one of them: "expected one of sentence, article but was 'sentance'".
 */
final class EnumConverter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
  private final Class<E> type;

  EnumConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (e.toString().equalsIgnoreCase(value.strip()) || e.name().equalsIgnoreCase(value.strip()))
        return e;
    }
    throw new CommandLine.TypeConversionException(
        "expected one of "
            + Arrays.stream(type.getEnumConstants())
                .map(String::valueOf)
                .collect(Collectors.joining(", "))
            + " but was '"
            + value
            + "'");
  }

  /** Registers the converter for each enum type. */
  @SafeVarargs
  static CommandLine registerAll(CommandLine cmd, Class<? extends Enum<?>>... types) {
    for (Class<? extends Enum<?>> t : types) register(cmd, t);
    return cmd;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void register(CommandLine cmd, Class t) {
    cmd.registerConverter(t, new EnumConverter(t));
  }
}

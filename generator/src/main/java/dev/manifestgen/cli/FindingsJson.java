package dev.manifestgen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * validate -o json's printing. Its own class so that ValidateCommand, which picocli inspects by
 * reflection for every command (--version and --help too), names no Jackson type: verifying it
 * would otherwise load Jackson classes in commands that never print JSON.
 */
final class FindingsJson {
  private FindingsJson() {}

  static String print(Map<String, Object> json) throws JsonProcessingException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return new ObjectMapper().writer(printer).writeValueAsString(json);
  }
}

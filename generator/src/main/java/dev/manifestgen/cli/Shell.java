package dev.manifestgen.cli;

import java.util.regex.Pattern;

/** Quotes words for display in a POSIX shell command line. */
final class Shell {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./=:,@%+-]+");

  private Shell() {}

  static String quote(String word) {
    if (SAFE.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''").replace("\n", "\\n") + "'";
  }
}

package dev.manifestgen.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large values file for the bench: {@code string} gives one pod annotation holding a
 * string of the given size (words and spaces, double-quoted); {@code map} gives as many annotations
 * as fill the size. Seeded, so every run times the same bytes.
 */
public final class LargeValues {
  private LargeValues() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    String kind = args[1];
    long size = Long.parseLong(args[2]);
    Random random = new Random(20261130L);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("podAnnotations:\n");
      if (kind.equals("string")) {
        w.write("  example.com/big: \"");
        for (long n = 0; n < size; ) {
          String word = word(random);
          w.write(word);
          w.write(' ');
          n += word.length() + 1;
        }
        w.write("end\"\n");
      } else {
        long n = 0;
        for (int i = 0; n < size; i++) {
          String line = "  example.com/a" + i + ": \"" + word(random) + " " + word(random) + "\"\n";
          w.write(line);
          n += line.length();
        }
      }
    }
  }

  private static String word(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 3 + random.nextInt(8); i > 0; i--) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }
}

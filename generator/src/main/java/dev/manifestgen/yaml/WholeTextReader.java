package dev.manifestgen.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's reader over a text already in memory. SnakeYAML's own reader refills a 1 KB window
 * by copying everything not yet consumed, so one long scalar (a 4 MB string) costs time quadratic
 * in its length; this one indexes the whole text's code points, so reading is linear.
 */
final class WholeTextReader extends StreamReader {
  private final String name;
  private final int[] codePoints;
  private int pointer;
  private int line;
  private int column;
  private int documentIndex;

  WholeTextReader(String text, String name) {
    super("");
    this.name = name;
    String body = text.startsWith("\ufeff") ? text.substring(1) : text;
    this.codePoints = body.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      if (!isPrintable(codePoints[i])) {
        throw new ReaderException(name, i, codePoints[i], "special characters are not allowed");
      }
    }
  }

  @Override
  public Mark getMark() {
    return new Mark(name, pointer, line, column, codePoints, pointer);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && pointer < codePoints.length; i++) {
      int c = codePoints[pointer++];
      documentIndex++;
      if (c == '\n' || (c == '\r' && (pointer >= codePoints.length || codePoints[pointer] != '\n'))
          || c == 0x85 || c == 0x2028 || c == 0x2029) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return peek(0);
  }

  @Override
  public int peek(int index) {
    int i = pointer + index;
    return i < codePoints.length ? codePoints[i] : '\0';
  }

  @Override
  public String prefix(int length) {
    int end = Math.min(codePoints.length, pointer + length);
    return pointer >= end ? "" : new String(codePoints, pointer, end - pointer);
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    forward(length);
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return pointer;
  }

  @Override
  public int getLine() {
    return line;
  }
}

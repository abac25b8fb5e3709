package dev.manifestgen.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a user's input (a values file, a manifest, a --set-file, standard input) as UTF-8 text with
 * a bound: it stops at the first byte that is not UTF-8 and once more than {@link #MAX_BYTES} have
 * come, so /dev/zero, /dev/urandom or a runaway pipe end in one line instead of filling memory.
 * Every failure is one line naming the input and the reason.
 */
public final class InputText {
  /** The most one input may hold: Helm's own bound on a chart's decompressed size (100 MiB). */
  public static final long MAX_BYTES = 100L * 1024 * 1024;
  /** How deep YAML may nest (maps and lists), and a --set key: far above any manifest, far below a stack overflow. */
  public static final int MAX_NESTING = 500;

  private InputText() {}

  /** The whole text of a file; {@code display} names it in messages. */
  public static String read(Path file, String display) throws YamlException {
    if (Files.isDirectory(file)) {
      throw new YamlException(display + ": cannot read: is a directory");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, display);
    } catch (NoSuchFileException e) {
      throw new YamlException(display + ": file not found");
    } catch (AccessDeniedException e) {
      throw new YamlException(display + ": cannot read: permission denied");
    } catch (FileSystemException e) {
      throw new YamlException(display + ": cannot read: " + (e.getReason() != null ? e.getReason() : e.getMessage()));
    } catch (IOException e) {
      throw new YamlException(display + ": cannot read: " + reason(e));
    }
  }

  /** All of a stream (standard input), bounded and checked as a file is. */
  public static String read(InputStream in, String display) throws YamlException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder();
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    long consumed = 0; // bytes decoded before what is in the buffer
    try {
      boolean end = false;
      while (!end) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        if (n > 0) {
          bytes.position(bytes.position() + n);
        }
        if (consumed + bytes.position() > MAX_BYTES) {
          throw new YamlException(display + ": larger than " + (MAX_BYTES >> 20) + " MiB, the most manifest-gen reads"
              + " from one input");
        }
        bytes.flip();
        int before = bytes.position();
        while (true) {
          CoderResult r = decoder.decode(bytes, chars, end);
          if (r.isError()) {
            long offset = consumed + (bytes.position() - before);
            throw new YamlException(display + ": not UTF-8 text: byte " + offset + " (0x"
                + String.format("%02X", bytes.get(bytes.position()) & 0xFF) + ") is not part of a UTF-8 character");
          }
          chars.flip();
          checkNoNul(chars, display, text.length());
          text.append(chars);
          chars.clear();
          if (r.isUnderflow()) {
            break;
          }
        }
        consumed += bytes.position() - before;
        bytes.compact();
      }
      decoder.flush(chars);
      chars.flip();
      text.append(chars);
    } catch (CharacterCodingException e) {
      throw new YamlException(display + ": not UTF-8 text");
    } catch (IOException e) {
      throw new YamlException(display + ": cannot read: " + reason(e));
    }
    return text.toString();
  }

  /** A NUL is never text: binary input stops here rather than after MAX_BYTES. */
  private static void checkNoNul(CharBuffer chars, String display, int before) throws YamlException {
    for (int i = chars.position(); i < chars.limit(); i++) {
      if (chars.get(i) == 0) {
        throw new YamlException(display + ": not text: character " + (before + i - chars.position())
            + " is a NUL (binary input?)");
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s*\\n\\s*", " ");
  }
}

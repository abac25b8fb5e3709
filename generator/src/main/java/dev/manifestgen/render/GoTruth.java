package dev.manifestgen.render;

import com.hubspot.jinjava.util.HasObjectTruthValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go templates' truth for strings: only "" is false. Jinjava also takes the string "false" (any
 * case) as false, so {@code --set-string serviceAccount.name=false} would take the chart's
 * {@code if} the other way than Helm. Such strings reach jinjava wrapped as {@link FalseText},
 * which is true, prints as its text, and is unwrapped before any filter sees it.
 */
final class GoTruth {
  private GoTruth() {}

  /** A string jinjava would take as false; true here, as in Go. */
  record FalseText(String text) implements HasObjectTruthValue, CharSequence {
    @Override
    public boolean getObjectTruthValue() {
      return true;
    }

    @Override
    public String toString() {
      return text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }
  }

  /** The values for jinjava: a copy where only strings equal to "false" (any case) are wrapped; else the tree itself. */
  static Object wrap(Object value) {
    return needsWrapping(value) ? copy(value, true) : value;
  }

  /** What a filter gets: the plain tree again. */
  static Object unwrap(Object value) {
    return needsUnwrapping(value) ? copy(value, false) : value;
  }

  private static boolean needsWrapping(Object value) {
    if (value instanceof String s) {
      return s.equalsIgnoreCase("false");
    }
    return children(value).stream().anyMatch(GoTruth::needsWrapping);
  }

  private static boolean needsUnwrapping(Object value) {
    if (value instanceof FalseText) {
      return true;
    }
    return children(value).stream().anyMatch(GoTruth::needsUnwrapping);
  }

  private static List<?> children(Object value) {
    if (value instanceof Map<?, ?> map) {
      return new ArrayList<>(map.values());
    }
    return value instanceof List<?> list ? list : List.of();
  }

  private static Object copy(Object value, boolean wrap) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, copy(v, wrap)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(copy(v, wrap)));
      return out;
    }
    if (wrap && value instanceof String s && s.equalsIgnoreCase("false")) {
      return new FalseText(s);
    }
    if (!wrap && value instanceof FalseText f) {
      return f.text();
    }
    return value;
  }
}

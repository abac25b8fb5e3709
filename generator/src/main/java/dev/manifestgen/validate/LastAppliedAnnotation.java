package dev.manifestgen.validate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.manifestgen.yaml.GoFloats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The annotations client-side {@code kubectl apply} gives an object, measured as the API server measures
 * them. kubectl stores the object as it was given, encoded as JSON by Go's encoding/json (an empty
 * {@code annotations} map kept, a newline at the end), in {@code kubectl.kubernetes.io/last-applied-configuration};
 * the API server refuses an object whose annotations' keys and values together exceed 262,144 bytes.
 */
final class LastAppliedAnnotation {
  static final String KEY = "kubectl.kubernetes.io/last-applied-configuration";
  /** apimachinery's TotalAnnotationSizeLimitB. */
  static final int LIMIT = 256 * 1024;

  private static final ObjectMapper GO_JSON = goJson();

  private LastAppliedAnnotation() {}

  /** The bytes of all the object's annotations once kubectl apply has added its own. */
  static long annotationBytes(Map<String, Object> object) {
    Map<String, Object> copy = new LinkedHashMap<>(object);
    Map<String, Object> metadata = copy.get("metadata") instanceof Map<?, ?> m ? castMap(m) : new LinkedHashMap<>();
    metadata = new LinkedHashMap<>(metadata);
    Map<String, Object> annotations = metadata.get("annotations") instanceof Map<?, ?> a
        ? new LinkedHashMap<>(castMap(a)) : new LinkedHashMap<>();
    annotations.remove(KEY);
    metadata.put("annotations", annotations);
    copy.put("metadata", metadata);
    long others = 0;
    for (Map.Entry<String, Object> e : annotations.entrySet()) {
      others += utf8(e.getKey()) + (e.getValue() == null ? 0 : utf8(String.valueOf(e.getValue())));
    }
    return others + utf8(KEY) + encodedBytes(copy) + 1;
  }

  private static long encodedBytes(Map<String, Object> object) {
    try {
      return GO_JSON.writeValueAsBytes(object).length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }

  private static ObjectMapper goJson() {
    ObjectMapper mapper = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    mapper.getFactory().setCharacterEscapes(new GoEscapes());
    SimpleModule numbers = new SimpleModule();
    numbers.addSerializer(Double.class, new GoFloatSerializer());
    numbers.addSerializer(BigInteger.class, new BigIntegerAsFloat64());
    mapper.registerModule(numbers);
    return mapper;
  }

  /** encoding/json escapes {@code < > &} and U+2028/U+2029 as \\u00XX; Jackson already escapes control characters. */
  private static final class GoEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    GoEscapes() {
      ascii['<'] = ESCAPE_CUSTOM;
      ascii['>'] = ESCAPE_CUSTOM;
      ascii['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == '<' || ch == '>' || ch == '&' || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }

  private static final class GoFloatSerializer extends StdSerializer<Double> {
    GoFloatSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(GoFloats.json(value));
    }
  }

  /** An integer beyond int64 is a float64 once kubectl has decoded it. */
  private static final class BigIntegerAsFloat64 extends StdSerializer<BigInteger> {
    BigIntegerAsFloat64() {
      super(BigInteger.class);
    }

    @Override
    public void serialize(BigInteger value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (value.bitLength() < 64) {
        gen.writeNumber(value);
      } else {
        gen.writeNumber(GoFloats.json(value.doubleValue()));
      }
    }
  }
}

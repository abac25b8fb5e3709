package dev.manifestgen.validate.schema;

import java.util.Map;

/** The type of a field of a Kubernetes object, as its Go type decodes JSON. */
public sealed interface FieldType {
  enum Scalar implements FieldType { STRING, INT32, INT64, NUMBER, BOOLEAN }

  /** Go types with their own JSON decoding. */
  enum Special implements FieldType {
    /** An int32 or a string. */
    INT_OR_STRING,
    /** A number, or a string such as 100m or 1Gi. */
    QUANTITY,
    /** An RFC 3339 time string. */
    TIME,
    /** Any JSON (raw extensions, apiextensions JSON, managed fields). */
    ANY
  }

  record ListOf(FieldType items) implements FieldType {}

  record MapOf(FieldType values) implements FieldType {}

  /** A Go struct: its JSON field names and their types (filled in after creation: types are recursive). */
  record Struct(String name, Map<String, FieldType> fields) implements FieldType {
    @Override
    public String toString() {
      return name;
    }

    @Override
    public boolean equals(Object o) {
      return this == o;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }

  /** apiextensions' JSONSchemaProps unions: a schema, or a list of schemas / a boolean / a list of strings. */
  record Union(Kind kind, Struct schema) implements FieldType {
    public enum Kind { SCHEMA_OR_ARRAY, SCHEMA_OR_BOOL, SCHEMA_OR_STRING_ARRAY }
  }
}

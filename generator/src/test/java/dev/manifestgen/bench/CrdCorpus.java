package dev.manifestgen.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a deterministic, valid, CRD-heavy manifest of at least the given size for the validate
 * benchmark: CustomResourceDefinitions whose openAPIV3Schema is a deep tree of typed properties.
 * Usage: CrdCorpus FILE MIN_BYTES.
 */
public final class CrdCorpus {
  private static final int FAN_OUT = 5;
  private static final int DEPTH = 4;
  private static final String[] SCALARS = {"string", "integer", "boolean", "number"};

  private CrdCorpus() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long minBytes = Long.parseLong(args[1]);
    StringBuilder doc = new StringBuilder();
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; written < minBytes; i++) {
        doc.setLength(0);
        crd(doc, i);
        out.write(doc.toString());
        written += doc.length();
      }
    }
  }

  private static void crd(StringBuilder b, int i) {
    String plural = "widgets" + i;
    b.append("---\n")
        .append("apiVersion: apiextensions.k8s.io/v1\n")
        .append("kind: CustomResourceDefinition\n")
        .append("metadata:\n")
        .append("  name: ").append(plural).append(".bench.example.com\n")
        .append("  labels:\n")
        .append("    app.kubernetes.io/name: bench\n")
        .append("spec:\n")
        .append("  group: bench.example.com\n")
        .append("  scope: Namespaced\n")
        .append("  names:\n")
        .append("    kind: Widget").append(i).append('\n')
        .append("    listKind: Widget").append(i).append("List\n")
        .append("    plural: ").append(plural).append('\n')
        .append("    singular: widget").append(i).append('\n')
        .append("  versions:\n")
        .append("  - name: v1\n")
        .append("    served: true\n")
        .append("    storage: true\n")
        .append("    subresources:\n")
        .append("      status: {}\n")
        .append("    schema:\n")
        .append("      openAPIV3Schema:\n")
        .append("        type: object\n")
        .append("        description: Widget").append(i).append(" is a generated resource for the validate benchmark.\n")
        .append("        properties:\n");
    properties(b, "          ", DEPTH, i);
  }

  private static void properties(StringBuilder b, String indent, int depth, int seed) {
    for (int k = 0; k < FAN_OUT; k++) {
      String name = "field" + depth + "x" + k;
      b.append(indent).append(name).append(":\n");
      String in = indent + "  ";
      b.append(in).append("description: ").append(name).append(" of level ").append(depth)
          .append(", a generated property that makes the schema tree large.\n");
      if (depth > 1) {
        b.append(in).append("type: object\n");
        b.append(in).append("required:\n").append(in).append("- field").append(depth - 1).append("x0\n");
        b.append(in).append("properties:\n");
        properties(b, in + "  ", depth - 1, seed * 31 + k);
      } else {
        String type = SCALARS[Math.floorMod(seed + k, SCALARS.length)];
        b.append(in).append("type: ").append(type).append('\n');
        if (type.equals("string")) {
          b.append(in).append("maxLength: 253\n");
          b.append(in).append("enum:\n").append(in).append("- alpha\n").append(in).append("- beta\n");
        } else if (type.equals("integer")) {
          b.append(in).append("format: int32\n").append(in).append("minimum: 0\n").append(in).append("maximum: 65535\n");
        }
      }
    }
  }
}

package dev.manifestgen.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helm 3.17's quirks of --set, and its --set-string, --set-json, --set-literal and --set-file. */
class SetFlagsTest {
  @TempDir Path dir;

  private static Map<String, Object> apply(SetParser.Kind kind, String expression) throws SetSyntaxException {
    Map<String, Object> target = new LinkedHashMap<>();
    SetParser.apply(kind, expression, target, path -> {
      throw new SetSyntaxException("no files here");
    });
    return target;
  }

  @Test
  void aTrailingBackslashIsDropped() throws Exception {
    assertEquals(Map.of("a", "b"), apply(SetParser.Kind.SET, "a=b\\"));
    assertEquals(Map.of("a", "b"), apply(SetParser.Kind.STRING, "a=b\\"));
  }

  @Test
  void aListItemKeyWithNothingAfterItsEqualsSignAssignsNothingButMakesTheList() throws Exception {
    assertEquals(Map.of("list", List.of()), apply(SetParser.Kind.SET, "list[0].k="));
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("list", new java.util.ArrayList<>(List.of(new LinkedHashMap<>(Map.of("k", "old")))));
    SetParser.apply(SetParser.Kind.SET, "list[0].k=", target, null);
    assertEquals(Map.of("list", List.of(Map.of("k", ""))), target, "an existing item map is changed in place, as in Helm");
    assertEquals(Map.of("list", List.of(Map.of("k", ""), Map.of("k", "x"))),
        apply(SetParser.Kind.SET, "list[1].k=x,list[0].k="), "only the trailing assignment is lost");
  }

  @Test
  void anIndexAloneMakesAnEmptyListAndAnEmptyKeyDoesNothing() throws Exception {
    assertEquals(Map.of("a", List.of()), apply(SetParser.Kind.SET, "a[0]"));
    assertEquals(Map.of(), apply(SetParser.Kind.SET, "=x"));
  }

  @Test
  void stringsStayStringsWhatEverTheyLookLike() throws Exception {
    assertEquals(Map.of("name", "false", "n", "0o17", "h", "0x1F", "b", "0b1"),
        apply(SetParser.Kind.STRING, "name=false,n=0o17,h=0x1F,b=0b1"));
  }

  @Test
  void atSignsAreNeverSpecial() throws Exception {
    assertEquals(Map.of("a", "@/etc/hostname"), apply(SetParser.Kind.SET, "a=@/etc/hostname"));
  }

  @Test
  void literalTakesEverythingAfterTheFirstEqualsSign() throws Exception {
    assertEquals(Map.of("a", Map.of("b", "x,y=z\\{w}")), apply(SetParser.Kind.LITERAL, "a.b=x,y=z\\{w}"));
    assertEquals(Map.of("a", List.of("v,w")), apply(SetParser.Kind.LITERAL, "a[0]=v,w"));
  }

  @Test
  void jsonValuesAreParsedAsJsonAndNumbersAreFloat64() throws Exception {
    assertEquals(Map.of("a", Map.of("b", List.of(1L, 2.5, "x", true)), "c", "d"),
        apply(SetParser.Kind.JSON, "a={\"b\":[1,2.5,\"x\",true]},c=\"d\""));
    Map<String, Object> empty = apply(SetParser.Kind.JSON, "a=");
    assertTrue(empty.containsKey("a") && empty.get("a") == null);
    SetSyntaxException e = assertThrows(SetSyntaxException.class, () -> apply(SetParser.Kind.JSON, "a={bad"));
    assertTrue(e.getMessage().startsWith("--set-json a={bad: "), e.getMessage());
  }

  @Test
  void aCharacterYamlV2RefusesIsRefusedAsHelmsSchemaCheckRefusesIt() throws Exception {
    ValuesRequest json = new ValuesRequest(List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of("podAnnotations.x=\"a\\u007fb\""), List.of());
    ValuesException e = assertThrows(ValuesException.class, () -> TestLoader.loader().load(json));
    assertEquals("--set-json podAnnotations.x=\"a\\u007fb\": podAnnotations.x: yaml: control characters are not allowed"
        + " (U+007F; Helm refuses it when it checks the values against the chart's schema)", e.getMessage());
    ValuesRequest set = new ValuesRequest(List.of(), List.of(), List.of("podLabels.k\u0085\u0090=v"), List.of());
    e = assertThrows(ValuesException.class, () -> TestLoader.loader().load(set));
    assertTrue(e.getMessage().endsWith(": yaml: control characters are not allowed (U+0090; Helm refuses it when it"
        + " checks the values against the chart's schema)"), e.getMessage());
    Path f = Files.writeString(dir.resolve("c1.txt"), "\uFFFF");
    ValuesRequest file = new ValuesRequest(List.of(), List.of(), List.of(), List.of(), List.of("podAnnotations.f=" + f),
        List.of(), List.of());
    e = assertThrows(ValuesException.class, () -> TestLoader.loader().load(file));
    assertTrue(e.getMessage().startsWith("--set-file podAnnotations.f=" + f + ": podAnnotations.f: yaml: control"
        + " characters are not allowed (U+FFFF;"), e.getMessage());
    ValuesRequest nel = new ValuesRequest(List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of("podAnnotations.x=\"a\\u0085\\ufffd\\u00a0\""), List.of());
    assertEquals("a\u0085\ufffd\u00a0", ((Map<?, ?>) TestLoader.loader().load(nel).tree().get("podAnnotations")).get("x"),
        "NEL, U+FFFD and NBSP are read");
  }

  @Test
  void setFileReadsEachValueAsAFile() throws Exception {
    Path f = Files.writeString(dir.resolve("cert.pem"), "line1\nline2\n");
    ValuesRequest request = new ValuesRequest(List.of(), List.of(), List.of(), List.of(),
        List.of("podAnnotations.cert=" + f), List.of(), List.of());
    ValuesLoader loader = TestLoader.loader();
    assertEquals("line1\nline2\n", ((Map<?, ?>) loader.load(request).tree().get("podAnnotations")).get("cert"));
    ValuesRequest missing = new ValuesRequest(List.of(), List.of(), List.of(), List.of(),
        List.of("podAnnotations.cert=" + dir.resolve("nope")), List.of(), List.of());
    ValuesException e = assertThrows(ValuesException.class, () -> loader.load(missing));
    assertEquals("--set-file podAnnotations.cert=" + dir.resolve("nope") + ": " + dir.resolve("nope") + ": file not found",
        e.getMessage());
  }

  @Test
  void flagsApplyInHelmsOrder() throws Exception {
    ValuesRequest request = new ValuesRequest(List.of(), List.of(), List.of("podAnnotations.a=set"),
        List.of("podAnnotations.a=string"), List.of(), List.of("podAnnotations={\"a\":\"json\"}"), List.of("podAnnotations.b=literal"));
    Map<?, ?> annotations = (Map<?, ?>) TestLoader.loader().load(request).tree().get("podAnnotations");
    assertEquals(Map.of("a", "string", "b", "literal"), annotations);
  }

  @Test
  void aGapASetMadeIsBlamedOnThatSet() throws Exception {
    ValuesRequest request = new ValuesRequest(List.of(), List.of(), List.of("managedNamespaces[2]=ns"), List.of());
    ValuesException e = assertThrows(ValuesException.class, () -> TestLoader.loader().load(request));
    assertTrue(e.getMessage().startsWith("--set managedNamespaces[2]=ns: managedNamespaces[0]: "), e.getMessage());
  }

  @Test
  void valuesComeFromStandardInputWithDash() throws Exception {
    var in = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("replicas: 3\n---\nreplicas: 4\n".getBytes()));
      ValuesRequest request = new ValuesRequest(List.of(), List.of(Path.of("-")), List.of(), List.of());
      assertEquals(3L, TestLoader.loader().load(request).tree().get("replicas"));
    } finally {
      System.setIn(in);
    }
  }
}

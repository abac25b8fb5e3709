package dev.manifestgen.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.manifestgen.yaml.YamlReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Helm's --set grammar, case by case (the cases of Helm's pkg/strvals tests, written here as
 * expression ;; expected values as YAML).
 */
class SetParserTest {

  private static Map<String, Object> set(String expression) throws SetSyntaxException {
    Map<String, Object> target = new LinkedHashMap<>();
    SetParser.parseInto(expression, target);
    return target;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String text) throws Exception {
    return (Map<String, Object>) YamlReader.read(text.replace("\\n", "\n"), "expected").root();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ;; ", value = {
      "name1=value1 ;; name1: value1",
      "name1=value1,name2=value2 ;; {name1: value1, name2: value2}",
      "name1=value1,name2=value2, ;; {name1: value1, name2: value2}",
      "name1=,name2=value2 ;; {name1: '', name2: value2}",
      "name1= ;; {name1: ''}",
      "name1=null,f=false,t=true ;; {name1: null, f: false, t: true}",
      "t=TRUE,f=False,nothing=NULL ;; {t: true, f: false, nothing: null}",
      "leading_zeros=00009 ;; {leading_zeros: '00009'}",
      "zero_int=0 ;; {zero_int: 0}",
      "long_int=1234567890 ;; {long_int: 1234567890}",
      "negative=-12,plus=+7 ;; {negative: -12, plus: 7}",
      "too_big=99999999999999999999 ;; {too_big: '99999999999999999999'}",
      "float=1.5,exp=1e3,hex=0x1F ;; {float: '1.5', exp: '1e3', hex: '0x1F'}",
      "name1=one\\,two,name2=three\\,four ;; {name1: 'one,two', name2: 'three,four'}",
      "name1=one\\=two ;; {name1: 'one=two'}",
      "name1=a=b=c ;; {name1: 'a=b=c'}",
      "name1=one two three ;; {name1: one two three}",
      "outer.inner=value ;; {outer: {inner: value}}",
      "outer.middle.inner=value ;; {outer: {middle: {inner: value}}}",
      "outer.inner1=value,outer.middle.inner=value ;; {outer: {inner1: value, middle: {inner: value}}}",
      "dotted\\.key=v ;; {'dotted.key': v}",
      "back\\\\slash=v ;; {'back\\slash': v}",
      "name1.name2= ;; {name1: {name2: ''}}",
      "name1={value1,value2} ;; {name1: [value1, value2]}",
      "name1={1021,902},name2={a} ;; {name1: [1021, 902], name2: [a]}",
      "name1.name2={value1,value2} ;; {name1: {name2: [value1, value2]}}",
      "empty={} ;; {empty: ['']}",
      "list[0]=foo ;; {list: [foo]}",
      "list[0].foo=bar,list[0].hello=world ;; {list: [{foo: bar, hello: world}]}",
      "list[0]=foo,list[3]=bar ;; {list: [foo, null, null, bar]}",
      "noval[0] ;; {noval: []}",
      "noval[0]= ;; {noval: ['']}",
      "nested[0][0]=1 ;; {nested: [[1]]}",
      "nested[1][1]=1 ;; {nested: [null, [null, 1]]}",
      "name1.name2[1].foo=bar,name1.name2[0].foo=bar ;; {name1: {name2: [{foo: bar}, {foo: bar}]}}",
      "name1.name2[1].foo=bar ;; {name1: {name2: [null, {foo: bar}]}}",
      "a. ;; {}",
      "héllo.wörld=☃ ;; {héllo: {wörld: ☃}}",
  })
  void parsesLikeHelm(String expression, String expected) throws Exception {
    assertEquals(yaml(expected), set(expression));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " ;; ", value = {
      "name1,name2= ;; --set name1,name2=: key \"name1\" has no value (cannot end with ,)",
      "name1 ;; --set name1: key \"name1\" has no value (write name1=VALUE)",
      "name1.name2 ;; --set name1.name2: key \"name2\" has no value (write name2=VALUE)",
      "name1.=name2 ;; --set name1.=name2: key map \"name1\" has no value",
      "name1.,name2 ;; --set name1.,name2: key \"\" has no value (cannot end with ,)",
      "name1=value1,,,,name2=value2, ;; --set name1=value1,,,,name2=value2,: key \"\" has no value (cannot end with ,)",
      "name1={1021,902 ;; --set name1={1021,902: list must terminate with '}'",
      "list[0].foo=bar,list[-30].hello=world ;; --set list[0].foo=bar,list[-30].hello=world: negative index -30 of list is not allowed",
      "list[x]=1 ;; --set list[x]=1: list index \"x\" of list is not a number",
      "list[70000]=1 ;; --set list[70000]=1: index 70000 of list is above Helm's maximum of 65536",
      "illegal[0]name.foo=bar ;; --set illegal[0]name.foo=bar: unexpected \"name\" after the list index of illegal[0]",
      "]={}]. ;; --set ]={}].: ] is a list, not a map: it cannot take .",
      "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee.ff=1 ;; --set a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.aa.bb.cc.dd.ee.ff=1: keys nest deeper than Helm's limit of 30",
  })
  void refusesLikeHelm(String expression, String message) {
    SetSyntaxException e = assertThrows(SetSyntaxException.class, () -> set(expression));
    assertEquals(message, e.getMessage());
  }

  @Test
  void setStringNeverTypes() throws Exception {
    Map<String, Object> target = new LinkedHashMap<>();
    SetParser.parseIntoString("long=1234567890,boolean=true,is_null=null,zero=0,list={1,true}", target);
    assertEquals(yaml("{long: '1234567890', boolean: 'true', is_null: 'null', zero: '0', list: ['1', 'true']}"), target);
  }

  @Test
  void appliesIntoAnExistingTreeAsHelmAppliesOnTopOfTheFiles() throws Exception {
    Map<String, Object> target = yaml("{outer: {inner1: overwrite, inner2: value2}, list: [p, q]}");
    SetParser.parseInto("outer.inner1=value1,outer.inner3=value3,outer.inner4=4,list[1]=x", target);
    assertEquals(yaml("{outer: {inner1: value1, inner2: value2, inner3: value3, inner4: 4}, list: [p, x]}"), target);
  }

  @Test
  void nestedListsBuildUpAcrossExpressions() throws Exception {
    Map<String, Object> target = new LinkedHashMap<>();
    SetParser.parseInto("listOuter[0][0].type=listValue", target);
    SetParser.parseInto("listOuter[0][0].status=alive", target);
    assertEquals(yaml("{listOuter: [[{type: listValue, status: alive}]]}"), target);
    SetParser.parseInto("listOuter[1][0].status=alive", target);
    assertEquals(yaml("{listOuter: [[{type: listValue, status: alive}], [{status: alive}]]}"), target);
  }

  @Test
  void anItemThatIsNotAMapIsReplacedByOne() throws Exception {
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("l", new ArrayList<>(Arrays.asList("scalar")));
    SetParser.parseInto("l[0].k=v", target);
    assertEquals(yaml("{l: [{k: v}]}"), target);
  }

  @Test
  void goingThroughAScalarOrANullIsAnError() {
    assertEquals("--set a.b=1: a is the value \"s\", not a map: it cannot take .b=1",
        assertThrows(SetSyntaxException.class, () -> SetParser.parseInto("a.b=1", new LinkedHashMap<>(Map.of("a", "s")))).getMessage());
    Map<String, Object> withNull = new LinkedHashMap<>();
    withNull.put("a", null);
    assertEquals("--set a[0]=1: a is the value null, not a list: it cannot take [0]",
        assertThrows(SetSyntaxException.class, () -> SetParser.parseInto("a[0]=1", withNull)).getMessage());
  }

  @Test
  void assignedPathsNameEachAssignment() throws Exception {
    assertEquals(List.of("a.b", "c[0].d", "l", "[\"x.y\"]"),
        SetParser.assignedPaths("a.b=1,c[0].d=2,l={x,y},x\\.y=3"));
  }
}

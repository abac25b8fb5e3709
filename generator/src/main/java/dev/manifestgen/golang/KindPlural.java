package dev.manifestgen.golang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A kind's default plural, its CRD's {@code names.plural}, as controller-gen v0.23.0 derives it: the English
 * plural of the kind's last word (split where a lower-case letter or a known initialism meets a capital), by
 * the inflection rules of the gobuffalo/flect library controller-gen uses, and the whole lower-cased.
 * Elasticsearch, elasticsearches; Redis, redis; ElasticsearchIndex, elasticsearchindices; Repo, repoes.
 * <p>Those rules, in the order they are tried on the last word: an irregular noun, by its whole word; a word
 * that is already such a noun's plural stays; then suffix rules, each first as "a word already ending in the
 * plural stays" and then as "replace the singular ending" (the irregular nouns as endings of longer words,
 * the last listed first, then the ending table); a word ending in s stays; any other word takes an s.
 */
public final class KindPlural {
  /**
   * The irregular nouns: singular, plural and an accepted other plural ("-" for none), then flags: {@code exact}
   * (the whole word only, never an ending of a longer word), {@code oneway} (its plural is not taken as
   * already plural).
   */
  private static final String IRREGULAR = """
      aircraft aircraft -
      beef beef beefs
      bison bison -
      blues blues - oneway
      chassis chassis -
      deer deer -
      fish fish fishes
      moose moose -
      police police -
      salmon salmon salmons
      series series -
      sheep sheep -
      shrimp shrimp shrimps
      species species -
      swine swine swines
      trout trout trouts
      tuna tuna tunas
      you you -
      child children -
      ox oxen - exact
      foot feet -
      goose geese -
      man men -
      human humans -
      louse lice - exact
      mouse mice -
      tooth teeth -
      woman women -
      die dice - exact
      person people -
      adieu adieux adieus
      fabliau fabliaux -
      bureau bureaus bureaux
      criterion criteria -
      ganglion ganglia ganglions
      lexicon lexica lexicons
      mitochondrion mitochondria mitochondrions
      noumenon noumena -
      phenomenon phenomena -
      taxon taxa -
      media media -
      medium media mediums oneway
      stadium stadiums stadia
      aquarium aquaria aquariums
      auditorium auditoria auditoriums
      symposium symposia symposiums
      curriculum curriculums curricula
      quota quotas -
      alumnus alumni alumnuses
      bacillus bacilli -
      cactus cacti cactuses
      coccus cocci -
      focus foci focuses
      locus loci locuses
      nucleus nuclei nucleuses
      octopus octupuses octopi
      radius radii radiuses
      syllabus syllabi -
      corpus corpora corpuses
      genus genera -
      alumna alumnae -
      vertebra vertebrae -
      differentia differentiae -
      minutia minutiae -
      vita vitae -
      larva larvae -
      postcava postcavae -
      praecava praecavae -
      uva uvae -
      apex apices apexes
      codex codices codexes
      index indices indexes
      latex latices latexes
      vertex vertices vertexes
      vortex vortices vortexes
      appendix appendices appendixes
      radix radices radixes
      helix helices helixes
      axis axes - exact
      crisis crises -
      ellipsis ellipses - oneway
      genesis geneses -
      oasis oases -
      thesis theses -
      testis testes -
      base bases -
      basis bases - oneway
      alias aliases - exact
      vedalia vedalias -
      use uses - exact
      abuse abuses -
      cause causes -
      clause clauses -
      cruse cruses -
      excuse excuses -
      fuse fuses -
      house houses -
      misuse misuses -
      muse muses -
      pause pauses -
      ache aches -
      topaz topazes -
      buffalo buffaloes buffalos
      potato potatoes -
      tomato tomatoes -
      equipment equipment -
      information information -
      jeans jeans -
      money money -
      news news -
      rice rice -
      dwarf dwarfs dwarves
      hoof hoofs hooves
      thief thieves -
      chive chives -
      hive hives -
      move moves -
      movie movies -
      cookie cookies -
      pretorium pretoriums -
      agenda agendas -
      formula formulas formulae
      shoe shoes -
      toe toes - exact
      graffiti graffiti -
      ID IDs - exact
      """;

  /** Singular and plural endings, the first that fits wins. */
  private static final String ENDINGS = """
      tive tives; eaf eaves; oaf oaves; afe aves; arf arves; rfe rves; rf rves; lf lves; fe ves;
      ay ays; ey eys; oy oys; quy quies; uy uys; y ies;
      eau eaux;
      bula bulae; dula bulae; lula bulae; nula bulae; vula bulae;
      hedron hedra;
      ium ia; seum seums; eum ea; oum oa; stracum straca; dum da; elum ela; ilum ila; olum ola; ulum ula;
      llum lla; ylum yla; imum ima; ernum erna; gnum gna; brum bra; crum cra; terum tera; serum sera;
      trum tra; antum anta; atum ata; entum enta; etum eta; itum ita; otum ota; utum uta; ctum cta; ovum ova;
      trix trices;
      iasis iases; mesis meses; kinesis kineses; resis reses; gnosis gnoses; opsis opses; ysis yses;
      ouse ouses; lause lauses; us uses;
      ch ches; io ios; sh shes; ss sses; ez ezzes; iz izzes; tz tzes; zz zzes; ano anos; lo los; to tos;
      oo oos; o oes; x xes;
      S Ses
      """;

  /** Initialisms that end a word when a capital follows them (HTTPRoute: HTTP, Route). */
  private static final Set<String> INITIALISMS = Set.of("ACL", "API", "ASCII", "AWS", "CPU", "CSS", "CSV", "DNS",
      "EOF", "GCP", "GUID", "HTML", "HTTP", "HTTPS", "ID", "IP", "JSON", "JWT", "LDAP", "OK", "QPS", "RAM", "RPC",
      "SLA", "SMTP", "SQL", "SSH", "SSL", "TCP", "TLS", "TTL", "UDP", "UI", "UID", "URI", "URL", "UTF8", "UUID",
      "VM", "XML", "YAML");

  private record Ending(String singular, String plural) {}

  private static final Map<String, String> PLURAL_OF = new HashMap<>();
  private static final Set<String> ALREADY_PLURAL = new HashSet<>();
  private static final List<Ending> RULES = new ArrayList<>();

  static {
    List<Ending> compound = new ArrayList<>();
    for (String line : IRREGULAR.strip().split("\n")) {
      String[] f = line.strip().split(" ");
      List<String> flags = List.of(f).subList(3, f.length);
      PLURAL_OF.put(f[0], f[1]);
      if (!flags.contains("oneway")) {
        ALREADY_PLURAL.add(f[1]);
        if (!f[2].equals("-")) {
          ALREADY_PLURAL.add(f[2]);
        }
      }
      if (!flags.contains("exact")) {
        compound.add(0, new Ending(f[0], f[1]));
      }
    }
    RULES.addAll(compound);
    for (String pair : ENDINGS.strip().replace("\n", " ").split(";")) {
      String[] f = pair.strip().split(" ");
      RULES.add(new Ending(f[0], f[1]));
    }
  }

  private KindPlural() {}

  public static String of(String kind) {
    String last = lastWord(kind);
    String head = kind.substring(0, kind.length() - last.length());
    return (head + pluralOfWord(kind, last)).toLowerCase(Locale.ROOT);
  }

  private static String pluralOfWord(String kind, String word) {
    if (PLURAL_OF.containsKey(kind) && kind.equals(word)) {
      return PLURAL_OF.get(kind);
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (ALREADY_PLURAL.contains(kind) || ALREADY_PLURAL.contains(lower)) {
      return word;
    }
    String irregular = PLURAL_OF.get(lower);
    if (irregular != null) {
      return irregular;
    }
    for (Ending e : RULES) {
      if (word.endsWith(e.plural())) {
        return word;
      }
      if (word.endsWith(e.singular())) {
        return word.substring(0, word.length() - e.singular().length()) + e.plural();
      }
    }
    return lower.endsWith("s") ? word : word + "s";
  }

  /** The kind's last word: from its last capital that follows a non-capital or ends a known initialism. */
  static String lastWord(String kind) {
    int start = 0;
    for (int i = 1; i < kind.length(); i++) {
      char c = kind.charAt(i);
      if (Character.isUpperCase(c)
          && (!Character.isUpperCase(kind.charAt(i - 1)) || INITIALISMS.contains(kind.substring(start, i)))) {
        start = i;
      }
    }
    return kind.substring(start);
  }
}

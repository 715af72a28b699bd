package org.aimsrules.core.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.aimsrules.core.report.Reference;

/**
 * Reads and checks a rule pack's metadata from the class path: the rule catalog of the ISO/IEC
 * 42001 pack and of a vendor's pack alike. A pack's metadata directory (e.g.
 * {@code com/acme/aims/}) holds:
 *
 * <ul>
 *   <li>{@code catalog.json}: the pack's id, version, title, group titles and rule groups
 *       (schema {@value #CATALOG_SCHEMA});</li>
 *   <li>{@code requirements.json}: the requirements its rules check (schema
 *       {@value #REQUIREMENTS_SCHEMA});</li>
 *   <li>{@code rules/<group>.json} for each rule group: its rules' metadata and the requirements
 *       it declares not automatable (schema {@value #RULES_SCHEMA});</li>
 *   <li>optionally {@code crosswalk.json}: references to other frameworks, by requirement ref.</li>
 * </ul>
 *
 * <p>The loader checks what a schema cannot: ids unique, every rule's requirement and obligations
 * declared in the pack's requirements, every requirement's parent declared (a requirement, or a
 * group with a title, as the control objectives of Annex A), and, for a pack other
 * than ISO/IEC 42001, every rule id and requirement ref carrying the pack's namespace
 * ({@code acme:...}). All problems are reported together, each with its file and JSON Pointer.
 *
 * <pre>{@code
 * PackMetadata.Loaded acme = PackMetadata.load(AcmePack.class.getClassLoader(), "com/acme/aims/");
 * RuleCatalog catalog = acme.catalog();
 * }</pre>
 */
public final class PackMetadata {
  /** Class-path resource of the JSON Schema of {@code catalog.json}. */
  public static final String CATALOG_SCHEMA = "org/aimsrules/core/catalog/pack-catalog-1.0.schema.json";
  /** Class-path resource of the JSON Schema of {@code requirements.json}. */
  public static final String REQUIREMENTS_SCHEMA =
      "org/aimsrules/core/catalog/pack-requirements-1.0.schema.json";
  /** Class-path resource of the JSON Schema of a rule group file {@code rules/<group>.json}. */
  public static final String RULES_SCHEMA = "org/aimsrules/core/catalog/pack-rules-1.0.schema.json";

  /** The id of the ISO/IEC 42001 pack, the only one whose ids carry no namespace. */
  public static final String ISO42001 = "iso42001";

  private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  private static final Pattern GROUP = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private PackMetadata() {}

  /**
   * A pack's index file, {@code catalog.json}.
   *
   * @param id the pack id: lower-case letters, digits and hyphens, e.g. {@code acme}
   * @param version the pack's version
   * @param title the pack's title
   * @param groupTitles titles of the requirement groups reports arrange requirements in
   * @param ruleGroups the rule group files, in order
   */
  public record Index(String id, String version, String title, Map<String, String> groupTitles,
      List<String> ruleGroups) {
    /** Normalizes absent collections. */
    public Index {
      groupTitles = groupTitles == null ? Map.of()
          : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupTitles));
      ruleGroups = ruleGroups == null ? List.of() : List.copyOf(ruleGroups);
    }
  }

  /**
   * One rule group file: its rules and the requirements it declares not automatable.
   *
   * @param title the group's title
   * @param rules its rules' metadata
   * @param notAutomated requirements no rule checks, with reasons
   */
  public record RuleGroup(String title, List<RuleMetadata> rules, List<NotAutomated> notAutomated) {
    /** Normalizes absent lists. */
    public RuleGroup {
      rules = rules == null ? List.of() : List.copyOf(rules);
      notAutomated = notAutomated == null ? List.of() : List.copyOf(notAutomated);
    }
  }

  /**
   * A loaded pack's metadata.
   *
   * @param index the index file
   * @param catalog the catalog
   * @param groupOfRule for each rule id, its group, e.g. {@code clause-5}
   */
  public record Loaded(Index index, RuleCatalog catalog, Map<String, String> groupOfRule) {
    /** Makes the map immutable. */
    public Loaded {
      groupOfRule = Map.copyOf(groupOfRule);
    }
  }

  /**
   * One problem of a pack's metadata.
   *
   * @param file the file, relative to the class path (e.g. {@code com/acme/aims/rules/high-risk.json})
   * @param pointer JSON Pointer to the offending value; empty for the whole file
   * @param message what is wrong
   */
  public record Problem(String file, String pointer, String message) {
    /** Checks the components. */
    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return file + (pointer.isEmpty() ? "" : "#" + pointer) + ": " + message;
    }
  }

  /** Thrown when a pack's metadata is missing or wrong; lists every problem found. */
  public static final class InvalidPackException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The problems. */
    private final transient List<Problem> problems;

    /**
     * An exception listing problems.
     *
     * @param base the metadata directory
     * @param problems the problems, at least one
     */
    public InvalidPackException(String base, List<Problem> problems) {
      super("the rule pack metadata in " + base + " has " + problems.size()
          + (problems.size() == 1 ? " problem: " : " problems: ")
          + String.join("; ", problems.stream().limit(20).map(Problem::toString).toList())
          + (problems.size() > 20 ? "; and " + (problems.size() - 20) + " more" : ""));
      this.problems = List.copyOf(problems);
    }

    /**
     * The problems.
     *
     * @return every problem found
     */
    public List<Problem> problems() {
      return problems;
    }
  }

  /**
   * Loads and checks a pack's metadata.
   *
   * @param loader the class loader that sees the pack's jar
   * @param base the metadata directory on the class path, e.g. {@code com/acme/aims/} (a leading
   *     slash and a missing trailing one are tolerated)
   * @return the metadata
   * @throws InvalidPackException when a file is missing, is not valid or breaks a check
   */
  public static Loaded load(ClassLoader loader, String base) {
    Objects.requireNonNull(loader, "loader");
    String dir = normalize(base);
    List<Problem> problems = new ArrayList<>();
    String indexFile = dir + "catalog.json";
    JsonNode indexNode = readTree(loader, indexFile, problems, true);
    if (indexNode == null) {
      throw new InvalidPackException(dir, problems);
    }
    Index index = bind(indexNode, Index.class, indexFile, "", problems);
    if (index == null) {
      throw new InvalidPackException(dir, problems);
    }
    if (index.id() == null || !PACK_ID.matcher(index.id()).matches()) {
      problems.add(new Problem(indexFile, "/id", "the pack id must be lower-case letters, digits "
          + "and hyphens, starting with a letter (found " + quoted(index.id()) + ")"));
    }
    if (index.version() == null || index.version().isBlank()) {
      problems.add(new Problem(indexFile, "/version", "the pack needs a version"));
    }
    if (index.ruleGroups().isEmpty()) {
      problems.add(new Problem(indexFile, "/ruleGroups", "the pack names no rule group"));
    }
    String id = index.id() == null ? "" : index.id();
    boolean namespaced = !ISO42001.equals(id);

    String requirementsFile = dir + "requirements.json";
    List<Requirement> requirements = new ArrayList<>();
    JsonNode reqNode = readTree(loader, requirementsFile, problems, true);
    Set<String> refs = new HashSet<>();
    if (reqNode != null) {
      if (!reqNode.isArray()) {
        problems.add(new Problem(requirementsFile, "", "must be an array of requirements"));
      } else {
        for (int i = 0; i < reqNode.size(); i++) {
          Requirement r = bind(reqNode.get(i), Requirement.class, requirementsFile, "/" + i, problems);
          if (r == null) {
            continue;
          }
          requirements.add(r);
          if (!refs.add(r.ref())) {
            problems.add(new Problem(requirementsFile, "/" + i + "/ref",
                "requirement " + r.ref() + " is declared twice"));
          }
          if (namespaced && !inNamespace(r.ref(), id)) {
            problems.add(new Problem(requirementsFile, "/" + i + "/ref", "requirement ref "
                + r.ref() + " lacks the pack's namespace " + id + ":"));
          }
        }
        for (int i = 0; i < requirements.size(); i++) {
          String parent = requirements.get(i).parent();
          if (parent != null && !refs.contains(parent)
              && !index.groupTitles().containsKey(parent)) {
            problems.add(new Problem(requirementsFile, "/" + i + "/parent", "parent " + parent
                + " is neither a requirement of the pack nor a group of catalog.json's groupTitles"));
          }
        }
      }
    }

    List<RuleMetadata> rules = new ArrayList<>();
    List<NotAutomated> notAutomated = new ArrayList<>();
    Map<String, String> groupOfRule = new HashMap<>();
    for (int g = 0; g < index.ruleGroups().size(); g++) {
      String group = index.ruleGroups().get(g);
      if (group == null || !GROUP.matcher(group).matches()) {
        problems.add(new Problem(indexFile, "/ruleGroups/" + g, "a rule group name is lower-case "
            + "letters, digits and hyphens (found " + quoted(group) + ")"));
        continue;
      }
      String file = dir + "rules/" + group + ".json";
      JsonNode node = readTree(loader, file, problems, true);
      if (node == null) {
        continue;
      }
      RuleGroup rg = bind(node, RuleGroup.class, file, "", problems);
      if (rg == null) {
        continue;
      }
      for (int i = 0; i < rg.rules().size(); i++) {
        RuleMetadata m = rg.rules().get(i);
        String at = "/rules/" + i;
        if (groupOfRule.putIfAbsent(m.id(), group) != null) {
          problems.add(new Problem(file, at + "/id", "rule " + m.id() + " is declared twice (also in "
              + groupOfRule.get(m.id()) + ")"));
        }
        if (namespaced && !inNamespace(m.id(), id)) {
          problems.add(new Problem(file, at + "/id", "rule id " + m.id()
              + " lacks the pack's namespace " + id + ":"));
        }
        if (m.id().startsWith("derive/")) {
          problems.add(new Problem(file, at + "/id", "rule id " + m.id()
              + " is a derivation rule's name: derivation rules carry no metadata"));
        }
        if (reqNode != null && !refs.contains(m.requirement())) {
          problems.add(new Problem(file, at + "/requirement", "requirement " + m.requirement()
              + " of rule " + m.id() + " is not a requirement of the pack"));
        }
        for (int o = 0; o < m.obligations().size(); o++) {
          if (reqNode != null && !refs.contains(m.obligations().get(o))) {
            problems.add(new Problem(file, at + "/obligations/" + o, "obligation "
                + m.obligations().get(o) + " of rule " + m.id()
                + " is not a requirement of the pack"));
          }
        }
        rules.add(m);
      }
      for (int i = 0; i < rg.notAutomated().size(); i++) {
        NotAutomated n = rg.notAutomated().get(i);
        if (reqNode != null && !refs.contains(n.ref())) {
          problems.add(new Problem(file, "/notAutomated/" + i + "/ref", "requirement " + n.ref()
              + " is not a requirement of the pack"));
        }
        notAutomated.add(n);
      }
    }

    String crosswalkFile = dir + "crosswalk.json";
    Map<String, List<Reference>> crosswalk = new LinkedHashMap<>();
    JsonNode cwNode = readTree(loader, crosswalkFile, problems, false);
    if (cwNode != null) {
      if (!cwNode.isObject()) {
        problems.add(new Problem(crosswalkFile, "", "must be an object of reference lists"));
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = cwNode.fields(); it.hasNext();) {
          Map.Entry<String, JsonNode> e = it.next();
          String at = "/" + e.getKey().replace("~", "~0").replace("/", "~1");
          if (reqNode != null && !refs.contains(e.getKey())) {
            problems.add(new Problem(crosswalkFile, at, "requirement " + e.getKey()
                + " is not a requirement of the pack"));
          }
          Reference[] list = bind(e.getValue(), Reference[].class, crosswalkFile, at, problems);
          if (list != null) {
            crosswalk.put(e.getKey(), List.of(list));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPackException(dir, problems);
    }
    RuleCatalog catalog = new RuleCatalog(index.id(), index.version(), requirements, rules,
        notAutomated, crosswalk, index.groupTitles());
    return new Loaded(index, catalog, groupOfRule);
  }

  /**
   * The ids of a catalog that lack the namespace of a pack other than ISO/IEC 42001: every rule id
   * and requirement ref of pack {@code acme} must start with {@code acme:}.
   *
   * @param packId the pack id
   * @param catalog the pack's catalog
   * @return one line per offending id; empty when all carry the namespace, or for ISO/IEC 42001
   */
  public static List<String> namespaceProblems(String packId, RuleCatalog catalog) {
    List<String> problems = new ArrayList<>();
    if (ISO42001.equals(packId)) {
      return problems;
    }
    for (RuleMetadata m : catalog.rules()) {
      if (!inNamespace(m.id(), packId)) {
        problems.add("rule id " + m.id() + " of pack " + packId + " lacks its namespace "
            + packId + ":");
      }
    }
    for (Requirement r : catalog.requirements()) {
      if (!inNamespace(r.ref(), packId)) {
        problems.add("requirement ref " + r.ref() + " of pack " + packId
            + " lacks its namespace " + packId + ":");
      }
    }
    return problems;
  }

  /**
   * The namespace of a vendor pack's id or ref: {@code acme} for {@code acme:HR-1}.
   *
   * @param idOrRef a rule id or requirement ref
   * @return the namespace, or {@code null} for an id without one (those of ISO/IEC 42001)
   */
  public static String namespaceOf(String idOrRef) {
    int colon = idOrRef.indexOf(':');
    return colon > 0 ? idOrRef.substring(0, colon) : null;
  }

  private static boolean inNamespace(String id, String packId) {
    return id != null && id.startsWith(packId + ":") && id.length() > packId.length() + 1;
  }

  private static String normalize(String base) {
    Objects.requireNonNull(base, "base");
    String dir = base.startsWith("/") ? base.substring(1) : base;
    return dir.isEmpty() || dir.endsWith("/") ? dir : dir + "/";
  }

  private static String quoted(String s) {
    return s == null ? "nothing" : "'" + s + "'";
  }

  private static JsonNode readTree(ClassLoader loader, String file, List<Problem> problems,
      boolean required) {
    try (InputStream in = loader.getResourceAsStream(file)) {
      if (in == null) {
        if (required) {
          problems.add(new Problem(file, "", "the file is not on the class path"));
        }
        return null;
      }
      return MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      problems.add(new Problem(file, "", "not valid JSON: " + e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      problems.add(new Problem(file, "", "cannot be read: " + e.getMessage()));
      return null;
    }
  }

  private static <T> T bind(JsonNode node, Class<T> type, String file, String at,
      List<Problem> problems) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JsonMappingException e) {
      StringBuilder pointer = new StringBuilder(at);
      for (JsonMappingException.Reference r : e.getPath()) {
        if (r.getFieldName() != null) {
          pointer.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
        } else if (r.getIndex() >= 0) {
          pointer.append('/').append(r.getIndex());
        }
      }
      String message = e.getCause() != null && e.getCause().getMessage() != null
          ? e.getCause().getMessage() : e.getOriginalMessage();
      problems.add(new Problem(file, pointer.toString(), message));
      return null;
    } catch (JsonProcessingException e) {
      problems.add(new Problem(file, at, e.getOriginalMessage()));
      return null;
    }
  }
}

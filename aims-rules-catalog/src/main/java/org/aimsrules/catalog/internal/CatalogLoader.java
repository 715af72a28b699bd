package org.aimsrules.catalog.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.aimsrules.core.catalog.NotAutomated;
import org.aimsrules.core.catalog.PackMetadata;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;

/**
 * Reads the catalog's data files from the class path. The catalog itself (index, requirements, rule
 * metadata, crosswalk) loads and is checked through the published {@link PackMetadata}, as any
 * pack's; this class adds the ISO pack's other data files.
 */
public final class CatalogLoader {
  /** Class-path directory of the catalog data. */
  public static final String BASE = "/org/aimsrules/catalog/";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** Index file: catalog id, version and the rule groups. */
  public record Index(String id, String version, String title, Map<String, String> groupTitles,
      List<String> ruleGroups) {}

  /** One rule group file: its rules and the requirements it declares not automatable. */
  public record RuleGroup(String title, List<RuleMetadata> rules, List<NotAutomated> notAutomated) {
    /** Normalizes absent lists. */
    public RuleGroup {
      rules = rules == null ? List.of() : List.copyOf(rules);
      notAutomated = notAutomated == null ? List.of() : List.copyOf(notAutomated);
    }
  }

  private CatalogLoader() {}

  /**
   * The catalog and the rule group file each rule comes from.
   *
   * @param catalog the catalog
   * @param groupOfRule for each rule id, its group, e.g. {@code clause-5}
   */
  public record Loaded(RuleCatalog catalog, Map<String, String> groupOfRule) {
    /** Makes the map immutable. */
    public Loaded {
      groupOfRule = Map.copyOf(groupOfRule);
    }
  }

  /**
   * Loads the whole catalog.
   *
   * @return the catalog
   */
  public static RuleCatalog load() {
    return loadWithGroups().catalog();
  }

  /**
   * Loads the whole catalog, noting the group file of each rule.
   *
   * @return the catalog and the groups
   */
  public static Loaded loadWithGroups() {
    PackMetadata.Loaded loaded = PackMetadata.load(CatalogLoader.class.getClassLoader(),
        BASE.substring(1));
    return new Loaded(loaded.catalog(), loaded.groupOfRule());
  }

  /**
   * Reads one rule group file.
   *
   * @param group group name, e.g. {@code clause-5}
   * @return the group
   */
  public static RuleGroup ruleGroup(String group) {
    return read("rules/" + group + ".json", new TypeReference<RuleGroup>() {});
  }

  /**
   * Reads the index.
   *
   * @return the index
   */
  public static Index index() {
    return read("catalog.json", new TypeReference<Index>() {});
  }

  /**
   * Reads a data file of the catalog.
   *
   * @param name file name relative to the catalog directory
   * @param type target type
   * @param <T> target type
   * @return the value
   */
  public static <T> T read(String name, TypeReference<T> type) {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("catalog resource missing: " + BASE + name);
      }
      return MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog resource " + name, e);
    }
  }
}

package org.aimsrules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.ReadLimits;
import org.aimsrules.core.model.AimsModel;

/**
 * Generates realistic organizations of any size, deterministically per seed, for benchmarks and
 * tests.
 *
 * <p>The organization-level sections (context, policy, roles, processes, risk criteria, SoA,
 * audits, management reviews, documents, ...) are those of the bundled
 * {@code conforming-logistics-provider} sample. Its two AI systems stay as they are; the generator
 * adds AI systems up to the requested count, each copied from one of the two (a provider's
 * route-optimisation system or a deployer's assistant built on a supplied language model) with its
 * own impact assessment and its document, data resource, risks and their treatments, and links it
 * where the template system is linked (scope, risk assessment, objectives, monitoring, resources,
 * customers). Every ten systems bring an owner with a competence record, every ten
 * assistants a language-model supplier. The seed varies the life-cycle stage, the dates (up to 45
 * days earlier than the template, all before the evaluation date 2026-11-30), the risk ratings
 * (an acceptable risk is accepted, an unacceptable one treated) and plants lapses: one generated
 * system in five draws one and about one in six carries it (the treatment lapses need an
 * unacceptable risk, the threshold lapse an acceptable one): no impact assessment, missing
 * purpose, domain or roles, an unidentified component supplier, an incomplete risk analysis or evaluation, a risk accepted above
 * the threshold, an overdue treatment, treatment results not retained, a treatment without option
 * or controls, an assessment document unapproved or without owner and version, no human
 * oversight, data quality never assessed, a system left out of the objectives; so do about 15% of
 * the added owners' competence records and 20% of the added suppliers.
 */
public final class OrganizationGenerator {
  /** The evaluation date the generated organizations are meant for. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String[] STAGES = {"OPERATION_AND_MONITORING", "OPERATION_AND_MONITORING",
      "OPERATION_AND_MONITORING", "OPERATION_AND_MONITORING", "OPERATION_AND_MONITORING",
      "OPERATION_AND_MONITORING", "OPERATION_AND_MONITORING", "DEPLOYMENT", "RE_EVALUATION",
      "OPERATION_AND_MONITORING"};
  private static final int LAPSE_KINDS = 17;

  private OrganizationGenerator() {}

  /**
   * A generated organization, bound to the model.
   *
   * @param aiSystems number of AI systems (at least 2)
   * @param seed the seed
   * @return the model
   */
  public static AimsModel generate(int aiSystems, long seed) {
    return read(bytes(aiSystems, seed));
  }

  /**
   * A generated organization as JSON text (compact, UTF-8).
   *
   * @param aiSystems number of AI systems (at least 2)
   * @param seed the seed
   * @return the document
   */
  public static byte[] bytes(int aiSystems, long seed) {
    try {
      return MAPPER.writeValueAsBytes(tree(aiSystems, seed));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Binds a document to the model with the default read limits but no size limit and no per-model
   * maxima (a generated organization of ten thousand systems is some 100 MB).
   *
   * @param json the document
   * @return the model
   */
  public static AimsModel read(byte[] json) {
    ReadLimits d = ReadLimits.DEFAULTS;
    return AimsModelReader.withLimits(
        new ReadLimits(Math.max(d.maxDocumentBytes(), json.length + 1L), d.maxNestingDepth(),
            d.maxStringLength()).withModelMaxima(Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE)).read(json);
  }

  /**
   * A generated organization as a JSON tree.
   *
   * @param aiSystems number of AI systems (at least 2: the sample's own)
   * @param seed the seed
   * @return the document
   */
  public static ObjectNode tree(int aiSystems, long seed) {
    if (aiSystems < 2) {
      throw new IllegalArgumentException("at least 2 AI systems, not " + aiSystems);
    }
    return new Builder(seed).build(aiSystems);
  }

  /** One generation: the document under construction and the random source. */
  private static final class Builder {
    private final SplittableRandom random;
    private final ObjectNode doc;
    private final JsonNode[] systemTemplates = new JsonNode[2];
    private final JsonNode[] iaTemplates = new JsonNode[2];
    private final JsonNode[] dataTemplates = new JsonNode[2];
    private final List<List<JsonNode>> riskTemplates = new ArrayList<>();
    private final List<List<JsonNode>> treatmentTemplates = new ArrayList<>();
    private final List<List<ArrayNode>> links = new ArrayList<>();
    private final List<List<ArrayNode>> objectiveLinks = new ArrayList<>();
    private final JsonNode iaDocument;
    private final JsonNode person;
    private final JsonNode competence;
    private final JsonNode supplier;
    private String currentOwner;
    private String currentSupplier;
    private ArrayNode currentSupplierSystems;
    private int people;
    private int suppliers;
    private int assistants;

    Builder(long seed) {
      random = new SplittableRandom(seed);
      doc = (ObjectNode) BenchmarkModels.sample("conforming-logistics-provider").deepCopy();
      String[] ids = {"sys-routing", "sys-assistant"};
      for (int t = 0; t < 2; t++) {
        systemTemplates[t] = find(doc.get("aiSystems"), "id", ids[t]);
        iaTemplates[t] = find(doc.get("impactAssessments"), "aiSystemId", ids[t]);
        dataTemplates[t] = find(doc.get("dataResources"), "id",
            t == 0 ? "dr-shipments" : "dr-tickets");
        List<JsonNode> risks = new ArrayList<>();
        List<JsonNode> treatments = new ArrayList<>();
        for (JsonNode r : doc.get("risks")) {
          if ("RISK".equals(r.path("kind").asText()) && r.get("aiSystemIds").size() == 1
              && ids[t].equals(r.get("aiSystemIds").get(0).asText())) {
            risks.add(r);
            treatments.add(treatmentOf(r.get("id").asText()));
          }
        }
        riskTemplates.add(risks);
        treatmentTemplates.add(treatments);
        links.add(linksOf(ids[t], "resources", "suppliers", "customers", "riskAssessments",
            "monitoring"));
        objectiveLinks.add(linksOf(ids[t], "objectives"));
      }
      iaDocument = find(doc.get("documents"), "id", "doc-ia-routing");
      person = find(doc.get("people"), "id", "p-ml");
      competence = find(doc.get("competenceRecords"), "personId", "p-ml");
      supplier = find(doc.get("suppliers"), "id", "sup-llm");
    }

    ObjectNode build(int count) {
      for (int k = 3; k <= count; k++) {
        addSystem(k);
      }
      return doc;
    }

    private void addSystem(int k) {
      int t = random.nextInt(2);
      String id = String.format(Locale.ROOT, "sys-g%05d", k);
      int shift = random.nextInt(46);
      int lapse = random.nextInt(100) < 20 ? random.nextInt(LAPSE_KINDS) : -1;
      if ((k - 3) % 10 == 0) {
        addPerson();
      }

      ObjectNode s = shifted(systemTemplates[t], shift);
      s.put("id", id);
      s.put("name", systemTemplates[t].get("name").asText() + " " + k);
      s.put("ownerId", currentOwner);
      s.put("lifecycleStage", STAGES[random.nextInt(STAGES.length)]);
      if (t == 1) {
        if (assistants++ % 10 == 0) {
          addSupplier();
        }
        ((ObjectNode) s.get("thirdPartyComponents").get(0)).put("supplierId", currentSupplier);
        currentSupplierSystems.add(id);
      }
      switch (lapse) {
        case 1 -> s.remove("intendedPurpose");
        case 2 -> s.remove("domain");
        case 3 -> ((ObjectNode) s.get("thirdPartyComponents").get(0)).remove("supplierId");
        case 9 -> s.remove("humanOversight");
        case 11 -> s.set("organizationRoles", MAPPER.createArrayNode());
        default -> { }
      }
      array("aiSystems").add(s);
      array(doc.get("scope"), "includedAiSystemIds").add(id);
      linkLikeTemplate(t, id, lapse != 16);

      if (lapse != 0) {
        ObjectNode ia = shifted(iaTemplates[t], shift);
        String iaId = "ia-g" + k;
        String docId = "doc-ia-g" + k;
        ia.put("id", iaId);
        ia.put("aiSystemId", id);
        ia.put("documentId", docId);
        array("impactAssessments").add(ia);
        array(doc.get("riskAssessments").get(0), "consideredImpactAssessmentIds").add(iaId);
        ObjectNode d = shifted(iaDocument, shift);
        d.put("id", docId);
        d.put("title", "Impact assessment of " + s.get("name").asText());
        if (lapse == 8) {
          d.remove("approvedBy");
          d.remove("approvedOn");
        } else if (lapse == 13) {
          d.remove("ownerId");
          d.remove("version");
        }
        array("documents").add(d);
      }

      ObjectNode data = shifted(dataTemplates[t], shift);
      data.put("id", "dr-g" + k);
      data.put("name", dataTemplates[t].get("name").asText() + " " + k);
      ArrayNode dataSystems = MAPPER.createArrayNode();
      dataSystems.add(TextNode.valueOf(id));
      data.set("aiSystemIds", dataSystems);
      if (lapse == 10) {
        ((ObjectNode) data.get("quality")).remove("lastAssessedOn");
      }
      array("dataResources").add(data);

      List<JsonNode> risks = riskTemplates.get(t);
      for (int i = 0; i < risks.size(); i++) {
        addRisk(k, i, id, risks.get(i), treatmentTemplates.get(t).get(i), i == 0 ? lapse : -1);
      }
    }

    private void addRisk(int k, int i, String systemId, JsonNode template, JsonNode treatment,
        int lapse) {
      ObjectNode r = template.deepCopy();
      String riskId = "risk-g" + k + "-" + i;
      r.put("id", riskId);
      ArrayNode systems = MAPPER.createArrayNode();
      systems.add(TextNode.valueOf(systemId));
      r.set("aiSystemIds", systems);
      r.put("title", template.get("title").asText() + " (" + systemId + ")");
      r.put("ownerId", currentOwner);
      int likelihood = 1 + random.nextInt(5);
      int severity = 1 + random.nextInt(5);
      int level = likelihood * severity;
      boolean acceptable = level <= 8;
      r.put("likelihood", likelihood);
      r.put("severity", severity);
      r.put("level", level);
      r.put("acceptable", acceptable);
      r.put("priority", level >= 15 ? 1 : level >= 9 ? 2 : 3);
      r.put("status", acceptable ? "ACCEPTED" : "TREATED");
      if (lapse == 4) {
        r.remove("consequences");
      } else if (lapse == 14) {
        r.remove("acceptable");
        r.remove("priority");
        acceptable = false;
      } else if (lapse == 5 && acceptable) {
        r.put("likelihood", 4);
        r.put("severity", 4);
        r.put("level", 16);
      }
      array("risks").add(r);
      if (acceptable) {
        return;
      }
      ObjectNode rt = treatment.deepCopy();
      rt.put("id", "rt-g" + k + "-" + i);
      ArrayNode riskIds = MAPPER.createArrayNode();
      riskIds.add(TextNode.valueOf(riskId));
      rt.set("riskIds", riskIds);
      rt.put("ownerId", currentOwner);
      if (lapse == 6) {
        rt.put("status", "IN_PROGRESS");
        rt.put("dueDate", "2026-10-15");
        for (String f : new String[] {"implementedOn", "effectivenessVerifiedOn", "effective",
            "residualRiskAcceptedBy", "residualRiskAcceptedOn", "resultsDocumentId"}) {
          rt.remove(f);
        }
      } else if (lapse == 7) {
        rt.remove("resultsDocumentId");
        rt.remove("effectivenessVerifiedOn");
      } else if (lapse == 12) {
        rt.remove("option");
      } else if (lapse == 15) {
        rt.set("annexAControls", MAPPER.createArrayNode());
        rt.set("otherControls", MAPPER.createArrayNode());
      }
      array("riskTreatments").add(rt);
    }

    private void addPerson() {
      people++;
      currentOwner = String.format(Locale.ROOT, "p-g%04d", people);
      ObjectNode p = person.deepCopy();
      p.put("id", currentOwner);
      p.put("name", "System owner " + people);
      array("people").add(p);
      ObjectNode c = competence.deepCopy();
      c.put("id", "rec-g" + people);
      c.put("personId", currentOwner);
      if (random.nextInt(100) < 15) {
        c.remove("effectivenessEvaluatedOn");
        c.remove("effective");
      }
      array("competenceRecords").add(c);
    }

    private void addSupplier() {
      suppliers++;
      currentSupplier = String.format(Locale.ROOT, "sup-g%04d", suppliers);
      ObjectNode s = supplier.deepCopy();
      s.put("id", currentSupplier);
      s.put("name", supplier.get("name").asText() + " " + suppliers);
      currentSupplierSystems = MAPPER.createArrayNode();
      s.set("aiSystemIds", currentSupplierSystems);
      int lapse = random.nextInt(100);
      if (lapse < 8) {
        s.remove("evaluatedOn");
        s.remove("lastReviewedOn");
      } else if (lapse < 15) {
        s.put("responsibilitiesAllocated", false);
      } else if (lapse < 20) {
        s.put("approved", false);
      }
      array("suppliers").add(s);
    }

    /** Adds the new system wherever an organization-level list names the template system. */
    private void linkLikeTemplate(int template, String id, boolean objectives) {
      for (ArrayNode ids : links.get(template)) {
        ids.add(id);
      }
      if (objectives) {
        for (ArrayNode ids : objectiveLinks.get(template)) {
          ids.add(id);
        }
      }
    }

    /** The organization-level lists of AI systems that name a template system. */
    private List<ArrayNode> linksOf(String templateId, String... sections) {
      List<ArrayNode> found = new ArrayList<>();
      for (String section : sections) {
        for (JsonNode n : doc.get(section)) {
          JsonNode ids = n.get("aiSystemIds");
          if (ids != null && contains(ids, templateId)) {
            found.add((ArrayNode) ids);
          }
        }
      }
      return found;
    }

    private JsonNode treatmentOf(String riskId) {
      for (JsonNode t : doc.get("riskTreatments")) {
        if (contains(t.get("riskIds"), riskId)) {
          return t;
        }
      }
      throw new IllegalStateException("no treatment of " + riskId);
    }

    private ArrayNode array(String field) {
      return array(doc, field);
    }

    private static ArrayNode array(JsonNode parent, String field) {
      return (ArrayNode) parent.get(field);
    }
  }

  /** A deep copy of a record with every date moved {@code days} earlier. */
  private static ObjectNode shifted(JsonNode record, int days) {
    ObjectNode copy = record.deepCopy();
    if (days > 0) {
      shift(copy, days);
    }
    return copy;
  }

  private static void shift(JsonNode node, int days) {
    if (node instanceof ObjectNode o) {
      List<String> dated = new ArrayList<>();
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (e.getValue().isTextual() && DATE.matcher(e.getValue().asText()).matches()) {
          dated.add(e.getKey());
        } else {
          shift(e.getValue(), days);
        }
      }
      for (String f : dated) {
        o.put(f, LocalDate.parse(o.get(f).asText()).minusDays(days).toString());
      }
    } else if (node instanceof ArrayNode a) {
      for (JsonNode n : a) {
        shift(n, days);
      }
    }
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.asText())) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asText())) {
        return n;
      }
    }
    throw new IllegalStateException("the sample has no record with " + field + " " + value);
  }
}

package org.aimsrules.catalog.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.aimsrules.core.model.AiSystem;
import org.aimsrules.core.model.EuAiActRiskClass;
import org.aimsrules.core.model.TransparencyDuty;
import org.aimsrules.core.rule.Render;

/**
 * Helpers the catalog's rules share, for any pack's DRL too: call them as
 * {@code Vocabulary.stageText($s)} after {@code import org.aimsrules.catalog.vocabulary.*;}.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /**
   * The life-cycle stage of a system for messages: its stage's name, or {@code not stated} when
   * unknown (rules treat an unknown stage as the demanding case: in use).
   *
   * @param system the system
   * @return the stage, for a message
   */
  public static String stageText(AiSystem system) {
    return system.lifecycleStage() == null ? "not stated" : system.lifecycleStage().name();
  }

  /**
   * Says where the organization's roles for a system come from, for applicability reasons: "its
   * roles for the system include AI_PRODUCER, AI_PROVIDER", or why they were taken from the
   * organization or all assumed (see {@link SystemRole}).
   *
   * @param system the system
   * @param roles the roles of its {@link SystemRole} facts
   * @param sources the sources of those facts
   * @return a phrase for a message
   */
  public static String systemRoleBasis(AiSystem system, Collection<?> roles,
      Collection<?> sources) {
    if (!system.organizationRoles().isEmpty()) {
      return "its roles for the system include " + Render.list(roles);
    }
    if (sources.contains(SystemRole.ORGANIZATION)) {
      return "no roles are stated for the system, so the organization's AI roles apply: "
          + Render.list(roles);
    }
    return "no roles are stated for the system or the organization, so every role is assumed: "
        + Render.list(roles);
  }

  /**
   * The EU AI Act Art. 50 transparency duties of a system: those its profile lists; when a system
   * classified limited-risk (the class that exists for these duties) lists none, its duties are not
   * determined and every duty is assumed (fail closed). A system without an EU AI Act profile has
   * none.
   *
   * @param system the system
   * @return its duties, never {@code null}
   */
  public static List<TransparencyDuty> transparencyDuties(AiSystem system) {
    if (system.euAiAct() == null) {
      return new ArrayList<>();
    }
    if (system.euAiAct().transparencyDuties().isEmpty()
        && system.euAiAct().declaredRiskClass() == EuAiActRiskClass.LIMITED_RISK) {
      return Arrays.asList(TransparencyDuty.values());
    }
    return system.euAiAct().transparencyDuties();
  }
}

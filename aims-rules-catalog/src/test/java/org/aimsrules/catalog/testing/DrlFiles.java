package org.aimsrules.catalog.testing;

/** Where the catalog's DRL files are. */
public final class DrlFiles {
  private DrlFiles() {}

  /**
   * The class-path resource of a rule group's DRL: each group is a DRL package of its own, named
   * after the group without hyphens ({@code org.aimsrules.catalog.rules.annexa10}), in the folder
   * of that name; the file keeps the group's name.
   *
   * @param group a rule group, e.g. {@code annex-a10}, or {@code common}
   * @return the resource path, e.g. {@code /org/aimsrules/catalog/rules/annexa10/annex-a10.drl}
   */
  public static String path(String group) {
    return "/org/aimsrules/catalog/rules/" + group.replace("-", "") + "/" + group + ".drl";
  }
}

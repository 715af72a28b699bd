package org.aimsrules.core.report;

/** Natural ordering of dotted identifiers: "A.2.10" after "A.2.9", "10.2" after "9.3.3". */
final class ReferenceOrder {
  private ReferenceOrder() {}

  static int compareIds(String a, String b) {
    String[] pa = a.split("[. ]");
    String[] pb = b.split("[. ]");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c = comparePart(pa[i], pb[i]);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(pa.length, pb.length);
    return c != 0 ? c : a.compareTo(b);
  }

  private static int comparePart(String a, String b) {
    boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
    boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    if (na != nb) {
      return na ? -1 : 1;
    }
    return a.compareTo(b);
  }
}

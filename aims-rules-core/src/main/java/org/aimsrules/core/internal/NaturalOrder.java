package org.aimsrules.core.internal;

import java.util.Comparator;

/**
 * Orders identifiers the way people read them: runs of digits compare as numbers, so "A.2.10"
 * follows "A.2.9", "10.2" follows "9.3.3" and "Art. 10" follows "Art. 5". Consistent with
 * {@code equals}: strings that compare equal numerically ("01", "1") are ordered by their text.
 */
public final class NaturalOrder {
  /** The comparator. */
  public static final Comparator<String> COMPARATOR = NaturalOrder::compare;

  private NaturalOrder() {}

  /**
   * Compares two identifiers.
   *
   * @param a an identifier
   * @param b another identifier
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        // Skip leading zeros (keeping one digit), then the longer run is the larger number, and
        // runs of one length compare digit by digit.
        while (si < i - 1 && a.charAt(si) == '0') {
          si++;
        }
        while (sj < j - 1 && b.charAt(sj) == '0') {
          sj++;
        }
        int la = i - si;
        int lb = j - sj;
        if (la != lb) {
          return Integer.compare(la, lb);
        }
        for (int k = 0; k < la; k++) {
          int c = Character.compare(a.charAt(si + k), b.charAt(sj + k));
          if (c != 0) {
            return c;
          }
        }
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int c = Integer.compare(a.length() - i, b.length() - j);
    return c != 0 ? c : a.compareTo(b);
  }
}

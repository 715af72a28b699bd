package org.aimsrules.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable finding ids: a truncated SHA-256 of the rule id and the finding's stable identity
 * ({@link StableIdentity}), so that no list position enters it.
 */
public final class Fingerprint {
  private Fingerprint() {}

  /**
   * The fingerprint of a finding.
   *
   * @param ruleId rule id
   * @param subject the finding's stable identity
   * @return 16 lowercase hex digits
   */
  public static String of(String ruleId, String subject) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((ruleId + "\n" + subject).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}

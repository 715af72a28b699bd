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
  /**
   * Never updated, only cloned: a clone is much cheaper than a provider look-up per finding, and
   * cloning reads the prototype's (initial, unchanging) state only, so threads may share it.
   */
  private static final MessageDigest SHA_256;

  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  private Fingerprint() {}

  /**
   * The fingerprint of a finding.
   *
   * @param ruleId rule id
   * @param subject the finding's stable identity
   * @return 16 lowercase hex digits
   */
  public static String of(String ruleId, String subject) {
    byte[] digest = sha256().digest((ruleId + "\n" + subject).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }

  private static MessageDigest sha256() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException impossible) {
        throw new IllegalStateException("SHA-256 is required by every JVM", impossible);
      }
    }
  }
}

package org.aimsrules.core.internal.format;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs of version 5 (SHA-1, RFC 4122 section 4.3), which OSCAL accepts (it takes
 * versions 4 and 5 only; the JDK's {@link UUID#nameUUIDFromBytes} gives version 3). The same name
 * gives the same UUID, so the OSCAL output of a report is the same bytes each time.
 */
public final class OscalUuids {
  /** RFC 4122 appendix C: the name space of URLs. */
  public static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  /**
   * The name space of every UUID this library writes in OSCAL: the version-5 UUID of the URL
   * {@code https://github.com/aims-rules/aims-rules/ns/oscal} in {@link #URL_NAMESPACE}.
   */
  public static final UUID NAMESPACE =
      v5(URL_NAMESPACE, "https://github.com/aims-rules/aims-rules/ns/oscal");

  private OscalUuids() {}

  /**
   * The version-5 UUID of a name in this library's name space.
   *
   * @param name the name (UTF-8 encoded)
   * @return the UUID
   */
  public static UUID of(String name) {
    return v5(NAMESPACE, name);
  }

  /**
   * The version-5 UUID of a name in a name space, as RFC 4122 section 4.3 defines it: the SHA-1 of
   * the name space's 16 bytes followed by the name's UTF-8 bytes, with the version and variant bits
   * set.
   *
   * @param namespace the name space
   * @param name the name
   * @return the UUID
   */
  public static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    sha1.update(name.getBytes(StandardCharsets.UTF_8));
    byte[] h = sha1.digest();
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }
}

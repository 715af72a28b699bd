package org.aimsrules.core.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class OscalUuidsTest {
  private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

  @Test
  void matchesTheRfc4122Version5OfKnownNames() {
    // The values are Python's uuid.uuid5, an independent implementation.
    assertThat(OscalUuids.v5(DNS, "python.org"))
        .isEqualTo(UUID.fromString("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    assertThat(OscalUuids.NAMESPACE)
        .isEqualTo(UUID.fromString("7fafcf29-3793-5bad-afb5-b63660216053"));
    assertThat(OscalUuids.of("observation|Acme|0123456789abcdef"))
        .isEqualTo(UUID.fromString("62c6d524-449c-5d02-8f09-806395ffedd2"));
  }

  @Test
  void isVersion5VariantRfcAndStable() {
    UUID u = OscalUuids.of("observation|Acme|0123456789abcdef");
    assertThat(u.version()).isEqualTo(5);
    assertThat(u.variant()).isEqualTo(2);
    assertThat(OscalUuids.of("observation|Acme|0123456789abcdef")).isEqualTo(u);
    assertThat(OscalUuids.of("observation|Acme|0123456789abcdee")).isNotEqualTo(u);
    assertThat(OscalUuids.NAMESPACE.version()).isEqualTo(5);
  }
}

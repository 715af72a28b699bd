package org.aimsrules.core.internal.format;

import java.util.Objects;
import org.aimsrules.core.format.ReportWriter;

/** A report writer's identity: format id, media type and file extension, given once. */
abstract class FormatWriter implements ReportWriter {
  private final String formatId;
  private final String mediaType;
  private final String fileExtension;

  FormatWriter(String formatId, String mediaType, String fileExtension) {
    this.formatId = Objects.requireNonNull(formatId, "formatId");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.fileExtension = Objects.requireNonNull(fileExtension, "fileExtension");
  }

  @Override
  public final String formatId() {
    return formatId;
  }

  @Override
  public final String mediaType() {
    return mediaType;
  }

  @Override
  public final String fileExtension() {
    return fileExtension;
  }
}

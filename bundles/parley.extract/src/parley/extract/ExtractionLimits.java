package parley.extract;

import java.time.Duration;

/**
 * How much an import may take: a file's size, the time to read it and the length of its text (which bounds the
 * memory that a small, hostile file can unfold into).
 */
public record ExtractionLimits(long maxBytes, Duration timeout, int maxChars) {

    public static final ExtractionLimits DEFAULT = new ExtractionLimits(200L * 1024 * 1024, Duration.ofSeconds(120), 50_000_000);
}

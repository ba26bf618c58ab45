package vn.nhacviec.evidence.store;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.evidence.EvidenceCheck;
import vn.nhacviec.evidence.EvidenceFiles;
import vn.nhacviec.evidence.LocalEvidenceFiles;
import vn.nhacviec.evidence.S3EvidenceFiles;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Wires the evidence settings, the file check and the file store chosen by configuration. */
@Factory
class EvidenceFactory {

    @Singleton
    EvidenceSettings settings(@Value("${nhacviec.evidence.max-bytes:" + ReadingBudget.MAX_FILE_BYTES + "}") long maxBytes,
                              @Value("${nhacviec.evidence.window-minutes:15}") int windowMinutes,
                              @Value("${nhacviec.evidence.directory:data/evidence}") String directory,
                              @Value("${nhacviec.evidence.max-attempts:20}") int maxAttempts) {
        return new EvidenceSettings(maxBytes, Duration.ofMinutes(windowMinutes), Path.of(directory), maxAttempts);
    }

    @Singleton
    EvidenceCheck check(EvidenceSettings settings) {
        return new EvidenceCheck(settings.maxBytes());
    }

    /** {@code nhacviec.evidence.store}: {@code files} (default, under the data directory) or {@code s3}. */
    @Singleton
    EvidenceFiles files(EvidenceSettings settings, Clock clock,
                        @Value("${nhacviec.evidence.store:files}") String kind,
                        @Value("${nhacviec.evidence.s3.endpoint:}") String endpoint,
                        @Value("${nhacviec.evidence.s3.bucket:}") String bucket,
                        @Value("${nhacviec.evidence.s3.region:us-east-1}") String region,
                        @Value("${nhacviec.evidence.s3.access-key:}") String accessKey,
                        @Value("${nhacviec.evidence.s3.secret-key:}") String secretKey) {
        return switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "files" -> new LocalEvidenceFiles(settings.directory());
            case "s3" -> {
                if (endpoint.isBlank() || bucket.isBlank() || accessKey.isBlank() || secretKey.isBlank()) {
                    throw new IllegalStateException("nhacviec.evidence.store=s3 needs nhacviec.evidence.s3.endpoint, bucket, "
                            + "access-key and secret-key");
                }
                yield new S3EvidenceFiles(URI.create(endpoint.strip()), bucket.strip(), region.strip(), accessKey, secretKey,
                        clock);
            }
            default -> throw new IllegalStateException("nhacviec.evidence.store must be files or s3, not " + kind);
        };
    }
}

package vn.nhacviec.evidence.store;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.evidence.EvidenceCheck;
import vn.nhacviec.evidence.EvidenceFiles;
import vn.nhacviec.evidence.LocalEvidenceFiles;

import java.nio.file.Path;
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

    @Singleton
    EvidenceFiles files(EvidenceSettings settings) {
        return new LocalEvidenceFiles(settings.directory());
    }
}

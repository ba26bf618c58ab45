package vn.nhacviec.web.task;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import vn.nhacviec.evidence.store.EvidenceBinders;
import vn.nhacviec.web.WebAccess;
import vn.nhacviec.web.WebRefusal;
import vn.nhacviec.web.WebSession;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * "/xa/{commune}/ho-so-kiem-chung?nam=": the evidence binder (.zip) of the commune's plan of that year, for
 * its chairman, vice-chairmen and office (province staff and other officers are refused).
 */
@Controller("/xa/{communeId}/ho-so-kiem-chung")
@ExecuteOn(TaskExecutors.BLOCKING)
class BinderController {

    private final WebAccess access;
    private final EvidenceBinders binders;
    private final Clock clock;

    BinderController(WebAccess access, EvidenceBinders binders, Clock clock) {
        this.access = access;
        this.binders = binders;
        this.clock = clock;
    }

    @Get
    HttpResponse<StreamedFile> binder(WebSession session, @PathVariable long communeId, @Nullable @QueryValue Integer nam)
            throws IOException {
        access.officer(session);
        access.readCommune(session, communeId);
        int year = nam == null ? LocalDate.now(clock).getYear() : nam;
        EvidenceBinders.PlanRef plan = binders.plan(communeId, year).orElseThrow(WebRefusal::notFound);
        // written to a temporary file first: a failure half-way gives an error page, not a broken download
        Path zip = Files.createTempFile("binder-", ".zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            binders.write(plan, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(zip);
            throw e;
        }
        InputStream in = new FilterInputStream(Files.newInputStream(zip)) {
            @Override
            public void close() throws IOException {
                super.close();
                Files.deleteIfExists(zip);
            }
        };
        return HttpResponse.ok(new StreamedFile(in, MediaType.of("application/zip")).attach(EvidenceBinders.fileName(plan)));
    }
}

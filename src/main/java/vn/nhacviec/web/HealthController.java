package vn.nhacviec.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.Map;

/** Liveness for the district's monitoring. */
@Controller("/health")
class HealthController {

    @Get
    Map<String, String> health() {
        return Map.of("status", "UP");
    }
}

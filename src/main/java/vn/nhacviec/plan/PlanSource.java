package vn.nhacviec.plan;

/** A plan file as received: its name, its text, and the SHA-256 of its bytes. */
public record PlanSource(String name, String text, String sha256) {
}

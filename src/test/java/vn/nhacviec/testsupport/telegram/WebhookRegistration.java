package vn.nhacviec.testsupport.telegram;

import java.time.Instant;
import java.util.List;

/** The webhook as the last setWebhook left it; the fake never calls it (no delivery), it only records. */
public record WebhookRegistration(String url, String secretToken, List<String> allowedUpdates,
                                  boolean dropPendingUpdates, Instant registeredAt) {
}

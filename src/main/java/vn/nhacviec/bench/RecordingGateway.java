package vn.nhacviec.bench;

import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.TelegramGateway;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Telegram left out of a measurement: every call succeeds at once, sends get fresh message ids,
 * and the last reply is kept so the benchmark can show what was answered.
 */
final class RecordingGateway implements TelegramGateway {

    private final AtomicLong nextMessageId;
    private final AtomicLong sends = new AtomicLong();
    private volatile Reply last;

    RecordingGateway(long firstMessageId) {
        this.nextMessageId = new AtomicLong(firstMessageId);
    }

    long sends() {
        return sends.get();
    }

    Reply last() {
        return last;
    }

    @Override
    public long send(long chatId, Reply reply, Long replyToMessageId) {
        sends.incrementAndGet();
        last = reply;
        return nextMessageId.getAndIncrement();
    }

    @Override
    public void edit(long chatId, long messageId, Reply reply) {
        last = reply;
    }

    @Override
    public void answerButton(String callbackId, String text) {
    }

    @Override
    public long sendDocument(long chatId, String fileName, byte[] content, String caption) {
        return nextMessageId.getAndIncrement();
    }

    @Override
    public byte[] download(String fileId) {
        return new byte[0];
    }

    @Override
    public void setCommands(Map<String, String> commands) {
    }

    @Override
    public String username() {
        return "nhacviec_bench_bot";
    }

    @Override
    public void setWebhook(String url, String secret) {
    }

    @Override
    public void deleteWebhook() {
    }
}

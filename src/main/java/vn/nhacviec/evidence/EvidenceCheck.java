package vn.nhacviec.evidence;

import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanFileException;
import vn.nhacviec.plan.document.DocumentKind;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Whether received bytes may be kept as evidence: a photo (JPEG, PNG) or a document (PDF, Word,
 * Excel), under the size limit, recognised from the bytes, and — for documents — read once under
 * the same budget as a plan file ({@link PlanFile#checkDocument}), so a hostile file is refused
 * here as it would be at import. A photo's header is read, never its pixels: a few-kilobyte PNG
 * may declare a billion pixels.
 */
public final class EvidenceCheck {

    /** A photo of a notice board is a few megapixels; 100 is far above any phone camera. */
    static final long MAX_PIXELS = 100_000_000L;

    private final long maxBytes;

    public EvidenceCheck(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit for evidence must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The outcome: the type to keep, or why not (Vietnamese, one sentence, for the sender). */
    public sealed interface Verdict {
        record Accepted(EvidenceType type) implements Verdict {
        }

        record Refused(String reason) implements Verdict {
        }
    }

    /** A size Telegram announced, checked before anything is downloaded. */
    public Verdict.Refused tooLarge(long size) {
        return new Verdict.Refused(String.format(new Locale("vi"), "tệp %.1f MB, quá giới hạn %d MB cho một tài liệu kiểm chứng.",
                size / 1048576.0, maxBytes / 1048576));
    }

    public boolean withinSize(long size) {
        return size <= maxBytes;
    }

    public Verdict check(String name, byte[] bytes) {
        if (bytes.length > maxBytes) {
            return tooLarge(bytes.length);
        }
        if (bytes.length == 0) {
            return new Verdict.Refused("tệp rỗng, không có nội dung.");
        }
        EvidenceType photo = photoType(bytes);
        if (photo != null) {
            return photo(bytes, photo);
        }
        try {
            DocumentKind kind = PlanFile.checkDocument(name, bytes);
            if (kind != null) {
                return new Verdict.Accepted(EvidenceType.of(kind));
            }
        } catch (PlanFileException e) {
            return new Verdict.Refused(e.forUser());
        } catch (RuntimeException | StackOverflowError e) {
            return new Verdict.Refused("tệp bị hỏng hoặc quá phức tạp, bot không đọc được; đồng chí mở tệp, lưu lại rồi gửi lại.");
        }
        return new Verdict.Refused(FORBIDDEN);
    }

    static final String FORBIDDEN = "bot chỉ lưu ảnh (JPG, PNG) và tài liệu PDF, Word (.docx, .doc), Excel (.xlsx, .xls) "
            + "làm tài liệu kiểm chứng.";

    private static EvidenceType photoType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return EvidenceType.JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return EvidenceType.PNG;
        }
        return null;
    }

    private static Verdict photo(byte[] bytes, EvidenceType type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return new Verdict.Refused(DAMAGED_PHOTO);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return new Verdict.Refused("ảnh khai báo " + reader.getWidth(0) + "×" + reader.getHeight(0)
                            + " điểm ảnh, quá lớn đối với một ảnh chụp; đồng chí chụp lại hoặc gửi ảnh nhỏ hơn.");
                }
            } finally {
                reader.dispose();
            }
            return new Verdict.Accepted(type);
        } catch (IOException | RuntimeException e) {
            return new Verdict.Refused(DAMAGED_PHOTO);
        }
    }

    private static final String DAMAGED_PHOTO = "ảnh bị hỏng, không mở được; đồng chí chụp hoặc gửi lại ảnh.";
}

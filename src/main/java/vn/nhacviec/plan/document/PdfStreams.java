package vn.nhacviec.plan.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.nhacviec.document.LimitExceeded;
import vn.nhacviec.document.ReadingBudget;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Inflates every stream of a PDF once into a counter, never into memory, before any page is read:
 * PDFBox decodes a content stream whole into memory, so one Flate stream of 800 KB inflating to
 * 360 MB would otherwise fill the heap. Images are left out: their pixels are never decoded when
 * text is extracted.
 */
final class PdfStreams {

    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.JPX_DECODE,
            COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE);

    private PdfStreams() {
    }

    static void check(PDDocument doc, ReadingBudget.Meter meter) {
        for (COSObjectKey key : new ArrayList<>(doc.getDocument().getXrefTable().keySet())) {
            meter.tick();
            COSObject object = doc.getDocument().getObjectFromPool(key);
            COSBase base = object == null ? null : object.getObject();
            if (base instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                inflate(stream, meter);
            }
        }
    }

    private static void inflate(COSStream stream, ReadingBudget.Meter meter) {
        List<COSName> names = filters(stream);
        if (names.isEmpty() || names.stream().anyMatch(IMAGE_CODECS::contains)) {
            return;
        }
        long max = meter.budget().maxPartBytes();
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream input = raw;
            for (int i = 0; i < names.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
                boolean last = i == names.size() - 1;
                Bounded out = new Bounded(max, last ? null : new ByteArrayOutputStream());
                filter.decode(input, out, stream, i);
                meter.inflated(out.count);
                if (!last) {
                    input = new ByteArrayInputStream(out.kept.toByteArray());
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LimitExceeded limit) {
                throw limit;
            }
            // a stream PDFBox cannot decode is its business when the page is read
        }
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Counts what a filter writes, keeping it only when another filter reads it next. */
    private static final class Bounded extends OutputStream {
        private final long max;
        private final ByteArrayOutputStream kept;
        private long count;

        Bounded(long max, ByteArrayOutputStream kept) {
            this.max = max;
            this.kept = kept;
        }

        @Override
        public void write(int b) {
            counted(1);
            if (kept != null) {
                kept.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            counted(len);
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        private void counted(int n) {
            count += n;
            if (count > max) {
                throw new LimitExceeded("one of its streams inflates to more than " + max / (1024 * 1024) + " MB",
                        "một luồng dữ liệu trong tệp giải nén ra hơn " + max / (1024 * 1024) + " MB");
            }
        }
    }
}

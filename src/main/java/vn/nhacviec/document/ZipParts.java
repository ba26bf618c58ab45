package vn.nhacviec.document;

import org.apache.poi.openxml4j.util.ZipSecureFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks every part of a ZIP file (a .docx or .xlsx) once, streaming, before any document model is
 * built: each part's inflated size, all parts together, the number of parts and, in XML parts, how
 * deep elements nest. A file past its budget is refused before POI inflates it; POI's own
 * zip-bomb check (a ratio of 1 %) lets through a 95 MB document.xml compressed to 8 %.
 */
public final class ZipParts {

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    private ZipParts() {
    }

    /**
     * Checks the parts of a ZIP file against the meter's budget; throws {@link LimitExceeded}.
     * A damaged ZIP is left to the reader that follows, which says so in its own words.
     */
    public static void check(byte[] bytes, ReadingBudget.Meter meter) {
        ReadingBudget budget = meter.budget();
        // POI's own checks, for what it inflates itself afterwards (global settings: POI has no others)
        ZipSecureFile.setMaxEntrySize(budget.maxPartBytes());
        ZipSecureFile.setMaxFileCount(budget.maxParts());
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++parts > budget.maxParts()) {
                    throw new LimitExceeded("it has more than " + budget.maxParts() + " parts",
                            "tệp có hơn " + budget.maxParts() + " thành phần");
                }
                meter.tick();
                Counted part = new Counted(zip, entry.getName(), meter);
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    depth(part, entry.getName(), budget.maxNesting());
                }
                part.drain();
            }
        } catch (IOException | IllegalArgumentException e) {
            // damaged: the document reader refuses it with its own message
        }
    }

    /** Reads an XML part as a stream of events, refusing it when elements nest deeper than allowed. */
    private static void depth(InputStream part, String name, int maxNesting) {
        XMLStreamReader reader = null;
        try {
            reader = XML.createXMLStreamReader(part);
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > maxNesting) {
                    throw new LimitExceeded("its " + name + " nests elements more than " + maxNesting + " deep "
                            + "(tables inside tables)", "tệp lồng bảng trong bảng quá " + maxNesting + " tầng");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            // not well-formed (or a DOCTYPE, which POI refuses): the document reader says so
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    /** One part's inflated bytes, counted as they are read; past the part's budget the file is refused. */
    private static final class Counted extends FilterInputStream {
        private final String name;
        private final ReadingBudget.Meter meter;
        private long count;

        Counted(InputStream in, String name, ReadingBudget.Meter meter) {
            super(in);
            this.name = name;
            this.meter = meter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the ZIP stream stays open for the next part
        }

        void drain() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counting only
            }
        }

        private void counted(int n) {
            count += n;
            long max = meter.budget().maxPartBytes();
            if (count > max) {
                throw new LimitExceeded("its part " + name + " inflates to more than " + ReadingBudget.Meter.megabytes(max),
                        "một phần của tệp giải nén ra hơn " + ReadingBudget.Meter.megabytes(max));
            }
            meter.inflated(n);
        }
    }
}

package vn.nhacviec.plan.text;

import java.text.Normalizer;
import vn.nhacviec.deadline.TracedFold;
import vn.nhacviec.deadline.VietnameseText;

/**
 * Folded text (see {@link VietnameseText#fold}) that remembers where each folded character came from,
 * so a phrase found without diacritics ("chu tri") can be cut out of the original ("chủ trì"). The
 * original is kept in NFC; the folding itself is {@link TracedFold}'s.
 */
final class Folded {

    final String original;
    final String folded;
    private final TracedFold fold;

    private Folded(TracedFold fold) {
        this.fold = fold;
        this.original = fold.original();
        this.folded = fold.folded();
    }

    static Folded of(String text) {
        return new Folded(TracedFold.of(text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC)));
    }

    /** Original text between two folded positions. */
    String slice(int foldedStart, int foldedEnd) {
        return fold.originalBetween(foldedStart, foldedEnd);
    }
}

package vn.nhacviec.bot.text;

import vn.nhacviec.deadline.TracedFold;

/**
 * Text folded for matching (lower case, no diacritics, "đ" → "d", every kind of space → ' ') that
 * remembers where each folded character came from, so that a note can be cut from the original
 * text with its diacritics. Spaces are not collapsed. The folding itself is {@link TracedFold}'s.
 */
final class FoldedText {

    private final TracedFold fold;

    private FoldedText(TracedFold fold) {
        this.fold = fold;
    }

    static FoldedText of(String original) {
        return new FoldedText(TracedFold.of(original));
    }

    String folded() {
        return fold.folded();
    }

    /** The original text from the folded position {@code from} to the end. */
    String originalFrom(int from) {
        return fold.originalFrom(from);
    }

    /** The original text between two folded positions. */
    String original(int from, int to) {
        return fold.originalBetween(from, to);
    }
}

package vn.nhacviec.plan;

/** A plan file that cannot be imported; the message says why in one line (for the operator). */
public class PlanFileException extends RuntimeException {

    public PlanFileException(String message) {
        super(message);
    }
}

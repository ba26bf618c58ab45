package vn.nhacviec.directory;

/** A roster request that cannot be carried out; the message is for the operator (English). */
public class RosterException extends RuntimeException {

    public RosterException(String message) {
        super(message);
    }
}

package vn.nhacviec.directory;

import java.util.List;

/** Told whenever someone becomes chairman or vice-chairman, however it happened (command line or bot). */
public interface LeaderListener {

    /**
     * @param leader     the new leader
     * @param chairmen   officer ids of the commune's chairmen to tell (not the new leader, not the granter)
     * @param grantedBy  who granted it, as the audit log names them
     */
    void leaderAdded(long communeId, Officer leader, List<Long> chairmen, String grantedBy);
}

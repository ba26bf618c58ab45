package vn.nhacviec.followup.store;

import vn.nhacviec.testsupport.TestDatabase;

class FollowUpStoreMariaDbIT extends FollowUpStoreContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

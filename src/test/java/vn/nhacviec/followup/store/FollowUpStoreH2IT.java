package vn.nhacviec.followup.store;

import vn.nhacviec.testsupport.TestDatabase;

class FollowUpStoreH2IT extends FollowUpStoreContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}

package vn.nhacviec.directory.store;

import vn.nhacviec.testsupport.TestDatabase;

class RosterMariaDbIT extends RosterContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

package vn.nhacviec.directory.store;

import vn.nhacviec.testsupport.TestDatabase;

class RosterH2IT extends RosterContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}

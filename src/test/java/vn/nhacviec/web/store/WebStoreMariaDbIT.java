package vn.nhacviec.web.store;

import vn.nhacviec.testsupport.TestDatabase;

class WebStoreMariaDbIT extends WebStoreContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

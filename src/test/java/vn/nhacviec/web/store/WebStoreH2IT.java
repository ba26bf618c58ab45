package vn.nhacviec.web.store;

import vn.nhacviec.testsupport.TestDatabase;

class WebStoreH2IT extends WebStoreContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}

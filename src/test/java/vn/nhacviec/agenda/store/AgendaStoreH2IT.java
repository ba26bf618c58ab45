package vn.nhacviec.agenda.store;

import vn.nhacviec.testsupport.TestDatabase;

class AgendaStoreH2IT extends AgendaStoreContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}

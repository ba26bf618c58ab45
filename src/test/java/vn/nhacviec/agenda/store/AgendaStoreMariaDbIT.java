package vn.nhacviec.agenda.store;

import vn.nhacviec.testsupport.TestDatabase;

class AgendaStoreMariaDbIT extends AgendaStoreContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

package vn.nhacviec.plan.store;

import vn.nhacviec.testsupport.TestDatabase;

class PlanStoreMariaDbIT extends PlanStoreContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

package vn.nhacviec.plan.store;

import vn.nhacviec.testsupport.TestDatabase;

class PlanStoreH2IT extends PlanStoreContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}

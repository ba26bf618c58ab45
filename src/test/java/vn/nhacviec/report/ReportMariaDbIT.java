package vn.nhacviec.report;

import vn.nhacviec.testsupport.TestDatabase;

class ReportMariaDbIT extends ReportContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

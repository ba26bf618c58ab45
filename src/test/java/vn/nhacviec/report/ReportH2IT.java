package vn.nhacviec.report;

import vn.nhacviec.testsupport.TestDatabase;

class ReportH2IT extends ReportContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}

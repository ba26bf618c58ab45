package vn.nhacviec.reminder.scan;

import vn.nhacviec.testsupport.TestDatabase;

class ReminderEngineH2IT extends ReminderEngineContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.h2();
    }
}

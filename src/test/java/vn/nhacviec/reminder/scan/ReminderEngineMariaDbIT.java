package vn.nhacviec.reminder.scan;

import vn.nhacviec.testsupport.TestDatabase;

class ReminderEngineMariaDbIT extends ReminderEngineContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

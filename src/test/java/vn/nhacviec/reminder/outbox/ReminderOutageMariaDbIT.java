package vn.nhacviec.reminder.outbox;

import vn.nhacviec.testsupport.TestDatabase;

class ReminderOutageMariaDbIT extends ReminderOutageContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

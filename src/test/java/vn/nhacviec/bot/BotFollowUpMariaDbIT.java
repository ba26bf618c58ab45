package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotFollowUpMariaDbIT extends BotFollowUpContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}

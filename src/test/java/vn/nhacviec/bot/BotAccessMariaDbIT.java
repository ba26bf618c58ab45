package vn.nhacviec.bot;

import vn.nhacviec.testsupport.TestDatabase;

class BotAccessMariaDbIT extends BotAccessContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.mariaDb();
    }
}
